package dev.headroom.forecast;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000), winner of the M3 competition, as they
 * applied it: the history is split into two "theta lines" — the least-squares line (theta = 0) and the
 * history with its curvature doubled ({@code 2 y - line}, theta = 2) — the second is extrapolated by
 * simple exponential smoothing fitted to it, the first by itself, and the forecast is their average.
 * (Hyndman and Billah's equivalent "SES with half the slope as drift" fits the smoothing weight to the
 * history instead; on the M3 training data's own holdout the original was slightly more accurate.)
 * Seasonality is handled outside, by {@link SeasonallyAdjusted}, as in the original method.
 */
public final class ThetaModel implements ForecastModel {

    /** The name that forces this model. */
    public static final String NAME = "theta";

    private final SmoothingModel ses = new SmoothingModel(SmoothingModel.Kind.SES);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return Observations.count(history) >= 4;
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.requireAtLeast(history, seasonLength, 4, "theta");
        double slope = slope(history);
        int[] idx = Observations.observed(history);
        double mt = 0;
        double my = 0;
        for (int t : idx) {
            mt += (double) t / idx.length;
            my += history[t] / idx.length;
        }
        double intercept = my - slope * mt;
        double[] doubled = new double[history.length];
        for (int t = 0; t < doubled.length; t++) {
            doubled[t] = Double.isNaN(history[t]) ? Double.NaN : 2 * history[t] - (intercept + slope * t);
        }
        return new Fit(ses.fit(doubled, 1), intercept, slope);
    }

    /** The least-squares slope of the observations against their period. */
    static double slope(double[] history) {
        int[] idx = Observations.observed(history);
        double mt = 0;
        double my = 0;
        for (int t : idx) {
            mt += (double) t / idx.length;
            my += history[t] / idx.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int t : idx) {
            sxy += (t - mt) * (history[t] - my);
            sxx += (t - mt) * (t - mt);
        }
        return sxx > 0 ? sxy / sxx : 0;
    }

    /**
     * A fitted Theta method.
     *
     * @param smoothing the simple exponential smoothing of the theta = 2 line
     * @param intercept the line's value at the first period
     * @param slope     the line's slope, half of which the forecast keeps
     */
    public record Fit(SmoothingModel.Fit smoothing, double intercept, double slope) implements FittedModel {

        @Override
        public String description() {
            return NAME;
        }

        @Override
        public int historyLength() {
            return smoothing.historyLength();
        }

        @Override
        public double[] forecast(int horizon) {
            double[] level = smoothing.forecast(horizon);
            int n = historyLength();
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                out[k] = 0.5 * (intercept + slope * (n + k)) + 0.5 * level[k];
            }
            return out;
        }

        /** Half the smoothing's on the doubled line, whose noise is twice the history's. */
        @Override
        public double[] standardErrors(int horizon) {
            double[] s = smoothing.standardErrors(horizon);
            for (int k = 0; k < s.length; k++) {
                s[k] /= 2;
            }
            return s;
        }

        @Override
        public int degreesOfFreedom() {
            return Math.max(0, smoothing.degreesOfFreedom() - 2);
        }

        @Override
        public double[] residuals() {
            double[] r = smoothing.residuals();
            for (int t = 0; t < r.length; t++) {
                r[t] /= 2;
            }
            return r;
        }
    }
}
