package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens delimited text files (.csv, .tsv, .txt) as {@link Table}s, streamed record by record, after
 * working out their {@link CsvDialect}. Text that is not a table at all (binary data) is one problem.
 */
public final class CsvTable {
    private CsvTable() {
    }

    /** Opens a CSV file with its header found automatically. */
    public static Optional<Table> open(Path file, Problems problems) throws IOException {
        return open(file, TableOptions.AUTOMATIC, problems);
    }

    /**
     * Opens a CSV file.
     *
     * @return the table, or empty when the file is not text (a problem is added)
     * @throws IOException when the file cannot be opened
     */
    public static Optional<Table> open(Path file, TableOptions options, Problems problems) throws IOException {
        return open(Files.newInputStream(file), String.valueOf(file.getFileName()), options, problems);
    }

    /**
     * Reads delimited text from a stream, which this takes over and closes; for text that does not
     * come from a file, or comes too large to write to one.
     */
    public static Optional<Table> open(InputStream stream, String fileName, TableOptions options, Problems problems)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(stream, CsvDialect.SAMPLE_BYTES * 2);
        try {
            Optional<CsvDialect> dialect = dialect(in, fileName);
            if (dialect.isEmpty()) {
                problems.general(ReaderWords.of("file.binary"));
                in.close();
                return Optional.empty();
            }
            Problems own = new Problems(problems.file());
            return Optional.of(new RowTable(new PrefetchedRows(CsvRows.open(in, dialect.get(), own), own, problems),
                    options, problems, false, dialect.get()));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The dialect of the text at the start of {@code in}, which is left where it was. */
    public static Optional<CsvDialect> dialect(BufferedInputStream in, String fileName) throws IOException {
        in.mark(CsvDialect.SAMPLE_BYTES + 1);
        byte[] head = in.readNBytes(CsvDialect.SAMPLE_BYTES);
        in.reset();
        return CsvDialect.detect(head, head.length, fileName);
    }
}
