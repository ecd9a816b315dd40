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

    /** The one line shown to the planner: the place, a colon, then the value and what is wrong. */
    @Override
    public String toString() {
        StringBuilder place = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            place.append(place.isEmpty() ? "" : ": ").append("sheet '").append(sheet).append('\'');
        }
        if (row > 0) {
            place.append(place.isEmpty() ? "" : " ").append("row ").append(row);
        }
        if (!column.isEmpty() || !header.isEmpty()) {
            place.append(place.isEmpty() ? "" : " ").append("column ");
            place.append(column.isEmpty() ? header : column + (header.isEmpty() ? "" : " (" + header + ")"));
        }
        StringBuilder line = new StringBuilder();
        if (!place.isEmpty()) {
            line.append(place).append(": ");
        }
        value.ifPresent(v -> line.append('"').append(v).append("\" "));
        return line.append(message).toString().strip();
    }
}
