package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.TableCell;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gathers usage observations into one series per workload and resource at the planning frequency,
 * streaming: each period of each series keeps a bounded {@link PeriodSamples}, so memory grows with
 * the number of series and periods, not with the number of samples.
 *
 * <p>Observations finer than a period (days in a monthly plan, timestamps) are combined with the
 * resource's aggregation; {@code last} means the latest in time. A period observed as a whole may be
 * given once; a second one is a problem. A sample at the same time as an earlier sample of its series
 * is a duplicate: the first is kept, the others are dropped and counted (found when the two are
 * adjacent in the series' rows, or anywhere within a period of up to {@value PeriodSamples#EXACT_SAMPLES}
 * samples). Rows earlier than the row before them in their series are counted as out of order; the
 * roll-up does not depend on order.
 *
 * <p>Gap policy: periods inside a series without any observation are gaps and hold NaN, which the
 * forecaster treats as missing (it never reads them as zero); a series starts at its first observed
 * period and ends at its last. Gaps are counted per series for the import summary.
 */
public final class UsageRollup {
    private final Frequency frequency;
    private final Function<String, Aggregation> aggregationOf;
    private final Map<SeriesKey, Samples> series = new LinkedHashMap<>();
    private long duplicates;
    private long outOfOrder;
    private long samples;

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
            problems.at(periodCell, ReaderWords.of("usage.tooCoarse", ModelWords.frequency(when.frequency()),
                    ModelWords.frequency(frequency)));
            return;
        }
        boolean whole = when.isWhole(frequency);
        Period period = whole ? when.period() : Period.containing(frequency, when.at().toLocalDate());
        Samples s = series.computeIfAbsent(key, k -> new Samples(aggregationOf.apply(k.resource())));
        long at = when.at().toEpochSecond(ZoneOffset.UTC);
        int row = periodCell.place().row();
        PeriodSamples slot = s.slots.get(period.index());
        if (slot != null && (whole || slot.wholeRow > 0)) {
            problems.at(periodCell, ReaderWords.of("usage.twice", key, period,
                    slot.wholeRow > 0 ? slot.wholeRow : slot.firstRow));
            return;
        }
        if (s.rows > 0 && !Double.isNaN(value)) {
            if (at == s.previousAt) {
                duplicates++;
                return;
            }
            if (at < s.previousAt) {
                outOfOrder++;
            }
        }
        if (slot == null) {
            slot = new PeriodSamples(row);
            s.slots.put(period.index(), slot);
            s.min = Math.min(s.min, period.index());
            s.max = Math.max(s.max, period.index());
        }
        if (whole) {
            slot.wholeRow = row;
        }
        if (!Double.isNaN(value)) {
            slot.add(at, value, s.aggregation);
            s.previousAt = at;
            s.rows++;
            samples++;
        }
    }

    /** The series in the order their first observation was added; call once, after the last {@link #add}. */
    public List<TimeSeries> series() {
        List<TimeSeries> result = new ArrayList<>(series.size());
        for (Map.Entry<SeriesKey, Samples> e : series.entrySet()) {
            Samples s = e.getValue();
            double[] values = new double[(int) (s.max - s.min + 1)];
            for (int i = 0; i < values.length; i++) {
                PeriodSamples slot = s.slots.get(s.min + i);
                values[i] = slot == null ? Double.NaN : slot.combine(s.aggregation);
                if (slot != null) {
                    duplicates += slot.duplicates();
                }
            }
            result.add(new TimeSeries(e.getKey(), new Period(frequency, s.min), values));
        }
        return result;
    }

    public boolean isEmpty() {
        return series.isEmpty();
    }

    /** Samples added (blank usage cells and dropped duplicates not counted). */
    public long samples() {
        return samples;
    }

    /** Samples dropped because their series had one at the same time; complete after {@link #series()}. */
    public long duplicates() {
        return duplicates;
    }

    /** Rows earlier in time than the row before them in their series. */
    public long outOfOrder() {
        return outOfOrder;
    }

    private static final class Samples {
        final Aggregation aggregation;
        final Map<Long, PeriodSamples> slots = new HashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long previousAt;
        long rows;

        Samples(Aggregation aggregation) {
            this.aggregation = aggregation;
        }
    }
}
