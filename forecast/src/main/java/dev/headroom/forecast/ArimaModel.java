package dev.headroom.forecast;

import smile.timeseries.AR;
import smile.timeseries.ARMA;

import java.util.Arrays;

/**
 * ARIMA(p, d, q) with Smile's {@link AR} (least squares) and {@link ARMA} (Hannan-Rissanen): the
 * history is differenced once when it is persistent (lag-1 autocorrelation above 0.75, where a
 * stationary model would pull the forecast back to the mean far too soon); then AR(1) to AR(3) and
 * ARMA(1, 1) with an intercept (a drift after differencing) are fitted and the one with the lowest AIC
 * kept. Seasonality is handled outside, by {@link SeasonallyAdjusted}.
 */
public final class ArimaModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "arima";

    static final double PERSISTENCE = 0.75;
    private static final int MAX_AR = 3;
    private static final int MIN_OBSERVATIONS = 10;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return Observations.count(history) >= MIN_OBSERVATIONS;
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.requireAtLeast(history, seasonLength, MIN_OBSERVATIONS, "arima");
        double[] y = Observations.filled(history);
        int d = lagOneAutocorrelation(y) > PERSISTENCE ? 1 : 0;
        double[] x = d == 1 ? difference(y) : y;
        Fit best = whiteNoise(y, x, d);
        int maxP = Math.min(MAX_AR, x.length / 8);
        for (int p = 1; p <= maxP; p++) {
            try {
                AR ar = AR.ols(x, p);
                best = better(best, new Fit(y.length, d, p, 0, ar.ar(), new double[0], ar.intercept(),
                        ar.variance(), ar.df(), tail(y, d, x), padded(ar.residuals(), y.length)));
            } catch (RuntimeException e) {
                // A singular design (a constant stretch, say) rules this order out; the others remain.
            }
        }
        if (x.length >= 30) {
            try {
                ARMA arma = ARMA.fit(x, 1, 1);
                best = better(best, new Fit(y.length, d, 1, 1, arma.ar(), arma.ma(), arma.intercept(),
                        arma.variance(), arma.df(), tail(y, d, x), padded(arma.residuals(), y.length)));
            } catch (RuntimeException e) {
                // Hannan-Rissanen's long autoregression can fail on short or degenerate series.
            }
        }
        return best;
    }

    private static Fit better(Fit a, Fit b) {
        return Double.isFinite(b.aic()) && b.aic() < a.aic() ? b : a;
    }

    /** The model with no autoregression: the mean (d = 0), or a random walk with drift (d = 1). */
    private static Fit whiteNoise(double[] y, double[] x, int d) {
        double mean = Arrays.stream(x).average().orElse(0);
        double rss = 0;
        double[] residuals = new double[y.length];
        Arrays.fill(residuals, Double.NaN);
        for (int i = 0; i < x.length; i++) {
            double r = x[i] - mean;
            rss += r * r;
            residuals[y.length - x.length + i] = r;
        }
        int df = Math.max(1, x.length - 1);
        return new Fit(y.length, d, 0, 0, new double[0], new double[0], mean, rss / df, df, tail(y, d, x), residuals);
    }

    static double lagOneAutocorrelation(double[] y) {
        double mean = Arrays.stream(y).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int t = 0; t < y.length; t++) {
            den += (y[t] - mean) * (y[t] - mean);
            if (t > 0) {
                num += (y[t] - mean) * (y[t - 1] - mean);
            }
        }
        return den > 0 ? num / den : 0;
    }

    private static double[] difference(double[] y) {
        double[] x = new double[y.length - 1];
        for (int t = 1; t < y.length; t++) {
            x[t - 1] = y[t] - y[t - 1];
        }
        return x;
    }

    /** The last few values of the modelled series, which start the forecast recursion. */
    private static double[] tail(double[] y, int d, double[] x) {
        double[] t = Arrays.copyOfRange(x, Math.max(0, x.length - MAX_AR - 1), x.length);
        double[] out = Arrays.copyOf(t, t.length + 1);
        out[t.length] = y[y.length - 1];
        return out;
    }

    private static double[] padded(double[] residuals, int length) {
        double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        System.arraycopy(residuals, 0, out, length - residuals.length, residuals.length);
        return out;
    }

    /**
     * A fitted ARIMA model.
     *
     * @param d         0 or 1 differences
     * @param ar        autoregressive coefficients (p of them)
     * @param ma        moving-average coefficients (q of them)
     * @param intercept the constant of the (differenced) series' equation
     * @param variance  the innovations' variance
     * @param recent    the last values of the (differenced) series, then the last value of the history
     */
    public record Fit(int historyLength, int d, int p, int q, double[] ar, double[] ma, double intercept,
                      double variance, int degreesOfFreedom, double[] recent, double[] residuals)
            implements FittedModel {

        public Fit {
            ar = ar.clone();
            ma = ma.clone();
            recent = recent.clone();
            residuals = residuals.clone();
        }

        /** Akaike's criterion on the residual variance, for choosing the order. */
        double aic() {
            int n = degreesOfFreedom + p + q + 1;
            return n * Math.log(Math.max(variance, 1e-300)) + 2 * (p + q + 1);
        }

        @Override
        public String description() {
            return "arima(" + p + "," + d + "," + q + ")";
        }

        @Override
        public double[] forecast(int horizon) {
            int known = recent.length - 1;
            double[] x = new double[known + horizon];
            System.arraycopy(recent, 0, x, 0, known);
            // Future innovations are 0; the last residual still feeds an MA(1) term at step 1.
            double lastError = q > 0 && !Double.isNaN(residuals[residuals.length - 1]) ? residuals[residuals.length - 1] : 0;
            for (int k = 0; k < horizon; k++) {
                double v = intercept;
                for (int i = 0; i < p; i++) {
                    v += ar[i] * x[known + k - 1 - i];
                }
                if (k == 0 && q > 0) {
                    v += ma[0] * lastError;
                }
                x[known + k] = v;
            }
            double[] out = new double[horizon];
            double level = recent[known];
            for (int k = 0; k < horizon; k++) {
                level = d == 1 ? level + x[known + k] : x[known + k];
                out[k] = level;
            }
            return out;
        }

        /** From the psi-weights of the model, summed once more when the series was differenced. */
        @Override
        public double[] standardErrors(int horizon) {
            double[] psi = new double[horizon];
            for (int j = 0; j < horizon; j++) {
                double v = j == 0 ? 1 : (j <= q ? ma[j - 1] : 0);
                for (int i = 0; i < p && i < j; i++) {
                    v += ar[i] * psi[j - 1 - i];
                }
                psi[j] = v;
            }
            double[] out = new double[horizon];
            double sum = 0;
            double cumulative = 0;
            for (int k = 0; k < horizon; k++) {
                cumulative += psi[k];
                double w = d == 1 ? cumulative : psi[k];
                sum += w * w;
                out[k] = Math.sqrt(variance * sum);
            }
            return out;
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }
}
