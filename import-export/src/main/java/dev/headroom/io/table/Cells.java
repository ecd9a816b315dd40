package dev.headroom.io.table;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads values out of cells the same way for every sheet and CSV file: numbers from numeric cells,
 * cached formula results or numbers stored as text; periods from text notations or date cells. A
 * value that cannot be read adds a problem at its cell and comes back empty, so that reading goes
 * on and every problem is found in one pass. A blank cell comes back empty without a problem,
 * except where a value is required.
 */
public final class Cells {
    /** A plain decimal number: no thousands separators, no units, no "NaN" or "Infinity". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    /** Whether a text reads as a number in either decimal notation (a sub-header of names never does). */
    static boolean looksNumeric(String text) {
        return NumberText.parse(text, false).isPresent();
    }

    /** The text of a cell without surrounding spaces; empty for a blank cell or an error. */
    public static Optional<String> text(TableCell cell) {
        if (cell.isBlank() || cell.kind() == TableCell.Kind.ERROR) {
            return Optional.empty();
        }
        return Optional.of(cell.trimmed());
    }

    /** The text of a cell that must have one; a problem naming {@code what} when it is blank. */
    public static Optional<String> requiredText(TableCell cell, Wording what, Problems problems) {
        if (cell.kind() == TableCell.Kind.ERROR) {
            problems.at(cell, ReaderWords.of("cell.errorNeeded", what));
            return Optional.empty();
        }
        Optional<String> text = text(cell);
        if (text.isEmpty()) {
            problems.at(cell, ReaderWords.of("cell.emptyNeeded", what));
        }
        return text;
    }

    /**
     * A number, or empty when the cell is blank or holds something else (the latter adds a problem).
     *
     * @param unit the unit the number is in, named in the problem ("is not a number in GiB"); may be empty
     */
    public static OptionalDouble number(TableCell cell, String unit, Problems problems) {
        return switch (cell.kind()) {
            case BLANK -> OptionalDouble.empty();
            case NUMBER -> OptionalDouble.of(cell.number());
            case TEXT -> {
                String t = cell.trimmed();
                if (NUMBER.matcher(t).matches()) {
                    yield OptionalDouble.of(Double.parseDouble(t));
                }
                problems.at(cell, notANumber(unit));
                yield OptionalDouble.empty();
            }
            case ERROR -> {
                problems.at(cell, ReaderWords.of("cell.errorNotNumber"));
                yield OptionalDouble.empty();
            }
            case DATE, BOOLEAN -> {
                problems.at(cell, notANumber(unit));
                yield OptionalDouble.empty();
            }
        };
    }

    private static Wording notANumber(String unit) {
        return unit == null || unit.isBlank() ? ReaderWords.of("cell.notNumber") : ReaderWords.of("cell.notNumberIn", unit);
    }

    /** A number of at least 0. */
    public static OptionalDouble nonNegative(TableCell cell, String unit, Problems problems) {
        OptionalDouble n = number(cell, unit, problems);
        if (n.isPresent() && n.getAsDouble() < 0) {
            problems.at(cell, ReaderWords.of("cell.atLeastZero"));
            return OptionalDouble.empty();
        }
        return n;
    }

    /** A number of at least 0 that must be given. */
    public static OptionalDouble requiredNonNegative(TableCell cell, Wording what, String unit, Problems problems) {
        if (cell.isBlank()) {
            problems.at(cell, ReaderWords.of("cell.emptyNeeded", what));
            return OptionalDouble.empty();
        }
        return nonNegative(cell, unit, problems);
    }

    /** A whole number from {@code min} to {@code max} that must be given. */
    public static OptionalInt requiredWholeNumber(TableCell cell, Wording what, int min, int max, Problems problems) {
        if (cell.isBlank()) {
            problems.at(cell, ReaderWords.of("cell.emptyNeeded", what));
            return OptionalInt.empty();
        }
        return wholeNumber(cell, min, max, problems);
    }

    /** A number above {@code min} (exclusive) and at most {@code max} (inclusive). */
    public static OptionalDouble between(TableCell cell, double minExclusive, double maxInclusive, Problems problems) {
        OptionalDouble n = number(cell, "", problems);
        if (n.isPresent() && !(n.getAsDouble() > minExclusive && n.getAsDouble() <= maxInclusive)) {
            problems.at(cell, ReaderWords.of("cell.between", plain(minExclusive), plain(maxInclusive)));
            return OptionalDouble.empty();
        }
        return n;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static OptionalInt wholeNumber(TableCell cell, int min, int max, Problems problems) {
        OptionalLong n = longNumber(cell, problems);
        if (n.isEmpty()) {
            return OptionalInt.empty();
        }
        if (n.getAsLong() < min || n.getAsLong() > max) {
            problems.at(cell, max == Integer.MAX_VALUE ? ReaderWords.of("cell.atLeast", min)
                    : ReaderWords.of("cell.fromTo", min, max));
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) n.getAsLong());
    }

