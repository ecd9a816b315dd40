package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.TableCell;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gathers usage observations into one series per workload and resource at the planning frequency.
 * Observations finer than a period (days in a monthly plan, or date cells with a time of day) are
 * combined with the resource's aggregation, in the order they were observed; a period observed as a
 * whole may be given once. Periods inside a series without any observation become NaN.
 */
public final class UsageRollup {
    private final Frequency frequency;
    private final Function<String, Aggregation> aggregationOf;
    private final Map<SeriesKey, Samples> series = new LinkedHashMap<>();

    /**
     * @param frequency     the planning frequency every series is rolled up to
     * @param aggregationOf the aggregation of a resource, by its name
     */
    public UsageRollup(Frequency frequency, Function<String, Aggregation> aggregationOf) {
        this.frequency = frequency;
        this.aggregationOf = aggregationOf;
    }

    public Frequency frequency() {
        return frequency;
    }

    /**
     * Adds one observation.
     *
     * @param value      the usage, or NaN for a period known to have no observation
     * @param periodCell the cell the period came from, where problems with it are reported
     */
    public void add(SeriesKey key, ObservedPeriod when, double value, TableCell periodCell, Problems problems) {
        if (frequency.isFinerThan(when.frequency())) {
            problems.at(periodCell, "is a " + when.frequency() + "; usage must be by " + frequency + " or finer");
            return;
        }
        boolean whole = when.isWhole(frequency);
        Period period = whole ? when.period() : Period.containing(frequency, when.at().toLocalDate());
        Samples samples = series.computeIfAbsent(key, k -> new Samples());
        Slot slot = samples.slots.get(period.index());
        int row = periodCell.place().row();
        if (slot != null && (whole || slot.wholeRow > 0)) {
            problems.at(periodCell, "usage of " + key + " in " + period + " is given twice (also in row "
                    + (slot.wholeRow > 0 ? slot.wholeRow : slot.firstRow) + ")");
            return;
        }
        if (slot == null) {
            slot = new Slot(row);
            samples.slots.put(period.index(), slot);
            samples.min = Math.min(samples.min, period.index());
            samples.max = Math.max(samples.max, period.index());
        }
        if (whole) {
            slot.wholeRow = row;
        }
        if (!Double.isNaN(value)) {
            slot.add(when.at().toEpochSecond(ZoneOffset.UTC), value);
        }
    }

    /** The series in the order their first observation was added. */
    public List<TimeSeries> series() {
        List<TimeSeries> result = new ArrayList<>(series.size());
        for (Map.Entry<SeriesKey, Samples> e : series.entrySet()) {
            Samples s = e.getValue();
            Aggregation aggregation = aggregationOf.apply(e.getKey().resource());
            double[] values = new double[(int) (s.max - s.min + 1)];
            for (int i = 0; i < values.length; i++) {
                Slot slot = s.slots.get(s.min + i);
                values[i] = slot == null ? Double.NaN : slot.combine(aggregation);
            }
            result.add(new TimeSeries(e.getKey(), new Period(frequency, s.min), values));
        }
        return result;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    private static final class Samples {
        final Map<Long, Slot> slots = new HashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
    }

    /** The samples of one period of one series. */
    private static final class Slot {
        final int firstRow;
        int wholeRow;
        int count;
        long[] at = new long[1];
        double[] values = new double[1];

        Slot(int firstRow) {
            this.firstRow = firstRow;
        }

        void add(long when, double value) {
            if (count == values.length) {
                at = Arrays.copyOf(at, count * 2);
                values = Arrays.copyOf(values, count * 2);
            }
            at[count] = when;
            values[count] = value;
            count++;
        }

        double combine(Aggregation aggregation) {
            if (count == 0) {
                return Double.NaN;
            }
            if (count == 1) {
                return values[0];
            }
            // Stable sort by time, so that "last" means the latest observation, ties in file order.
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(at[a], at[b]));
            double[] ordered = new double[count];
            for (int i = 0; i < count; i++) {
                ordered[i] = values[order[i]];
            }
            return aggregation.apply(ordered);
        }
    }
}
