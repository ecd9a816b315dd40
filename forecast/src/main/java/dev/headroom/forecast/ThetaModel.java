package dev.headroom.forecast;

/**
 * The Theta method of Assimakopoulos and Nikolopoulos (2000), winner of the M3 competition, in
 * Hyndman and Billah's form: simple exponential smoothing plus half the slope of the least-squares
 * line through the history, the drift phased in as the smoothing would. Seasonality is handled
 * outside, by {@link SeasonallyAdjusted}, as in the original method.
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
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException("theta needs at least 4 observations, the history has "
                    + Observations.count(history));
        }
        SmoothingModel.Fit smoothing = ses.fit(history, 1);
        return new Fit(smoothing, slope(history), Observations.count(history));
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
     * @param smoothing the simple exponential smoothing of the history
     * @param slope     the slope of the line through the history, half of which is the drift
     */
    public record Fit(SmoothingModel.Fit smoothing, double slope, int observations) implements FittedModel {

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
            double alpha = smoothing.alpha();
            double[] level = smoothing.forecast(horizon);
            double phase = 1 / alpha - Math.pow(1 - alpha, observations) / alpha;
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                out[k] = level[k] + 0.5 * slope * (k + phase);
            }
            return out;
        }

        @Override
        public double[] standardErrors(int horizon) {
            return smoothing.standardErrors(horizon);
        }

        @Override
        public int degreesOfFreedom() {
            return Math.max(0, smoothing.degreesOfFreedom() - 1);
        }

        @Override
        public double[] residuals() {
            return smoothing.residuals();
        }
    }
}
