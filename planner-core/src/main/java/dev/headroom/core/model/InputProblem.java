package dev.headroom.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the planner's input, with its place as precisely as it is known.
 * Formatted as CONTRACT §2 asks:
 * {@code usage.xlsx: sheet 'Usage' row 17 column C (usage): "12,5 GB" is not a number in GiB}.
 * {@link #toString(Locale)} says the same line in the window's language
 * ({@code usage.xlsx: 工作表 'Usage' 第 17 行 C 列 (usage): "12,5 GB" 不是以 GiB 为单位的数字}).
 *
 * @param file    the file's name, or empty when the input did not come from a file
 * @param sheet   the sheet, or empty for CSV files and whole-file problems
 * @param row     the 1-based row as the spreadsheet program shows it, or 0 when not about one row
 * @param column  the column letter (or CSV column number), or empty
 * @param header  the column's header, or empty
 * @param value   the offending value as written, or empty
 * @param message what is wrong and what was expected, in English
 * @param wording the same message as a bundle key and arguments, to be said in another language; a literal of
 *                {@code message} when the problem was made from English text only
 */
public record InputProblem(String file, String sheet, int row, String column, String header, Optional<String> value,
                           String message, Wording wording) {

    public InputProblem {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
        header = header == null ? "" : header;
        value = value == null ? Optional.empty() : value;
        if (wording == null) {
            wording = Wording.literal(message);
        }
        if (message == null) {
            message = wording.english();
        }
    }

    /** A problem whose message is English text only (it reads the same in every language). */
    public InputProblem(String file, String sheet, int row, String column, String header, Optional<String> value,
                        String message) {
        this(file, sheet, row, column, header, value, message, null);
    }

    /** A problem whose message can be said in the planner's language. */
    public InputProblem(String file, String sheet, int row, String column, String header, Optional<String> value,
                        Wording wording) {
        this(file, sheet, row, column, header, value, null, Objects.requireNonNull(wording, "wording"));
    }

    /** A problem with the input as a whole, e.g. a cross-reference between sheets. */
    public static InputProblem general(String file, String message) {
        return new InputProblem(file, "", 0, "", "", Optional.empty(), message);
    }

    /** A problem with the input as a whole, in words that can be said in the planner's language. */
    public static InputProblem general(String file, Wording wording) {
        return new InputProblem(file, "", 0, "", "", Optional.empty(), wording);
    }

    /** The message alone in {@code locale}'s language (the import wizard's Problem column). */
    public String message(Locale locale) {
        return wording.in(locale);
    }

    /**
     * The one line shown to the planner: {@code file: sheet 'S' row R column C (header): "value" message}, each
     * part present only when known. Always English: CONTRACT §2 and the command line.
     */
    @Override
    public String toString() {
        return toString(Locale.ROOT);
    }

    /** The same line in {@code locale}'s language: Simplified Chinese for a Chinese locale, English otherwise. */
    public String toString(Locale locale) {
        List<String> place = new ArrayList<>();
        if (!sheet.isEmpty()) {
            place.add(words("place.sheet", sheet, locale));
        }
        if (row > 0) {
            place.add(words("place.row", row, locale));
        }
        if (!column.isEmpty()) {
            place.add(header.isEmpty() ? words("place.column", column, locale)
                    : ModelWords.of("place.columnWithHeader", column, header).in(locale));
        } else if (!header.isEmpty()) {
            place.add(words("place.column", header, locale));
        }
        List<String> prefix = new ArrayList<>();
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
        return line.append(wording.in(locale)).toString().strip();
    }

    private static String words(String key, Object arg, Locale locale) {
        return ModelWords.of(key, arg).in(locale);
    }

    /**
     * Two problems are the same when they say the same in English, however their words were made: a reader that
     * finds one cell bad twice lists it once.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof InputProblem p && row == p.row && file.equals(p.file) && sheet.equals(p.sheet)
                && column.equals(p.column) && header.equals(p.header) && value.equals(p.value)
                && Objects.equals(message, p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, sheet, row, column, header, value, message);
    }
}
