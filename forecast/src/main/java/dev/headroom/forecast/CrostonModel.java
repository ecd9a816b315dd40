package dev.headroom.forecast;

import java.util.Arrays;

/**
 * Croston's method with the Syntetos-Boylan bias correction, for intermittent demand (usage that is
 * zero in many periods, such as a batch job that runs now and then): the size of the non-zero values
 * and the number of periods between them are smoothed separately (weight 0.1, the usual choice), and
 * the forecast is their ratio times {@code 1 - alpha / 2} — a rate per period, flat over the horizon.
 */
public final class CrostonModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "croston";

    static final double ALPHA = 0.1;

    @Override
    public String name() {
        return NAME;
    }

    /** Needs two non-zero observations: one interval between them. */
    @Override
    public boolean canFit(double[] history, int seasonLength) {
        int nonZero = 0;
        for (double v : history) {
            if (!Double.isNaN(v) && v != 0) {
                nonZero++;
            }
        }
        return nonZero >= 2;
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException("croston needs at least two non-zero observations");
        }
        double size = Double.NaN;
        double interval = Double.NaN;
        int sinceLast = 0;
        double[] residuals = new double[history.length];
        Arrays.fill(residuals, Double.NaN);
        double squares = 0;
        int count = 0;
        for (int t = 0; t < history.length; t++) {
            double v = history[t];
            sinceLast++;
            if (Double.isNaN(v)) {
                continue;
            }
            if (!Double.isNaN(size)) {
                double forecast = rate(size, interval);
                residuals[t] = v - forecast;
                squares += residuals[t] * residuals[t];
                count++;
            }
            if (v != 0) {
                if (Double.isNaN(size)) {
                    size = v;
                    interval = sinceLast;
                } else {
                    size += ALPHA * (v - size);
                    interval += ALPHA * (sinceLast - interval);
                }
                sinceLast = 0;
            }
        }
        double sigma = count < 2 ? 0 : Math.sqrt(squares / (count - 1));
        return new Fit(history.length, rate(size, interval), size, interval, sigma, Math.max(0, count - 1), residuals);
    }

    private static double rate(double size, double interval) {
        return (1 - ALPHA / 2) * size / Math.max(1, interval);
    }

    /**
     * A fitted Croston model.
     *
     * @param rate     the forecast per period
     * @param size     the smoothed size of a non-zero value
     * @param interval the smoothed number of periods between non-zero values
     */
    public record Fit(int historyLength, double rate, double size, double interval, double sigma,
                      int degreesOfFreedom, double[] residuals) implements FittedModel {

        public Fit {
            residuals = residuals.clone();
        }

        @Override
        public String description() {
            return NAME;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] out = new double[horizon];
            Arrays.fill(out, rate);
            return out;
        }

        @Override
        public double[] standardErrors(int horizon) {
            double[] out = new double[horizon];
            Arrays.fill(out, sigma);
            return out;
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }
}
