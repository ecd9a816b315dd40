package dev.headroom.core.model;

import java.util.Locale;

/** How long one planning period is. */
public enum Frequency {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4);

    private final int seasonLength;

    Frequency(int seasonLength) {
        this.seasonLength = seasonLength;
    }

    /** Periods in one season: a week of days, a year of weeks, months or quarters. */
    public int seasonLength() {
        return seasonLength;
    }

    /** Reads {@code month}, {@code Monthly}, {@code q} and the like; throws with the value named. */
    public static Frequency parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "day", "daily", "d" -> DAY;
            case "week", "weekly", "w" -> WEEK;
            case "month", "monthly", "m" -> MONTH;
            case "quarter", "quarterly", "q" -> QUARTER;
            default -> throw new InvalidValueException(text, ModelWords.of("frequency.notAFrequency"));
        };
    }

    /** Finer frequencies have more periods per year; used to decide when samples must be rolled up. */
    public boolean isFinerThan(Frequency other) {
        return ordinal() < other.ordinal();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
