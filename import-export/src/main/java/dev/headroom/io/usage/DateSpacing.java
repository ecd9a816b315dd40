package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Infers the frequency that date cells stand for, when no frequency is given: spreadsheets often
 * write a monthly history as the first day of each month, or a weekly one as each Monday (or Sunday).
 * Dates that are all the first of a month are months (quarters when they all start one); distinct
 * dates that all fall on one weekday are weeks; anything else is days.
 */
final class DateSpacing {
    private final Set<LocalDate> dates = new HashSet<>();
    private boolean withTime;
    private boolean allFirstOfMonth = true;
    private boolean allQuarterStarts = true;
    private DayOfWeek weekday;
    private boolean oneWeekday = true;

    void add(LocalDateTime at) {
        if (!at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            withTime = true;
        }
        LocalDate day = at.toLocalDate();
        dates.add(day);
        allFirstOfMonth &= day.getDayOfMonth() == 1;
        allQuarterStarts &= day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0;
        if (weekday == null) {
            weekday = day.getDayOfWeek();
        }
        oneWeekday &= day.getDayOfWeek() == weekday;
    }

    /** The frequency the dates stand for; empty when there were none. */
    Optional<Frequency> frequency() {
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        if (withTime) {
            return Optional.of(Frequency.DAY);
        }
        if (allQuarterStarts && dates.size() > 1) {
            return Optional.of(Frequency.QUARTER);
        }
        if (allFirstOfMonth) {
            return Optional.of(Frequency.MONTH);
        }
        if (oneWeekday && dates.size() > 1) {
            return Optional.of(Frequency.WEEK);
        }
        return Optional.of(Frequency.DAY);
    }
}
