package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A {@link RowSource} seen as a {@link Table}: finds the header row, joins a two-row header whose
 * upper cells were merged across several columns ({@code web} over {@code cpu} and {@code memory}
 * gives {@code web cpu} and {@code web memory}), and skips blank rows while counting them.
 */
final class RowTable implements Table {
    private final RowSource source;
    private final List<String> headers;
    private final int headerRow;
    /** The lower header row of a two-row header, else the header row. */
    private final int lastHeaderRow;
    private List<TableCell> pending;
    private int pendingRow;
    private long blankRows;
    private boolean iterated;
    private final boolean date1904;
    private final CsvDialect dialect;

    RowTable(RowSource source, TableOptions options, Problems problems, boolean date1904) {
        this(source, options, problems, date1904, null);
    }

    RowTable(RowSource source, TableOptions options, Problems problems, boolean date1904, CsvDialect dialect) {
        this.source = source;
        this.date1904 = date1904;
        this.dialect = dialect;
        List<TableCell> header = findHeader(options, problems);
        this.headerRow = header == null ? 0 : source.row();
        List<String> raw = texts(header);
        List<TableCell> below = header == null ? null : nextNonBlank(false);
        int lastHeaderRow = headerRow;
        if (below != null && isSubHeader(header, below)) {
            raw = joined(raw, texts(below));
            lastHeaderRow = source.row();
            below = nextNonBlank(false);
        }
        pending = below;
        pendingRow = source.row();
        this.lastHeaderRow = lastHeaderRow;
        this.headers = Headers.of(raw, source.sheet(), source::columnLabel, problems);
    }

    private List<TableCell> findHeader(TableOptions options, Problems problems) {
        while (true) {
            List<TableCell> row = source.next();
            if (row == null) {
                if (options.headerRow() > 0) {
                    problems.inSheet(source.sheet(), ReaderWords.of("header.noRow", options.headerRow()));
                }
                return null;
            }
            if (source.row() <= options.skipRows()) {
                continue;
            }
            if (options.headerRow() > 0) {
                if (source.row() == options.headerRow()) {
                    return row;
                }
                if (source.row() > options.headerRow()) {
                    problems.inSheet(source.sheet(), ReaderWords.of("header.emptyRow", options.headerRow()));
                    return null;
                }
                continue;
            }
            if (!isBlank(row)) {
                return row;
            }
        }
    }

    /**
     * A second header row: its first cell is blank (merged down from the period header), every other
     * value is text that is not a number, and it names a column the row above left blank (the rest
     * of a merged cell).
     */
    private static boolean isSubHeader(List<TableCell> header, List<TableCell> below) {
        if (!blankAt(below, 0)) {
            return false;
        }
        boolean fillsAGap = false;
        for (int c = 1; c < below.size(); c++) {
            TableCell cell = below.get(c);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (cell.kind() != TableCell.Kind.TEXT || Cells.looksNumeric(cell.trimmed())) {
                return false;
            }
            fillsAGap |= blankAt(header, c) && labelBefore(header, c);
        }
        return fillsAGap;
    }

    private static boolean blankAt(List<TableCell> row, int c) {
        return c >= row.size() || row.get(c) == null || row.get(c).isBlank();
    }

    /** Whether a label stands somewhere left of column {@code c} (not counting the period column). */
    private static boolean labelBefore(List<TableCell> row, int c) {
        for (int i = 1; i < c; i++) {
            if (!blankAt(row, i)) {
                return true;
            }
        }
        return false;
    }

    /** Upper cells carried right over the blanks a merge leaves, then joined with the lower cell. */
    private static List<String> joined(List<String> upper, List<String> lower) {
        List<String> out = new ArrayList<>();
        String carried = "";
        for (int c = 0; c < Math.max(upper.size(), lower.size()); c++) {
            String u = c < upper.size() ? upper.get(c) : "";
            String l = c < lower.size() ? lower.get(c) : "";
            if (!u.isEmpty()) {
                carried = u;
            }
            String top = c == 0 ? u : carried;
            out.add(l.isEmpty() ? u : (top + " " + l).strip());
        }
        return out;
    }

    private static List<String> texts(List<TableCell> row) {
        List<String> raw = new ArrayList<>();
        if (row != null) {
            row.forEach(c -> raw.add(c == null ? "" : c.trimmed()));
        }
        return raw;
    }

    private List<TableCell> nextNonBlank(boolean count) {
        int previous = source.row();
        while (true) {
            List<TableCell> row = source.next();
            if (row == null) {
                return null;
            }
            if (!isBlank(row)) {
                if (count) {
                    blankRows += Math.max(0, source.row() - previous - 1);
                }
                return row;
            }
        }
    }

    static boolean isBlank(List<TableCell> row) {
        for (TableCell c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String sheet() {
        return source.sheet();
    }

    /** The header's row as a spreadsheet shows it; 0 when no header was found. */
    int headerRow() {
        return headerRow;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public TableCell headerCell(int column) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        return TableCell.ofText(new Place(source.sheet(), headerRow, column < 0 ? "" : source.columnLabel(column), ""),
                header);
    }

    @Override
    public java.util.Optional<CsvDialect> dialect() {
        return java.util.Optional.ofNullable(dialect);
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public long blankRowsSkipped() {
        return blankRows;
    }

    @Override
    public Iterable<TableRow> rows() {
        return () -> {
            if (iterated) {
                throw new IllegalStateException("the rows of a streamed table can be walked once");
            }
            iterated = true;
            return new Iterator<>() {
                private List<TableCell> next = headerRow == 0 ? null : first();
                private int number = pendingRow;

                private List<TableCell> first() {
                    List<TableCell> p = pending;
                    pending = null;
                    if (p != null) {
                        blankRows += Math.max(0, pendingRow - lastHeaderRow - 1);
                    }
                    return p;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public TableRow next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    TableRow row = new Row(number, next);
                    next = nextNonBlank(true);
                    number = source.row();
                    return row;
                }
            };
        };
    }

    @Override
    public void close() {
        source.close();
    }

    private final class Row implements TableRow {
        private final int number;
        private final List<TableCell> values;

        Row(int number, List<TableCell> values) {
            this.number = number;
            this.values = values;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public TableCell cell(int column) {
            String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
            Place place = new Place(source.sheet(), number, column < 0 ? "" : source.columnLabel(column), header);
            TableCell raw = column >= 0 && column < values.size() ? values.get(column) : null;
            return raw == null ? TableCell.blank(place) : new TableCell(place, raw.kind(), raw.text(), raw.number(), raw.date());
        }

        @Override
        public int width() {
            return values.size();
        }
    }
}
