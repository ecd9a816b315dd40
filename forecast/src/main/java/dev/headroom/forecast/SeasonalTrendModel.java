package dev.headroom.forecast;

/**
 * A straight line plus a fixed effect for each position in the season (each month of the year, say),
 * fitted by least squares. Needs every position of the season observed at least twice — two full
 * seasons of history, gaps elsewhere allowed — so that a season's effect is not one noisy value.
 */
public final class SeasonalTrendModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "seasonal-trend";

    /** Observations of each season position needed. */
    public static final int MIN_SEASONS = 2;

    @Override
    public String name() {
        return NAME;
    }

    /** True when the season is longer than one period and each of its positions was seen twice. */
    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return seasonLength > 1 && Observations.coversSeason(history, seasonLength, MIN_SEASONS);
    }

    @Override
    public RegressionFit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException("a seasonal trend with a season of " + seasonLength
                    + " periods needs a season longer than 1 and each of its positions observed at least "
                    + MIN_SEASONS + " times; the history has " + Observations.count(history)
                    + " observations over " + history.length + " periods");
        }
        return RegressionFit.fit(history, new TrendDesign(seasonLength));
    }
}
