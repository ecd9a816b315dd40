package dev.headroom.io.prometheus;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Query resolutions as Prometheus writes them ({@code 30s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 1h30m}) or in ISO 8601. */
public final class Steps {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private Steps() {
    }

    /**
     * Reads a step.
     *
     * @throws IllegalArgumentException naming the text when it is no duration, or not at least one second
     */
    public static Duration parse(String text) {
        String t = text.strip();
        Duration d;
        if (t.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                d = Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw notAStep(text);
            }
        } else {
            Matcher m = PART.matcher(t);
            d = Duration.ZERO;
            int end = 0;
            while (m.find() && m.start() == end) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofDays(7 * n);
                });
                end = m.end();
            }
            if (t.isEmpty() || end != t.length()) {
                throw notAStep(text);
            }
        }
        if (d.compareTo(Duration.ofSeconds(1)) < 0 || d.toMillis() % 1000 != 0) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.stepWholeSeconds", text));
        }
        return d;
    }

    /** A step as Prometheus writes it, e.g. {@code 1h} or {@code 90m}: the largest unit that divides it. */
    public static String format(Duration step) {
        long s = step.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    private static IllegalArgumentException notAStep(String text) {
        return new InvalidValueException(text, ReaderWords.of("prometheus.notAStep"));
    }
}
