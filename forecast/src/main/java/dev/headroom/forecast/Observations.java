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
}
