package dev.headroom.forecast;

/** Small questions about a history with gaps, shared by the models and the backtest. */
final class Observations {

    private Observations() {
    }

    /** Checks what every model needs: a history with numbers or gaps only, and a season of at least 1. */
    static void check(double[] history, int seasonLength) {
        if (history == null) {
            throw new IllegalArgumentException("a history is needed, not null");
        }
        if (seasonLength < 1) {
            throw new IllegalArgumentException("a season length must be at least 1, not " + seasonLength);
        }
        for (int t = 0; t < history.length; t++) {
            if (Double.isInfinite(history[t])) {
                throw new IllegalArgumentException("period " + t + " of the history is " + history[t]
                        + "; a value must be a number, or NaN for a gap");
            }
        }
    }

    /**
     * Checks the history as {@link #check} does and that it holds at least {@code minimum} observations;
     * {@code model} names the model in the message, e.g. "arima" or "a trend".
     */
    static void requireAtLeast(double[] history, int seasonLength, int minimum, String model) {
        check(history, seasonLength);
        if (count(history) < minimum) {
            throw new IllegalArgumentException(model + " needs at least " + minimum
                    + " observations, the history has " + count(history));
        }
    }

    /** The periods (0-based) that hold an observation, in time order. */
    static int[] observed(double[] history) {
        int n = count(history);
        int[] idx = new int[n];
        int k = 0;
        for (int t = 0; t < history.length; t++) {
            if (!Double.isNaN(history[t])) {
                idx[k++] = t;
            }
        }
        return idx;
    }

    /** How many periods hold an observation. */
    static int count(double[] history) {
        int n = 0;
        for (double v : history) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether every position of the season has been observed at least {@code times} times; with
     * {@code times} 2 this is "two full seasons of history", gaps elsewhere allowed.
     */
    static boolean coversSeason(double[] history, int seasonLength, int times) {
        int[] seen = new int[seasonLength];
        for (int t = 0; t < history.length; t++) {
            if (!Double.isNaN(history[t])) {
                seen[t % seasonLength]++;
            }
        }
        for (int s : seen) {
            if (s < times) {
                return false;
            }
        }
        return true;
    }

    /**
     * The history without gaps, for models that need one value per period: gaps between observations
     * are interpolated linearly, leading gaps take the first observation and trailing gaps the last
     * (the forecast then continues from the last thing seen). All gaps become 0.
     */
    static double[] filled(double[] history) {
        int[] idx = observed(history);
        double[] y = new double[history.length];
        if (idx.length == 0) {
            return y;
        }
        for (int t = 0; t < history.length; t++) {
            y[t] = history[t];
        }
        for (int t = 0; t < idx[0]; t++) {
            y[t] = history[idx[0]];
        }
        for (int t = idx[idx.length - 1] + 1; t < history.length; t++) {
            y[t] = history[idx[idx.length - 1]];
        }
        for (int i = 1; i < idx.length; i++) {
            int a = idx[i - 1];
            int b = idx[i];
            for (int t = a + 1; t < b; t++) {
                y[t] = history[a] + (history[b] - history[a]) * (t - a) / (b - a);
            }
        }
        return y;
    }

    /** Whether every observation is above zero, so that logarithms and ratios are defined. */
    static boolean allPositive(double[] history) {
        int n = 0;
        for (double v : history) {
            if (!Double.isNaN(v)) {
                if (!(v > 0)) {
                    return false;
                }
                n++;
            }
        }
        return n > 0;
    }

    /** The mean of the observed values; 0 when there are none. */
    static double mean(double[] history) {
        double sum = 0;
        int n = 0;
        for (double v : history) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
