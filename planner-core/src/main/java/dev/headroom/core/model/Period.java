package dev.headroom.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One planning period: a day, an ISO week, a month or a quarter. Periods of one frequency are
 * numbered consecutively ({@link #index()}), so arithmetic is integer arithmetic.
 *
 * <p>Written and parsed in CONTRACT §3's notations: {@code 2024-03-15}, {@code 2024-W09},
 * {@code 2024-03}, {@code 2024-Q1}.
 */
public record Period(Frequency frequency, long index) implements Comparable<Period> {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{1,2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    public Period {
        Objects.requireNonNull(frequency, "frequency");
    }

    /** The period of the given frequency that contains the date. */
    public static Period containing(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case DAY -> new Period(frequency, date.toEpochDay());
            case WEEK -> new Period(frequency, Math.floorDiv(
                    ChronoUnit.DAYS.between(EPOCH_MONDAY, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), 7));
            case MONTH -> new Period(frequency, date.getYear() * 12L + date.getMonthValue() - 1);
            case QUARTER -> new Period(frequency, date.getYear() * 4L + (date.getMonthValue() - 1) / 3);
        };
    }

    /**
     * Parses one of the four notations; the frequency follows from the notation.
     *
     * @throws IllegalArgumentException naming the text when it is none of them
     */
    public static Period parse(String text) {
        String t = Objects.requireNonNull(text, "text").trim();
        Matcher m;
        try {
            if ((m = DAY.matcher(t)).matches()) {
                return containing(Frequency.DAY, LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if ((m = WEEK.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate mid = LocalDate.of(year, 6, 1);
                if (week < 1 || week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw new InvalidValueException(text, ModelWords.of("period.noSuchWeek", week, year));
                }
                LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return containing(Frequency.WEEK, monday);
            }
            if ((m = MONTH.matcher(t)).matches()) {
                return containing(Frequency.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
            }
            if ((m = QUARTER.matcher(t)).matches()) {
                int q = Integer.parseInt(m.group(2));
                return containing(Frequency.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)), (q - 1) * 3 + 1, 1));
            }
        } catch (java.time.DateTimeException e) {
            throw new InvalidValueException(text, ModelWords.of("period.invalidDate", e.getMessage()), e);
        }
        throw new InvalidValueException(text, ModelWords.of("period.notAPeriod"));
    }

    /** Parses and checks that the notation is of the expected frequency. */
    public static Period parse(String text, Frequency expected) {
        Period p = parse(text);
        if (p.frequency != expected) {
            throw new InvalidValueException(text,
                    ModelWords.of("period.wrongFrequency", ModelWords.frequency(p.frequency), ModelWords.frequency(expected)));
        }
        return p;
    }

    /** First day of the period. */
    public LocalDate start() {
        return switch (frequency) {
            case DAY -> LocalDate.ofEpochDay(index);
            case WEEK -> EPOCH_MONDAY.plusWeeks(index);
            case MONTH -> LocalDate.of((int) Math.floorDiv(index, 12), (int) Math.floorMod(index, 12) + 1, 1);
            case QUARTER -> LocalDate.of((int) Math.floorDiv(index, 4), (int) Math.floorMod(index, 4) * 3 + 1, 1);
        };
    }

    /** Last day of the period. */
    public LocalDate end() {
        return plus(1).start().minusDays(1);
    }

    public Period plus(long periods) {
        return new Period(frequency, index + periods);
    }

    public Period minus(long periods) {
        return plus(-periods);
    }

    public Period next() {
        return plus(1);
    }

    /** Periods from this one to {@code later} (positive when later is after this). */
    public long until(Period later) {
        requireSameFrequency(later);
        return later.index - index;
    }

    /** Position inside its season, 0-based: the month of the year, the day of the week and so on. */
    public int seasonPosition() {
        return switch (frequency) {
            case DAY -> start().getDayOfWeek().getValue() - 1;
            case WEEK -> Math.min(start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 52) - 1;
            case MONTH, QUARTER -> (int) Math.floorMod(index, frequency.seasonLength());
        };
    }

    public boolean isBefore(Period other) {
        return compareTo(other) < 0;
    }

    public boolean isAfter(Period other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Period other) {
        requireSameFrequency(other);
        return Long.compare(index, other.index);
    }

    private void requireSameFrequency(Period other) {
        if (other.frequency != frequency) {
            throw new IllegalArgumentException("cannot compare a " + frequency + " with a " + other.frequency);
        }
    }

    /** The period in its notation: {@code 2024-03-15}, {@code 2024-W09}, {@code 2024-03}, {@code 2024-Q1}. */
    @Override
    public String toString() {
        LocalDate s = start();
        return switch (frequency) {
            case DAY -> s.toString();
            case WEEK -> String.format("%04d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR), s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%04d-%02d", s.getYear(), s.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", s.getYear(), (s.getMonthValue() - 1) / 3 + 1);
        };
    }
}
