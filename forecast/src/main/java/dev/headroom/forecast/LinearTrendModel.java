package dev.headroom.forecast;

/**
 * A straight line through the history, fitted by least squares: growth at a constant rate per period.
 * Needs at least 3 observations, so that one degree of freedom is left to estimate the spread.
 */
public final class LinearTrendModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "trend";

    /** Observations needed: two for the line, one more for its spread. */
    public static final int MIN_OBSERVATIONS = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return Observations.count(history) >= MIN_OBSERVATIONS;
    }

    @Override
    public RegressionFit fit(double[] history, int seasonLength) {
        Observations.requireAtLeast(history, seasonLength, MIN_OBSERVATIONS, "a trend");
        return RegressionFit.fit(history, new TrendDesign(1));
    }
}
