package dev.headroom.core.model;

import java.util.Optional;

/**
 * One problem found in the planner's input, with its place as precisely as it is known.
 * Formatted as CONTRACT §2 asks:
 * {@code usage.xlsx: sheet 'Usage' row 17 column C (usage): "12,5 GB" is not a number in GiB}.
 *
 * @param file    the file's name, or empty when the input did not come from a file
 * @param sheet   the sheet, or empty for CSV files and whole-file problems
 * @param row     the 1-based row as the spreadsheet program shows it, or 0 when not about one row
 * @param column  the column letter (or CSV column number), or empty
 * @param header  the column's header, or empty
 * @param value   the offending value as written, or empty
 * @param message what is wrong and what was expected
 */
public record InputProblem(String file, String sheet, int row, String column, String header, Optional<String> value,
                           String message) {

    public InputProblem {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        header = header == null ? "" : header;
        value = value == null ? Optional.empty() : value;
    }

    /** A problem with the input as a whole, e.g. a cross-reference between sheets. */
    public static InputProblem general(String file, String message) {
        return new InputProblem(file, "", 0, "", "", Optional.empty(), message);
    }

    /**
     * The one line shown to the planner: {@code file: sheet 'S' row R column C (header): "value" message}, each
     * part present only when known.
     */
    @Override
    public String toString() {
        java.util.List<String> place = new java.util.ArrayList<>();
        if (!sheet.isEmpty()) {
            place.add("sheet '" + sheet + "'");
        }
        if (row > 0) {
            place.add("row " + row);
        }
        if (!column.isEmpty()) {
            place.add("column " + column + (header.isEmpty() ? "" : " (" + header + ")"));
        } else if (!header.isEmpty()) {
            place.add("column " + header);
        }
        java.util.List<String> prefix = new java.util.ArrayList<>();
        if (!file.isEmpty()) {
            prefix.add(file);
        }
        if (!place.isEmpty()) {
            prefix.add(String.join(" ", place));
        }
        StringBuilder line = new StringBuilder();
        if (!prefix.isEmpty()) {
            line.append(String.join(": ", prefix)).append(": ");
        }
        value.ifPresent(v -> line.append('"').append(v).append("\" "));
        return line.append(message).toString().strip();
    }
}
