package dev.headroom.forecast;

/**
 * What kind of history a series has, which decides how it is forecast (see {@link SeriesForecasting}).
 *
 * @param observations how many periods hold a value
 * @param constant     every observed value is the same (all zero included)
 * @param intermittent at least 30% of the observed values are zero, but not all
 * @param positive     every observed value is above zero (logarithms and ratios are defined)
 * @param seasonLength the season the models use: the nominal one when the autocorrelation test finds it,
 *                     else 1
 */
record SeriesProfile(int observations, boolean constant, boolean intermittent, boolean positive, int seasonLength) {

    /** Share of zeros from which usage counts as intermittent. */
    static final double INTERMITTENT_ZEROS = 0.3;
    /** The one-sided 90% normal quantile of the Theta method's seasonality test. */
    private static final double SEASONALITY_Z = 1.645;
    /** Seasonal strength from which a season counts as found whatever the autocorrelation test says. */
    static final double STRONG_SEASON = 0.6;

    /**
     * Profiles a history. With {@code trustSeason} the nominal season is used whenever the history is
     * long enough for it (the planner set it explicitly); otherwise it must pass the test.
     */
    static SeriesProfile of(double[] history, int nominalSeason, boolean trustSeason) {
        int n = 0;
        int zeros = 0;
        double first = Double.NaN;
        boolean constant = true;
        for (double v : history) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (n == 0) {
                first = v;
            } else if (v != first) {
                constant = false;
            }
            n++;
            if (v == 0) {
                zeros++;
            }
        }
        boolean intermittent = !constant && zeros >= INTERMITTENT_ZEROS * n;
        int season = 1;
        if (nominalSeason > 1 && !constant) {
            double[] y = Observations.filled(history);
            boolean longEnough = trustSeason ? y.length >= 2 * nominalSeason : y.length >= 3 * nominalSeason;
            if (longEnough && (trustSeason || isSeasonal(y, nominalSeason))) {
                season = nominalSeason;
            }
        }
        return new SeriesProfile(n, constant, intermittent, n > 0 && Observations.allPositive(history), season);
    }

    /**
     * The Theta method's test, on the detrended history: the autocorrelation at one season's lag is significant at 90% against
     * Bartlett's standard error {@code sqrt((1 + 2 * sum of squared autocorrelations below the lag) / n)}.
     */
    static boolean isSeasonal(double[] y, int m) {
        if (m < 2 || y.length < 3 * m) {
            return false;
        }
        double[] acf = autocorrelations(detrended(y), m);
        double sum = 0;
        for (int k = 1; k < m; k++) {
            sum += acf[k] * acf[k];
        }
        double limit = SEASONALITY_Z * Math.sqrt((1 + 2 * sum) / y.length);
        return Math.abs(acf[m]) > limit || strength(y, m) >= STRONG_SEASON;
    }

    /**
     * The seasonal strength of Wang, Smith and Hyndman (2006): {@code 1 - var(remainder) / var(season +
     * remainder)} of a classical additive decomposition; near 1 when the season dominates the noise. It
     * catches the strong, clean seasons (a daily or weekly cycle of load) whose many large
     * autocorrelations below the lag widen Bartlett's bound so far that the test above misses them.
     */
    static double strength(double[] y, int m) {
        double[] trend = SeasonalAdjustment.centredMovingAverage(y, m);
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(trend[t])) {
                sum[t % m] += y[t] - trend[t];
                count[t % m]++;
            }
        }
        double detrendedSquares = 0;
        double remainderSquares = 0;
        int n = 0;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(trend[t])) {
                double detrended = y[t] - trend[t];
                double remainder = detrended - sum[t % m] / count[t % m];
                detrendedSquares += detrended * detrended;
                remainderSquares += remainder * remainder;
                n++;
            }
        }
        return n == 0 || detrendedSquares == 0 ? 0 : Math.max(0, 1 - remainderSquares / detrendedSquares);
    }

    /**
     * The history minus its least-squares line: a strong trend makes every autocorrelation large, which
     * widens Bartlett's bound until no season is found in growing usage.
     */
    static double[] detrended(double[] y) {
        double[] line = new double[y.length];
        double slope = ThetaModel.slope(y);
        double mt = (y.length - 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += v / y.length;
        }
        for (int t = 0; t < y.length; t++) {
            line[t] = y[t] - (my + slope * (t - mt));
        }
        return line;
    }

    /** Sample autocorrelations at lags 0 to {@code maxLag}. */
    static double[] autocorrelations(double[] y, int maxLag) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double den = 0;
        for (double v : y) {
            den += (v - mean) * (v - mean);
        }
        double[] acf = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double num = 0;
            for (int t = k; t < y.length; t++) {
                num += (y[t] - mean) * (y[t - k] - mean);
            }
            acf[k] = den > 0 ? num / den : 0;
        }
        return acf;
    }
}
