package dev.headroom.io.table;

/**
 * Where a table's header is: after {@code skipRows} rows at the top, on {@code headerRow} when it is
 * given (1-based, as a spreadsheet shows it), else on the first row that is not blank.
 */
public record TableOptions(int skipRows, int headerRow) {

    public static final TableOptions AUTOMATIC = new TableOptions(0, 0);

    public TableOptions {
        if (skipRows < 0 || headerRow < 0) {
            throw new IllegalArgumentException("rows to skip and the header row cannot be negative");
        }
    }
}
