package dev.headroom.io.table;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads numbers written as text the way spreadsheets and exports write them: {@code 1234.5},
 * {@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5}, {@code 1'234.5}, {@code 12,5}. With both a
 * comma and a point, the last one is the decimal separator; with only one kind, it is a thousands
 * separator when it groups digits by three and a decimal separator otherwise — except that a file
 * known to write decimal commas ({@code decimalComma}) reads {@code 1,234} as 1.234 and {@code 1.234} as 1234.
 */
public final class NumberText {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");
    private static final Pattern GROUPED_BY_POINT = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+");

    private NumberText() {
    }

    /** The number, or empty when the text is not one (NaN and infinities are not). */
    public static OptionalDouble parse(String text, boolean decimalComma) {
        String t = withoutGroupingSpaces(text.strip());
        if (t.isEmpty() || t.length() > 64) {
            return OptionalDouble.empty();
        }
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            t = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            boolean grouping = !decimalComma && GROUPED_BY_COMMA.matcher(t).matches();
            t = grouping ? t.replace(",", "") : t.replace(',', '.');
        } else if (point >= 0 && t.indexOf('.') != point || point >= 0 && decimalComma && GROUPED_BY_POINT.matcher(t).matches()) {
            if (!GROUPED_BY_POINT.matcher(t).matches()) {
                return OptionalDouble.empty();
            }
            t = t.replace(".", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /** Spaces, no-break spaces and apostrophes between digits group thousands; elsewhere they stay (and fail). */
    private static String withoutGroupingSpaces(String t) {
        if (t.indexOf(' ') < 0 && t.indexOf('\u00A0') < 0 && t.indexOf('\u202F') < 0 && t.indexOf('\'') < 0
                && t.indexOf('\u2019') < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean separator = c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\'' || c == '\u2019';
            if (separator && i > 0 && i < t.length() - 1 && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
