package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the typed texts of one row into values, noting in the planner's words what is wrong with each cell
 * ("cost must be a number ≥ 0"). A reader that found a problem gives placeholder values; check {@link #ok()}.
 */
final class RowReader {

    private static final Texts T = Texts.of(RowReader.class);

    private final List<String> texts;
    private final Map<Integer, String> problems = new LinkedHashMap<>();

    RowReader(List<String> texts) {
        this.texts = texts;
    }

    String text(int column) {
        return texts.get(column).strip();
    }

    /** A name that must be given. */
    String name(int column, String what) {
        String t = text(column);
        if (t.isEmpty()) {
            fail(column, T.get("read.needsName", what));
        }
        return t;
    }

    /** A name that must be one of {@code defined}; empty text is allowed when {@code optional}. */
    Optional<String> reference(int column, String what, Collection<String> defined, boolean optional) {
        String t = text(column);
        if (t.isEmpty()) {
            if (!optional) {
                fail(column, T.get("read.choose", what));
            }
            return Optional.empty();
        }
        if (!defined.contains(t)) {
            fail(column, T.get("read.notDefined", what, t));
        }
        return Optional.of(t);
    }

    /** A planning period in the window's language ("month", "月"). */
    static String period(Frequency f) {
        return T.get("period." + f.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** ", not "x"" after a refused value, or nothing when the cell was empty. */
    private static String not(String typed) {
        return typed.isEmpty() ? "" : T.get("read.not", typed);
    }

    /** A number of at least {@code min}. */
    double number(int column, String what, double min) {
        String t = text(column).replace("_", "").replace(" ", "");
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v) && v >= min) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, in words
        }
        fail(column, T.get("read.number", what, Cells.number(min)) + not(t));
        return min;
    }

    /** A number above {@code low} and at most (or below) {@code high}. */
    double fraction(int column, String what, double low, double high, boolean highIncluded) {
        String t = text(column);
        try {
            double v = Double.parseDouble(t);
            if (v > low && (highIncluded ? v <= high : v < high)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, in words
        }
        fail(column, T.get(highIncluded ? "read.fraction.atMost" : "read.fraction.below", what, Cells.number(low),
                Cells.number(high)) + not(t));
        return high;
    }

    /** A whole number of at least {@code min} (and at most {@code max}). */
    long whole(int column, String what, long min, long max) {
        String t = text(column).replace("_", "").replace(" ", "");
        try {
            long v = Long.parseLong(t);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below, in words
        }
        String words = min == Long.MIN_VALUE ? T.get("read.whole", what)
                : max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? T.get("read.whole.atLeast", what, String.valueOf(min))
                : T.get("read.whole.range", what, String.valueOf(min), String.valueOf(max));
        fail(column, words + not(t));
        return min;
    }

    /** A whole number of at least {@code min}, or nothing. */
    OptionalInt optionalWhole(int column, String what, int min) {
        return text(column).isEmpty() ? OptionalInt.empty() : OptionalInt.of((int) whole(column, what, min, Integer.MAX_VALUE));
    }

    /** A period of the plan's frequency, or nothing when {@code optional} and empty. */
    Optional<Period> period(int column, String what, Frequency frequency, boolean optional) {
        String t = text(column);
        if (t.isEmpty()) {
            if (!optional) {
                fail(column, T.get("read.needsPeriod", what, Period.containing(frequency, java.time.LocalDate.now())));
            }
            return Optional.empty();
        }
        try {
            Period p = Period.parse(t);
            if (p.frequency() == frequency) {
                return Optional.of(p);
            }
            fail(column, T.get("read.wrongFrequency", what, t, period(p.frequency()), period(frequency),
                    Period.containing(frequency, p.start())));
        } catch (IllegalArgumentException e) {
            fail(column, Messages.of(e));
        }
        return Optional.empty();
    }

    void fail(int column, String problem) {
        problems.putIfAbsent(column, problem);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    Map<Integer, String> problems() {
        return problems;
    }

    /** How numbers are written in cells: whole numbers without a fraction, others as typed. */
    static final class Cells {
        private Cells() {
        }

        static String number(double v) {
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
