package dev.headroom.io.table;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a delimited text file, streamed by Commons CSV in the file's {@link CsvDialect}.
 * Each record is one row; row numbers are record numbers, which are line numbers unless a quoted
 * field spans lines. A record longer than {@link #MAX_RECORD_CHARS} or wider than
 * {@link RowSource#MAX_COLUMNS} ends reading with a problem.
 */
final class CsvRows implements RowSource {
    private static final Logger LOG = LoggerFactory.getLogger(CsvRows.class);
    /** No usage row comes near a megabyte; a longer one is a broken quote or not a table. */
    static final long MAX_RECORD_CHARS = 1L << 20;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Problems problems;
    private int row;
    private boolean failed;

    private CsvRows(CSVParser parser, Problems problems) {
        this.parser = parser;
        this.records = parser.iterator();
        this.problems = problems;
    }

    /** Reads {@code in} (positioned at the start of the file) in the given dialect. */
    static CsvRows open(InputStream in, CsvDialect dialect, Problems problems) throws IOException {
        in.skipNBytes(dialect.bomBytes());
        Reader reader = new RecordLimitReader(new InputStreamReader(in, dialect.charset().newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), MAX_RECORD_CHARS, dialect.quote());
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(dialect.delimiter())
                .setQuote(dialect.quote())
                // Empty lines are kept (as blank rows, skipped later) so that record numbers stay line numbers.
                .setIgnoreEmptyLines(false)
                .get();
        return new CsvRows(CSVParser.parse(new java.io.BufferedReader(reader, 64 * 1024), format), problems);
    }

    @Override
    public List<TableCell> next() {
        if (failed) {
            return null;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            row = (int) r.getRecordNumber();
            if (r.size() > MAX_COLUMNS) {
                failed = true;
                problems.atRow("", row, ReaderWords.of("csv.tooManyColumns", r.size(), MAX_COLUMNS));
                return null;
            }
            List<TableCell> cells = new ArrayList<>(r.size());
            for (int c = 0; c < r.size(); c++) {
                String v = r.get(c);
                cells.add(v == null || v.isEmpty() ? null : TableCell.ofText(new Place("", row, columnLabel(c), ""), v));
            }
            return cells;
        } catch (UncheckedIOException | IllegalStateException e) {
            // The rest of the file cannot be read; what was read so far is still checked and reported.
            failed = true;
            LOG.debug("CSV reading stopped after record {}", row, e);
            problems.atRow("", lineOf(e), unreadable(e));
            return null;
        }
    }

    private int lineOf(RuntimeException e) {
        if (e.getCause() instanceof RecordLimitReader.RecordTooLongException tooLong) {
            return (int) Math.min(Integer.MAX_VALUE, tooLong.line());
        }
        return (int) parser.getCurrentLineNumber() + 1;
    }

    private static Wording unreadable(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RecordLimitReader.RecordTooLongException tooLong) {
            return tooLong.problem();
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return ReaderWords.of("csv.notText");
        }
        if (cause instanceof IOException io) {
            String m = io.getMessage() == null ? "" : io.getMessage();
            if (m.contains("EOF reached before encapsulated token finished")) {
                return ReaderWords.of("csv.openQuote");
            }
            return ReaderWords.of("csv.stopped", ReadFailures.describe(io));
        }
        return ReaderWords.of("csv.unreadableFromHere", cause.getMessage());
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public String columnLabel(int column) {
        return column < 0 ? "" : Integer.toString(column + 1);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Everything was read already; a failing close of a read-only file changes nothing.
            LOG.debug("closing a CSV file failed", e);
        }
    }
}
