package dev.headroom.forecast;

import dev.headroom.core.forecast.BacktestAccuracy;
import dev.headroom.core.forecast.ForecastOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Intervals calibrated out of sample (split conformal prediction on the backtests): each backtest
 * error (of the selection procedure cross-validated over origins, {@link Contest#crossValidatedErrors}) is divided by the standard error its model claimed for that step, and a quantile level's
 * multiplier is the empirical quantile of those ratios, so an interval is as wide as the model's own
 * spread times what the backtests showed was needed. Model spreads keep each series' scale; the
 * ratios correct the models' optimism (or pessimism), per horizon step.
 *
 * <p>Where the ratios come from, first that applies:
 * <ol>
 *   <li>all series of the forecast call, per step — when at least {@value #MIN_POOLED} ratios exist at
 *       that step (a step beyond the longest backtest uses the last step that has enough);</li>
 *   <li>the series' own ratios, all steps together, symmetric — when it has at least
 *       {@value #MIN_OWN};</li>
 *   <li>the model's Student-t (or normal) interval, for series too short to backtest.</li>
 * </ol>
 * Quantiles are then made monotone in the level, kept on the right side of the point forecast and
 * clipped at zero.
 */
final class Calibration {

    static final int MIN_POOLED = 60;
    static final int MIN_OWN = 20;

    private final double[][] pooled;

    private Calibration(double[][] pooled) {
        this.pooled = pooled;
    }

    /** The calibration of one forecast call, from every series' backtest, in the call's order. */
    static Calibration of(List<SeriesAnalysis> analyses) {
        int steps = 0;
        for (SeriesAnalysis a : analyses) {
            for (double[] row : a.calibration()) {
                steps = Math.max(steps, row.length);
            }
        }
        List<double[]> usable = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            double[] values = new double[16];
            int n = 0;
            for (SeriesAnalysis a : analyses) {
                for (double[] row : a.calibration()) {
                    if (k < row.length && !Double.isNaN(row[k])) {
                        if (n == values.length) {
                            values = Arrays.copyOf(values, 2 * n);
                        }
                        values[n++] = row[k];
                    }
                }
            }
            if (n < MIN_POOLED) {
                break;
            }
            double[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            usable.add(sorted);
        }
        return new Calibration(usable.toArray(new double[0][]));
    }

    /** Quantiles at every level, per step, for one analysed series. */
    NavigableMap<Double, double[]> quantiles(SeriesAnalysis a, SortedSet<Double> levels) {
        double[] own = ownRatios(a);
        NavigableMap<Double, double[]> out = new TreeMap<>();
        int horizon = a.mean().length;
        for (double level : levels) {
            out.put(level, new double[horizon]);
        }
        for (int k = 0; k < horizon; k++) {
            double previous = Double.NEGATIVE_INFINITY;
            for (double level : levels) {
                double z = Math.max(previous, multiplier(a, own, k, level));
                z = level < 0.5 ? Math.min(z, 0) : level > 0.5 ? Math.max(z, 0) : 0;
                previous = z;
                double s = Double.isFinite(a.sigma()[k]) ? Math.max(0, a.sigma()[k]) : 0;
                out.get(level)[k] = Math.max(0, a.mean()[k] + z * s);
            }
        }
        return out;
    }

    /** The backtest accuracy of one series, with the share of its backtest values inside the 80% and 95% intervals. */
    BacktestAccuracy accuracy(SeriesAnalysis a) {
        if (a.origins() == 0) {
            return new BacktestAccuracy(a.mase(), a.smape(), Double.NaN, Double.NaN, 0);
        }
        double[] own = ownRatios(a);
        int inside80 = 0;
        int inside95 = 0;
        int count = 0;
        for (double[] row : a.z()) {
            for (int k = 0; k < row.length; k++) {
                if (Double.isNaN(row[k])) {
                    continue;
                }
                count++;
                if (inside(a, own, k, 0.8, row[k])) {
                    inside80++;
                }
                if (inside(a, own, k, 0.95, row[k])) {
                    inside95++;
                }
            }
        }
        return new BacktestAccuracy(a.mase(), a.smape(), count == 0 ? Double.NaN : (double) inside80 / count,
                count == 0 ? Double.NaN : (double) inside95 / count, a.origins());
    }

    private boolean inside(SeriesAnalysis a, double[] own, int step, double level, double z) {
        double lo = Math.min(0, multiplier(a, own, step, ForecastOptions.lowerQuantile(level)));
        double hi = Math.max(0, multiplier(a, own, step, ForecastOptions.upperQuantile(level)));
        return lo <= z && z <= hi;
    }

    private double multiplier(SeriesAnalysis a, double[] own, int step, double level) {
        if (pooled.length > 0) {
            return empirical(pooled[Math.min(step, pooled.length - 1)], level);
        }
        if (own.length >= MIN_OWN) {
            double width = empirical(own, Math.abs(2 * level - 1));
            return level < 0.5 ? -width : width;
        }
        return Intervals.multiplier(level, a.dof());
    }

    /**
     * The split-conformal quantile of sorted values: the ⌈(n + 1) q⌉-th smallest above the median,
     * the ⌊(n + 1) q⌋-th below it, clamped to the sample.
     */
    static double empirical(double[] sorted, double q) {
        int n = sorted.length;
        double rank = (n + 1) * q;
        int index = q >= 0.5 ? (int) Math.ceil(rank - 1e-9) : (int) Math.floor(rank + 1e-9);
        return sorted[Math.min(n, Math.max(1, index)) - 1];
    }

    /** The series' own absolute ratios, sorted. */
    private static double[] ownRatios(SeriesAnalysis a) {
        return Arrays.stream(a.calibration()).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v))
                .map(Math::abs).sorted().toArray();
    }
}
