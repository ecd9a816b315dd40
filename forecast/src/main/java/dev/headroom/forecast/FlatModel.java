package dev.headroom.forecast;

import java.util.Arrays;

/**
 * The level of the history carried forward: the mean of what was observed, with intervals from the
 * spread of the observations around it. It is the fallback for histories too short for a trend
 * (fewer than 3 observations), and what a planner gets by forcing {@code flat}.
 *
 * <p>A history without observations forecasts 0 and a single observation forecasts itself, both with
 * zero-width intervals: there is no spread to estimate, and inventing one would be a guess.
 */
public final class FlatModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "flat";

    @Override
    public String name() {
        return NAME;
    }

    /** Always true: any history, even an empty one, has a level. */
    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return true;
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        int n = Observations.count(history);
        double sum = 0;
        for (double v : history) {
            if (!Double.isNaN(v)) {
                sum += v;
            }
        }
        double level = n == 0 ? 0 : sum / n;
        double squares = 0;
        double[] residuals = new double[history.length];
        for (int t = 0; t < history.length; t++) {
            residuals[t] = history[t] - level;
            if (!Double.isNaN(history[t])) {
                squares += residuals[t] * residuals[t];
            }
        }
        double spread = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        return new Fit(history.length, level, spread, n, residuals);
    }

    /**
     * A fitted level.
     *
     * @param historyLength periods of history, gaps included
     * @param level         the mean of the observations (0 when there were none)
     * @param spread        their sample standard deviation (0 with fewer than two)
     * @param observations  how many periods held an observation
     * @param residuals     observation minus level per period, {@code NaN} in gaps
     */
    public record Fit(int historyLength, double level, double spread, int observations, double[] residuals)
            implements FittedModel {

        public Fit {
            residuals = residuals.clone();
        }

        @Override
        public String description() {
            return NAME;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] point = new double[horizon];
            Arrays.fill(point, level);
            return point;
        }

        /** The same at every step: a new observation's spread plus the uncertainty of the mean. */
        @Override
        public double[] standardErrors(int horizon) {
            double se = observations < 2 ? 0 : spread * Math.sqrt(1 + 1.0 / observations);
            double[] errors = new double[horizon];
            Arrays.fill(errors, se);
            return errors;
        }

        @Override
        public int degreesOfFreedom() {
            return Math.max(0, observations - 1);
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }
}
