package dev.headroom.forecast;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.regression.LinearModel;
import smile.regression.RidgeRegression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piecewise-linear trend plus a season, fitted by Smile's generalised ridge regression: the trend
 * may bend at evenly spaced candidate changepoints (hinge features {@code max(0, t - tau)}), and only
 * the bends are penalised, so the data must insist before the slope changes — Prophet's idea with a
 * ridge instead of a Laplace prior. The season is an indicator per position for seasons up to 12
 * periods and Fourier terms (three harmonics) for longer ones. The log variant fits the logarithm of
 * the history, so growth is a constant percentage and the season a ratio; it needs values above zero.
 *
 * <p>The forecast extends the last segment's slope. Standard errors are the residual spread widened
 * as for a straight line moving away from the centre of the history.
 */
public final class ChangepointTrendModel implements ForecastModel {

    /** The linear variant's name. */
    public static final String LINEAR = "changepoint-trend";
    /** The log-linear variant's name. */
    public static final String LOG = "log-trend";

    private static final int MAX_CHANGEPOINTS = 8;
    /** Share of the history in which the trend may bend: the last fifth is too short to tell a bend from noise. */
    private static final double CHANGEPOINT_RANGE = 0.8;
    /** The bends' penalty per observation, on standardised columns. */
    private static final double PENALTY_PER_OBSERVATION = 0.1;
    private static final int FOURIER_HARMONICS = 3;
    private static final int MIN_OBSERVATIONS = 8;

    private final boolean log;

    public ChangepointTrendModel(boolean log) {
        this.log = log;
    }

    @Override
    public String name() {
        return log ? LOG : LINEAR;
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return Observations.count(history) >= MIN_OBSERVATIONS && (!log || Observations.allPositive(history));
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException(name() + " needs at least " + MIN_OBSERVATIONS + " observations"
                    + (log ? ", all above zero" : "") + "; the history has " + Observations.count(history));
        }
        int[] observed = Observations.observed(history);
        int n = history.length;
        int m = seasonLength > 1 && Observations.coversSeason(history, seasonLength, 2) ? seasonLength : 1;
        List<Integer> changepoints = new ArrayList<>();
        int k = Math.min(MAX_CHANGEPOINTS, observed.length / 6);
        for (int j = 1; j <= k; j++) {
            int tau = (int) Math.round(n * CHANGEPOINT_RANGE * j / (k + 1));
            if (tau > observed[0] && tau < observed[observed.length - 1] - 1 && !changepoints.contains(tau)) {
                changepoints.add(tau);
            }
        }
        Design design = new Design(m, changepoints.stream().mapToInt(Integer::intValue).toArray());
        int p = design.columns();
        double[][] rows = new double[observed.length][p + 1];
        for (int i = 0; i < observed.length; i++) {
            design.fill(observed[i], rows[i]);
            double v = history[observed[i]];
            rows[i][p] = log ? Math.log(v) : v;
        }
        String[] names = new String[p + 1];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        names[p] = "y";
        double[] lambda = new double[p];
        for (int j = 0; j < p; j++) {
            lambda[j] = design.isHinge(j) ? PENALTY_PER_OBSERVATION * observed.length : 1e-9;
        }
        LinearModel model = RidgeRegression.fit(Formula.lhs("y"), DataFrame.of(rows, names),
                weights(observed.length), new RidgeRegression.Options(lambda, new double[] {0}));
        double[] residuals = new double[n];
        Arrays.fill(residuals, Double.NaN);
        double rss = 0;
        double[] row = new double[p];
        double meanT = 0;
        for (int i = 0; i < observed.length; i++) {
            design.fill(observed[i], row);
            double fitted = model.predict(row);
            double r = rows[i][p] - fitted;
            residuals[observed[i]] = log ? history[observed[i]] - Math.exp(fitted) : r;
            rss += r * r;
            meanT += (double) observed[i] / observed.length;
        }
        double sxx = 0;
        for (int t : observed) {
            sxx += (t - meanT) * (t - meanT);
        }
        int df = Math.max(1, observed.length - (2 + m - 1 + changepoints.size() / 2));
        return new Fit(name(), log, design, model, n, Math.sqrt(rss / df), df, meanT, sxx, observed.length, residuals);
    }

    private static double[] weights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }

    /** The regression's columns at period t: the trend, the hinges, then the season. */
    record Design(int seasonLength, int[] changepoints) {

        int seasonColumns() {
            if (seasonLength <= 1) {
                return 0;
            }
            return seasonLength <= 12 ? seasonLength - 1 : 2 * Math.min(FOURIER_HARMONICS, seasonLength / 2);
        }

        int columns() {
            return 1 + changepoints.length + seasonColumns();
        }

        boolean isHinge(int column) {
            return column >= 1 && column <= changepoints.length;
        }

        void fill(int t, double[] row) {
            row[0] = t;
            for (int j = 0; j < changepoints.length; j++) {
                row[1 + j] = Math.max(0, t - changepoints[j]);
            }
            int base = 1 + changepoints.length;
            int columns = seasonColumns();
            if (seasonLength > 1 && seasonLength <= 12) {
                for (int s = 1; s < seasonLength; s++) {
                    row[base + s - 1] = t % seasonLength == s ? 1 : 0;
                }
            } else {
                for (int j = 0; j < columns / 2; j++) {
                    double angle = 2 * Math.PI * (j + 1) * t / seasonLength;
                    row[base + 2 * j] = Math.sin(angle);
                    row[base + 2 * j + 1] = Math.cos(angle);
                }
            }
        }
    }

    /** A fitted changepoint trend. */
    public record Fit(String name, boolean log, Design design, LinearModel model, int historyLength, double sigma,
                      int degreesOfFreedom, double meanT, double sxx, int observations, double[] residuals)
            implements FittedModel {

        /** The slope after the last changepoint (in log units for the log variant). */
        public double finalSlope() {
            double[] w = model.coefficients();
            double slope = w[0];
            for (int j = 0; j < design.changepoints().length; j++) {
                slope += w[1 + j];
            }
            return slope;
        }

        @Override
        public String description() {
            return design.seasonLength() > 1 ? name + "+season(" + design.seasonLength() + ")" : name;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] out = new double[horizon];
            double[] row = new double[design.columns()];
            for (int k = 0; k < horizon; k++) {
                design.fill(historyLength + k, row);
                double v = model.predict(row);
                out[k] = log ? Math.exp(v) : v;
            }
            return out;
        }

        @Override
        public double[] standardErrors(int horizon) {
            double[] point = log ? forecast(horizon) : null;
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                double d = historyLength + k - meanT;
                double se = sigma * Math.sqrt(1 + 1.0 / observations + (sxx > 0 ? d * d / sxx : 0));
                out[k] = log ? point[k] * se : se;
            }
            return out;
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }
}
