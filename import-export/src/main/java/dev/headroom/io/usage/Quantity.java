package dev.headroom.io.usage;

import dev.headroom.io.table.NumberText;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as written in a cell, with the unit written after it if any: {@code 16 GiB},
 * {@code 500m}, {@code 1.5Gbps}, {@code 85 %}, {@code 1 234,5 MB}.
 */
public record Quantity(double value, Optional<Unit> unit) {

    /** Digits with separators, then optionally an exponent, then whatever unit follows. */
    private static final Pattern SPLIT = Pattern.compile(
            "([+-]?[\\d.,'\\u2019 \\u00A0\\u202F]*\\d(?:[eE][+-]?\\d+)?|[+-]?[.,]\\d+(?:[eE][+-]?\\d+)?)\\s*(\\D.*)?");

    /** The quantity, or empty when the text does not start with a number. */
    public static Optional<Quantity> parse(String text, boolean decimalComma) {
        String t = text.strip();
        if (t.length() > 128) {
            return Optional.empty();
        }
        if (!decimalComma && isPlainNumber(t)) {
            // The common case in big files, without the regular expression.
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? Optional.of(new Quantity(v, Optional.empty())) : Optional.empty();
        }
        Matcher m = SPLIT.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalDouble number = NumberText.parse(m.group(1), decimalComma);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "" : m.group(2).strip();
        return Optional.of(new Quantity(number.getAsDouble(), Unit.parse(unit)));
    }

    /** Digits with at most one point, an optional sign and nothing else. */
    private static boolean isPlainNumber(String t) {
        int start = !t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }
}
