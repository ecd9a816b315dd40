package dev.headroom.io.usage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A fast path for the commonest period text in big exports, an ISO date-time such as
 * {@code 2024-03-15T10:05:00Z}, {@code 2024-03-15 10:05:00.123+01:00} or {@code 2024-03-15T10:05}:
 * read by character position, since going through {@code DateTimeFormatter} for each of a million
 * rows costs seconds. Anything else (named zones, odd spacing) returns null and takes the slow path.
 */
final class IsoTimes {
    private IsoTimes() {
    }

    /** The date-time and its offset (null when none was written), or null when the text is not of this shape. */
    static Parsed parse(String t) {
        int n = t.length();
        if (n < 16 || t.charAt(4) != '-' || t.charAt(7) != '-' || (t.charAt(10) != 'T' && t.charAt(10) != ' ')
                || t.charAt(13) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = 0;
        int nanos = 0;
        int i = 16;
        if (i < n && t.charAt(i) == ':') {
            second = digits(t, 17, 2);
            i = 19;
            if (i < n && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && Character.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    return null;
                }
                nanos = digits(t, start, i - start);
                for (int k = i - start; k < 9; k++) {
                    nanos *= 10;
                }
            }
        }
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        ZoneOffset offset = null;
        if (i < n) {
            offset = offset(t, i);
            if (offset == null) {
                return null;
            }
        }
        try {
            return new Parsed(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (java.time.DateTimeException e) {
            // 2024-02-30: the slow path words the problem.
            return null;
        }
    }

    private static ZoneOffset offset(String t, int i) {
        String rest = t.substring(i);
        if (rest.equals("Z") || rest.equals("z")) {
            return ZoneOffset.UTC;
        }
        if (rest.length() == 6 && (rest.charAt(0) == '+' || rest.charAt(0) == '-') && rest.charAt(3) == ':') {
            int h = digits(rest, 1, 2);
            int m = digits(rest, 4, 2);
            if (h < 0 || m < 0 || h > 18 || m > 59) {
                return null;
            }
            int sign = rest.charAt(0) == '-' ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        }
        return null;
    }

    /** The number written by {@code count} digits from {@code from}; -1 when any is not a digit. */
    private static int digits(String t, int from, int count) {
        if (from + count > t.length()) {
            return -1;
        }
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A date-time as written and the offset written with it, if any. */
    record Parsed(LocalDateTime local, ZoneOffset offset) {
    }
}
