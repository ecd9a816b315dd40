package dev.headroom.forecast;

/**
 * The columns of the trend regression for one period: an intercept, the period's index (the linear
 * trend), and, with a season longer than 1, one indicator for each position in the season but the
 * first (the first is the intercept's baseline, so the columns stay independent).
 *
 * @param seasonLength periods in one season; 1 for a trend without season
 */
record TrendDesign(int seasonLength) {

    TrendDesign {
        if (seasonLength < 1) {
            throw new IllegalArgumentException("a season length must be at least 1, not " + seasonLength);
        }
    }

    int columns() {
        return 1 + seasonLength;
    }

    boolean seasonal() {
        return seasonLength > 1;
    }

    /** Writes the columns of period {@code t} (0 = the first period of history) into {@code row}. */
    void fill(int t, double[] row) {
        java.util.Arrays.fill(row, 0);
        row[0] = 1;
        row[1] = t;
        int position = t % seasonLength;
        if (position > 0) {
            row[1 + position] = 1;
        }
    }
}
