package dev.headroom.forecast;

import smile.math.matrix.Matrix;

/**
 * A linear trend, with or without seasonal indicators, fitted by ordinary least squares (Smile's QR
 * decomposition through LAPACK). Periods without an observation are left out of the fit but keep
 * their place on the time axis.
 *
 * <p>Standard errors are those of a new observation under the OLS model: the residual standard
 * deviation {@code s} times {@code sqrt(1 + x'(X'X)^-1 x)}, which grows as the forecast moves away from
 * the history because the slope is uncertain.
 */
public final class RegressionFit implements FittedModel {

    private final TrendDesign design;
    private final int historyLength;
    private final double[] coefficients;
    private final double[][] covariance;
    private final double residualSd;
    private final int degreesOfFreedom;
    private final double[] residuals;

    private RegressionFit(TrendDesign design, int historyLength, double[] coefficients, double[][] covariance,
                          double residualSd, int degreesOfFreedom, double[] residuals) {
        this.design = design;
        this.historyLength = historyLength;
        this.coefficients = coefficients;
        this.covariance = covariance;
        this.residualSd = residualSd;
        this.degreesOfFreedom = degreesOfFreedom;
        this.residuals = residuals;
    }

    /**
     * Fits the design to the observed periods of the history. The caller makes sure there are more
     * observations than columns and that every column is informative (each season position observed).
     */
    static RegressionFit fit(double[] history, TrendDesign design) {
        int[] observed = Observations.observed(history);
        int n = observed.length;
        int p = design.columns();
        if (n <= p) {
            throw new IllegalArgumentException(n + " observations cannot fit " + p + " coefficients");
        }
        Matrix x = new Matrix(n, p);
        double[] y = new double[n];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            design.fill(observed[i], row);
            for (int j = 0; j < p; j++) {
                x.set(i, j, row[j]);
            }
            y[i] = history[observed[i]];
        }
        Matrix.QR qr = x.qr();
        double[] b = qr.solve(y.clone());
        Matrix inverse = qr.CholeskyOfAtA().inverse();
        double[][] v = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                v[i][j] = inverse.get(i, j);
            }
        }
        double[] residuals = new double[history.length];
        java.util.Arrays.fill(residuals, Double.NaN);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            design.fill(observed[i], row);
            double r = y[i] - dot(row, b);
            residuals[observed[i]] = r;
            rss += r * r;
        }
        int df = n - p;
        return new RegressionFit(design, history.length, b, v, Math.sqrt(rss / df), df, residuals);
    }

    @Override
    public String description() {
        return design.seasonal() ? "trend+season(" + design.seasonLength() + ")" : "trend";
    }

    @Override
    public int historyLength() {
        return historyLength;
    }

    /** The trend's level at the first period of history, with the season's effects averaged out. */
    public double intercept() {
        return coefficients[0] + meanSeasonIndicator();
    }

    /** The trend's change per period. */
    public double slope() {
        return coefficients[1];
    }

    /**
     * How far each position of the season (0 = the first period of history's position) lies above the
     * trend; they sum to zero. Empty for a trend without season.
     */
    public double[] seasonalEffects() {
        if (!design.seasonal()) {
            return new double[0];
        }
        int m = design.seasonLength();
        double mean = meanSeasonIndicator();
        double[] effects = new double[m];
        effects[0] = -mean;
        for (int s = 1; s < m; s++) {
            effects[s] = coefficients[1 + s] - mean;
        }
        return effects;
    }

    /** The residual standard deviation, on {@link #degreesOfFreedom()} degrees of freedom. */
    public double residualStandardDeviation() {
        return residualSd;
    }

    private double meanSeasonIndicator() {
        if (!design.seasonal()) {
            return 0;
        }
        double sum = 0;
        for (int s = 1; s < design.seasonLength(); s++) {
            sum += coefficients[1 + s];
        }
        return sum / design.seasonLength();
    }

    @Override
    public double[] forecast(int horizon) {
        double[] point = new double[horizon];
        double[] row = new double[design.columns()];
        for (int k = 0; k < horizon; k++) {
            design.fill(historyLength + k, row);
            point[k] = dot(row, coefficients);
        }
        return point;
    }

    @Override
    public double[] standardErrors(int horizon) {
        double[] errors = new double[horizon];
        double[] row = new double[design.columns()];
        for (int k = 0; k < horizon; k++) {
            design.fill(historyLength + k, row);
            double leverage = 0;
            for (int i = 0; i < row.length; i++) {
                leverage += row[i] * dot(covariance[i], row);
            }
            // Rounding can leave a hair below zero for points right inside the history.
            errors[k] = residualSd * Math.sqrt(1 + Math.max(0, leverage));
        }
        return errors;
    }

    @Override
    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