    /** A whole number of any size (a seed, for instance). */
    public static OptionalLong longNumber(TableCell cell, Problems problems) {
        if (cell.kind() == TableCell.Kind.TEXT && cell.trimmed().matches("[+-]?\\d{1,19}")) {
            // Parsed as a long directly: a double would round seeds above 2^53.
            try {
                return OptionalLong.of(Long.parseLong(cell.trimmed()));
            } catch (NumberFormatException e) {
                problems.at(cell, ReaderWords.of("cell.tooLarge"));
                return OptionalLong.empty();
            }
        }
        OptionalDouble n = number(cell, "", problems);
        if (n.isEmpty()) {
            return OptionalLong.empty();
        }
        double v = n.getAsDouble();
        if (v != Math.rint(v) || Math.abs(v) > 9.0e15) {
            problems.at(cell, ReaderWords.of("cell.notWhole"));
            return OptionalLong.empty();
        }
        return OptionalLong.of((long) v);
    }

    /**
     * A planning period at the plan's frequency: a text notation of that frequency, or a date cell
     * (the period containing the date). Blank gives empty without a problem.
     */
    public static Optional<Period> period(TableCell cell, Frequency frequency, Problems problems) {
        return switch (cell.kind()) {
            case BLANK -> Optional.empty();
            case DATE -> Optional.of(Period.containing(frequency, cell.date().toLocalDate()));
            case TEXT -> {
                Optional<Period> p = parse(cell, Period::parse, problems);
                if (p.isPresent() && p.get().frequency() != frequency) {
                    problems.at(cell, ReaderWords.of("cell.periodFrequency", ModelWords.frequency(p.get().frequency()),
                            ModelWords.frequency(frequency), Period.containing(frequency, p.get().start())));
                    yield Optional.empty();
                }
                yield p;
            }
            default -> {
                problems.at(cell, notAPeriod());
                yield Optional.empty();
            }
        };
    }

    /** A period at the plan's frequency that must be given. */
    public static Optional<Period> requiredPeriod(TableCell cell, Frequency frequency, Problems problems) {
        if (cell.isBlank()) {
            problems.at(cell, ReaderWords.of("cell.emptyNeeded", ReaderWords.of("need.period")));
            return Optional.empty();
        }
        return period(cell, frequency, problems);
    }

    /**
     * An observation's period in its own notation: a text notation, or a date cell (a day; its time,
     * if any, is kept by {@link ObservedPeriod}).
     */
    public static Optional<ObservedPeriod> observed(TableCell cell, Problems problems) {
        return switch (cell.kind()) {
            case BLANK -> {
                problems.at(cell, ReaderWords.of("cell.emptyNeeded", ReaderWords.of("need.period")));
                yield Optional.empty();
            }
            case DATE -> Optional.of(ObservedPeriod.ofDate(cell.date()));
            case TEXT -> parse(cell, Period::parse, problems).map(ObservedPeriod::of);
            default -> {
                problems.at(cell, notAPeriod());
                yield Optional.empty();
            }
        };
    }

    private static Wording notAPeriod() {
        return ReaderWords.of("cell.notPeriod");
    }

    /**
     * Parses a cell's text with one of the domain's parsers, turning its complaint into a problem at
     * the cell. The domain's messages start with the quoted value, which the problem line already shows.
     */
    public static <T> Optional<T> parse(TableCell cell, Function<String, T> parser, Problems problems) {
        String text = cell.trimmed();
        try {
            return Optional.of(parser.apply(text));
        } catch (InvalidValueException e) {
            problems.at(cell, text.equals(e.value()) ? e.problem() : e.wording());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            problems.at(cell, withoutQuotedValue(e.getMessage(), text));
            return Optional.empty();
        }
    }

    static String withoutQuotedValue(String message, String value) {
        String quoted = "\"" + value + "\" ";
        return message != null && message.startsWith(quoted) ? message.substring(quoted.length()) : String.valueOf(message);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
