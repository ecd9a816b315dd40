package dev.headroom.io.table;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file as a {@link Table}, streamed record by record. UTF-8 with or without a byte order mark;
 * the delimiter (comma, semicolon or tab) is whichever occurs most in the header line, so files
 * saved by spreadsheet programs with a comma as decimal separator are read too. A file that cannot
 * be decoded or parsed becomes a problem naming the line where reading stopped.
 */
public final class CsvTable implements Table {
    private static final Logger LOG = LoggerFactory.getLogger(CsvTable.class);
    private static final char BOM = '\uFEFF';

    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private final int headerLine;

    private CsvTable(Problems problems, CSVParser parser) {
        this.problems = problems;
        this.parser = parser;
        this.records = parser.iterator();
        CSVRecord header = nextNonBlank();
        this.headerLine = header == null ? 0 : (int) header.getRecordNumber();
        List<String> raw = header == null ? List.of() : header.toList();
        this.headers = Headers.of(raw, "", i -> Integer.toString(i + 1), problems);
    }

    /**
     * Opens a CSV file for reading.
     *
     * @throws IOException when the file cannot be opened or its first line read
     */
    public static CsvTable open(Path file, Problems problems) throws IOException {
        char delimiter = detectDelimiter(file);
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            skipByteOrderMark(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    // Empty lines are kept (as blank rows, skipped later) so that record numbers stay line numbers.
                    .setIgnoreEmptyLines(false)
                    .get();
            return new CsvTable(problems, CSVParser.parse(reader, format));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The delimiter that occurs most often outside quotes in the first line; comma when none does. */
    static char detectDelimiter(Path file) throws IOException {
        String first;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            do {
                first = reader.readLine();
            } while (first != null && first.isBlank());
        }
        if (first == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    @Override
    public String sheet() {
        return "";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public TableCell headerCell(int column) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        return TableCell.ofText(new Place("", headerLine, Integer.toString(column + 1), ""), header);
    }

    @Override
    public Iterable<TableRow> rows() {
        return () -> new Iterator<>() {
            private CSVRecord next = nextNonBlank();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public TableRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                TableRow row = new CsvRow(next);
                next = nextNonBlank();
                return row;
            }
        };
    }

    private CSVRecord nextNonBlank() {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                if (!r.stream().allMatch(v -> v == null || v.isBlank())) {
                    return r;
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // The rest of the file cannot be read; what was read so far is still checked and reported.
            problems.atRow("", (int) parser.getCurrentLineNumber() + 1, unreadable(e));
        }
        return null;
    }

    private static String unreadable(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof IOException io) {
            return ReadFailures.describe(io) + "; reading stopped here";
        }
        return "the file cannot be read from here on: " + cause.getMessage();
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

    private final class CsvRow implements TableRow {
        private final CSVRecord record;
        private final int line;

        CsvRow(CSVRecord record) {
            this.record = record;
            this.line = (int) record.getRecordNumber();
        }

        @Override
        public int number() {
            return line;
        }

        @Override
        public TableCell cell(int column) {
            String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
            Place place = new Place("", line, column < 0 ? "" : Integer.toString(column + 1), header);
            if (column < 0 || column >= record.size()) {
                return TableCell.blank(place);
            }
            return TableCell.ofText(place, record.get(column));
        }

        @Override
        public int width() {
            return record.size();
        }
    }
}
