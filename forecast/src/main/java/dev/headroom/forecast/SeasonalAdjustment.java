package dev.headroom.forecast;

/**
 * A season's pattern by classical decomposition: a centred moving average over one season takes out
 * the trend, and what is left at each position of the season is averaged over the years. The pattern
 * is a ratio (multiplicative: December is 1.3 times the trend) when every value is above zero, and a
 * difference otherwise.
 *
 * <p>The Theta method and the M-competition benchmarks forecast the seasonally adjusted series and put
 * the pattern back afterwards; Headroom's smoothing, Theta and ARIMA models do the same.
 *
 * @param seasonLength   periods in one season
 * @param indices        the pattern by position (0 = the position of the first period of history);
 *                       ratios averaging 1, or differences averaging 0
 * @param multiplicative whether the indices are ratios
 */
record SeasonalAdjustment(int seasonLength, double[] indices, boolean multiplicative) {

    /** No season: adjusting changes nothing. */
    static final SeasonalAdjustment NONE = new SeasonalAdjustment(1, new double[] {1}, true);

    SeasonalAdjustment {
        indices = indices.clone();
    }

    /** Whether a pattern can be estimated: at least two full seasons of a gap-free history. */
    static boolean canEstimate(int length, int seasonLength) {
        return seasonLength > 1 && length >= 2 * seasonLength;
    }

    /** Estimates the pattern of a gap-free history of at least two seasons. */
    static SeasonalAdjustment estimate(double[] y, int m) {
        if (!canEstimate(y.length, m)) {
            throw new IllegalArgumentException("a seasonal pattern of " + m + " periods needs two seasons of history, not "
                    + y.length + " periods");
        }
        boolean multiplicative = Observations.allPositive(y);
        double[] trend = centredMovingAverage(y, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(trend[t])) {
                sum[t % m] += multiplicative ? y[t] / trend[t] : y[t] - trend[t];
                count[t % m]++;
            }
        }
        double[] indices = new double[m];
        double mean = 0;
        for (int s = 0; s < m; s++) {
            indices[s] = count[s] == 0 ? (multiplicative ? 1 : 0) : sum[s] / count[s];
            mean += indices[s] / m;
        }
        for (int s = 0; s < m; s++) {
            indices[s] = multiplicative ? indices[s] / mean : indices[s] - mean;
        }
        return new SeasonalAdjustment(m, indices, multiplicative);
    }

    /**
     * The moving average centred on each period over one season (a 2×m average for an even m, so the
     * window stays centred); NaN at the ends where the window does not fit.
     */
    static double[] centredMovingAverage(double[] y, int m) {
        double[] ma = new double[y.length];
        java.util.Arrays.fill(ma, Double.NaN);
        int half = m / 2;
        for (int t = half; t + half < y.length; t++) {
            double s = 0;
            if (m % 2 == 0) {
                s += 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int j = t - half + 1; j < t + half; j++) {
                    s += y[j];
                }
            } else {
                for (int j = t - half; j <= t + half; j++) {
                    s += y[j];
                }
            }
            ma[t] = s / m;
        }
        return ma;
    }

    /** The pattern at period {@code t} (0 = the first period of history). */
    double index(int t) {
        return indices[Math.floorMod(t, seasonLength)];
    }

    /** The values of periods {@code from, from + 1, ...} with the pattern taken out. */
    double[] adjust(double[] values, int from) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = multiplicative ? values[i] / index(from + i) : values[i] - index(from + i);
        }
        return out;
    }

    /** The values of periods {@code from, from + 1, ...} with the pattern put back. */
    double[] restore(double[] values, int from) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = multiplicative ? values[i] * index(from + i) : values[i] + index(from + i);
        }
        return out;
    }

    /** Spreads scale with a ratio pattern and are unchanged by a difference. */
    double[] restoreSpread(double[] spreads, int from) {
        double[] out = new double[spreads.length];
        for (int i = 0; i < spreads.length; i++) {
            out[i] = multiplicative ? spreads[i] * index(from + i) : spreads[i];
        }
        return out;
    }
}
