package dev.headroom.core.model;

import java.util.Arrays;
import java.util.Locale;

/** How samples finer than the planning period are combined into one value per period. */
public enum Aggregation {
    MAX, P95, P99, MEAN, SUM, LAST;

    public static Aggregation parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "max", "maximum", "peak" -> MAX;
            case "p95", "95", "95%" -> P95;
            case "p99", "99", "99%" -> P99;
            case "mean", "avg", "average" -> MEAN;
            case "sum", "total" -> SUM;
            case "last" -> LAST;
            default -> throw new InvalidValueException(text, ModelWords.of("aggregation.notAnAggregation"));
        };
    }

    /** Combines the samples of one period, in the order they were observed. NaN for no samples. */
    public double apply(double[] samples) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        return switch (this) {
            case MAX -> Arrays.stream(samples).max().orElseThrow();
            case MEAN -> Arrays.stream(samples).average().orElseThrow();
            case SUM -> Arrays.stream(samples).sum();
            case LAST -> samples[samples.length - 1];
            case P95 -> quantile(samples, 0.95);
            case P99 -> quantile(samples, 0.99);
        };
    }

    /** Linear-interpolation quantile (type 7, as spreadsheets' PERCENTILE.INC). */
    static double quantile(double[] samples, double q) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
