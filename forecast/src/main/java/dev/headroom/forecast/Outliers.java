package dev.headroom.forecast;

import java.util.Arrays;

/**
 * Isolated spikes and dips (a backup job, a failed collector) replaced before fitting, so that one odd
 * period does not drag a level or a slope. A value is an outlier when it lies further than
 * {@value #LIMIT} robust standard deviations (1.4826 × the median absolute deviation) from the median
 * of the seven periods around it, and the same position one season earlier and later does not deviate
 * the same way (that would be the season, not an accident). It is replaced by that median.
 *
 * <p>A level shift moves the median with it after a few periods, so it is kept; the last
 * {@value #UNJUDGED_TAIL} periods are never replaced, since a jump there may be the start of one.
 * Backtests still score the raw values. The rule is deliberately conservative: on M3 an eager version
 * (threshold 5, no season check) cost a full sMAPE point by flattening real seasonal peaks.
 */
final class Outliers {

    private static final int HALF_WINDOW = 3;
    private static final double LIMIT = 6;
    private static final int MIN_LENGTH = 12;
    private static final int UNJUDGED_TAIL = 3;

    private Outliers() {
    }

    /** The gap-free history with outliers replaced; the same array when there are none or it is too short to judge. */
    static double[] clean(double[] y, int seasonLength) {
        if (y.length < MIN_LENGTH) {
            return y;
        }
        double[] median = new double[y.length];
        double[] deviation = new double[y.length];
        double[] window = new double[2 * HALF_WINDOW + 1];
        for (int t = 0; t < y.length; t++) {
            int from = Math.max(0, Math.min(t - HALF_WINDOW, y.length - window.length));
            System.arraycopy(y, from, window, 0, window.length);
            Arrays.sort(window);
            median[t] = window[HALF_WINDOW];
            deviation[t] = y[t] - median[t];
        }
        double[] sorted = Arrays.stream(deviation).map(Math::abs).sorted().toArray();
        double scale = 1.4826 * sorted[sorted.length / 2];
        if (!(scale > 0)) {
            return y;
        }
        double[] out = null;
        for (int t = HALF_WINDOW; t < y.length - UNJUDGED_TAIL; t++) {
            if (Math.abs(deviation[t]) > LIMIT * scale && !recurs(deviation, t, seasonLength, LIMIT * scale / 2)) {
                if (out == null) {
                    out = y.clone();
                }
                out[t] = median[t];
            }
        }
        return out == null ? y : out;
    }

    private static boolean recurs(double[] deviation, int t, int m, double limit) {
        if (m <= 1) {
            return false;
        }
        for (int u : new int[] {t - m, t + m}) {
            if (u >= 0 && u < deviation.length && Math.signum(deviation[u]) == Math.signum(deviation[t])
                    && Math.abs(deviation[u]) > limit) {
                return true;
            }
        }
        return false;
    }
}
