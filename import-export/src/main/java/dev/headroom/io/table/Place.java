package dev.headroom.io.table;

/**
 * Where a cell is, as a person finds it: the sheet (empty for CSV), the 1-based row as the
 * spreadsheet program shows it, the column letter (or number in a CSV file) and its header.
 */
public record Place(String sheet, int row, String column, String header) {

    public Place {
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        header = header == null ? "" : header;
    }
}
