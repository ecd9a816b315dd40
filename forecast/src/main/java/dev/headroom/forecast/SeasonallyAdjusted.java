package dev.headroom.forecast;

/**
 * A non-seasonal method applied to the seasonally adjusted history, its forecasts re-seasonalised: the
 * way the Theta method and the M4 benchmarks (SES, Holt, damped on deseasonalised data) handle a
 * season. With a season length of 1, or a history shorter than two seasons, the method sees the
 * history as it is.
 */
final class SeasonallyAdjusted implements ForecastModel {

    private final ForecastModel method;

    SeasonallyAdjusted(ForecastModel method) {
        this.method = method;
    }

    @Override
    public String name() {
        return method.name();
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        return method.canFit(history, 1);
    }

    @Override
    public FittedModel fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        double[] y = Observations.filled(history);
        if (!SeasonalAdjustment.canEstimate(y.length, seasonLength)) {
            return method.fit(history, 1);
        }
        SeasonalAdjustment pattern = SeasonalAdjustment.estimate(y, seasonLength);
        double[] adjusted = pattern.adjust(history, 0);
        return new Fit(method.fit(adjusted, 1), pattern);
    }

    /** The method's fit on the adjusted history, seen through the pattern. */
    record Fit(FittedModel adjusted, SeasonalAdjustment pattern) implements FittedModel {

        @Override
        public String description() {
            return adjusted.description() + "+season(" + pattern.seasonLength() + ")";
        }

        @Override
        public int historyLength() {
            return adjusted.historyLength();
        }

        @Override
        public double[] forecast(int horizon) {
            return pattern.restore(adjusted.forecast(horizon), historyLength());
        }

        @Override
        public double[] standardErrors(int horizon) {
            return pattern.restoreSpread(adjusted.standardErrors(horizon), historyLength());
        }

        @Override
        public int degreesOfFreedom() {
            return adjusted.degreesOfFreedom();
        }

        @Override
        public double[] residuals() {
            return pattern.restoreSpread(adjusted.residuals(), 0);
        }
    }
}
