package dev.headroom.io.table;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an observation was made, as written: a period in its own notation (a day for a date cell)
 * and the moment that orders observations within a coarser period.
 *
 * @param period   the period of the notation, e.g. a day for {@code 2024-03-15}
 * @param at       the start of that period, or a date cell's date and time
 * @param withTime whether a date cell carried a time of day, i.e. the observation is finer than a day
 */
public record ObservedPeriod(Period period, LocalDateTime at, boolean withTime) {

    public ObservedPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(at, "at");
    }

    public static ObservedPeriod of(Period period) {
        return new ObservedPeriod(period, period.start().atStartOfDay(), false);
    }

    public static ObservedPeriod ofDate(LocalDateTime date) {
        return new ObservedPeriod(Period.containing(Frequency.DAY, date.toLocalDate()), date,
                !date.toLocalTime().equals(LocalTime.MIDNIGHT));
    }

    /** The notation's own frequency. */
    public Frequency frequency() {
        return period.frequency();
    }

    /**
     * Whether this observation stands for exactly one whole period at the plan's frequency, so that a
     * second one for the same period is a duplicate rather than a sample to roll up.
     */
    public boolean isWhole(Frequency plan) {
        return !withTime && period.frequency() == plan;
    }
}
