package dev.headroom.io.report;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Labels a chart axis whose values are period indexes with the periods' own notation (2025-03,
 * 2025-W09, 2025-Q1), so ticks fall exactly on periods whatever the machine's time zone.
 */
final class PeriodAxisFormat extends NumberFormat {
    private final Frequency frequency;

    PeriodAxisFormat(Frequency frequency) {
        this.frequency = frequency;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        // The axis measures its labels on the ends of its range, which may lie between two periods:
        // they are labelled as the nearest period, so that the measure is that of a real label.
        return toAppendTo.append(new Period(frequency, Math.round(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(new Period(frequency, number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        // Axis labels are only ever written, never read back.
        throw new UnsupportedOperationException("period labels are not parsed");
    }
}
