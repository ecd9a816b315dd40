package dev.headroom.io.usage;

import com.tdunning.math.stats.MergingDigest;
import dev.headroom.core.model.Aggregation;

import java.util.Arrays;

/**
 * The samples of one workload's resource in one planning period, combined as they come so that
 * memory does not grow with the number of samples. Up to {@link #EXACT_SAMPLES} samples are kept
 * as they are, so small histories roll up exactly (and repeated times are found among them); past
 * that, only running figures are kept — count, sum, maximum, the latest sample — and, for p95 and
 * p99, a t-digest (compression {@value #COMPRESSION}), whose quantiles are within about 0.5% of
 * rank of the exact ones (see {@code PeriodSamplesTest}).
 */
final class PeriodSamples {
    static final int EXACT_SAMPLES = 512;
    static final double COMPRESSION = 100;

    final int firstRow;
    int wholeRow;
    private int buffered;
    private long[] at = new long[2];
    private double[] values = new double[2];
    private long duplicates;

    private long count;
    private double sum;
    private double max = Double.NEGATIVE_INFINITY;
    private long lastAt = Long.MIN_VALUE;
    private double last = Double.NaN;
    private MergingDigest digest;

    PeriodSamples(int firstRow) {
        this.firstRow = firstRow;
    }

    void add(long when, double value, Aggregation aggregation) {
        if (values != null) {
            if (buffered == values.length) {
                if (buffered >= EXACT_SAMPLES) {
                    summarise(aggregation);
                    addRunning(when, value);
                    return;
                }
                at = Arrays.copyOf(at, buffered * 2);
                values = Arrays.copyOf(values, buffered * 2);
            }
            at[buffered] = when;
            values[buffered] = value;
            buffered++;
            return;
        }
        addRunning(when, value);
    }

    private void addRunning(long when, double value) {
        count++;
        sum += value;
        max = Math.max(max, value);
        if (when >= lastAt) {
            lastAt = when;
            last = value;
        }
        if (digest != null) {
            digest.add(value, 1);
        }
    }

    /** Leaves exact keeping: the kept samples, without repeated times, become running figures. */
    private void summarise(Aggregation aggregation) {
        double[] ordered = inTimeOrder();
        long[] times = at;
        values = null;
        at = null;
        if (aggregation == Aggregation.P95 || aggregation == Aggregation.P99) {
            digest = new MergingDigest(COMPRESSION, (int) COMPRESSION);
        }
        for (int i = 0; i < ordered.length; i++) {
            addRunning(times[i], ordered[i]);
        }
    }

    /**
     * The kept samples in time order, ties in file order, without the second and later samples at a
     * time already seen; {@link #at} is left holding the matching times.
     */
    private double[] inTimeOrder() {
        Integer[] order = new Integer[buffered];
        for (int i = 0; i < buffered; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(at[a], at[b]));
        double[] ordered = new double[buffered];
        long[] times = new long[buffered];
        int n = 0;
        for (int i = 0; i < buffered; i++) {
            int k = order[i];
            if (n > 0 && times[n - 1] == at[k]) {
                duplicates++;
                continue;
            }
            times[n] = at[k];
            ordered[n++] = values[k];
        }
        at = Arrays.copyOf(times, n);
        return Arrays.copyOf(ordered, n);
    }

    /** Samples dropped because their series already had one at the same time. */
    long duplicates() {
        return duplicates;
    }

    boolean isEmpty() {
        return values != null ? buffered == 0 : count == 0;
    }

    /** The period's value by the aggregation; NaN when it has no sample. Called once, at the end. */
    double combine(Aggregation aggregation) {
        if (values != null) {
            return buffered == 0 ? Double.NaN : aggregation.apply(inTimeOrder());
        }
        return switch (aggregation) {
            case MAX -> max;
            case MEAN -> sum / count;
            case SUM -> sum;
            case LAST -> last;
            case P95 -> digest.quantile(0.95);
            case P99 -> digest.quantile(0.99);
        };
    }
}
