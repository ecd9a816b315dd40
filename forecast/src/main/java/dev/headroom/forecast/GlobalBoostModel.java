package dev.headroom.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The global gradient-boosted model ({@link GlobalBoost}) as one contender among the others. It is
 * learnt per forecast call, twice: once from every series cut at its first backtest origin, to be
 * backtested on periods it never saw, and once from the whole histories, for the forecast itself.
 * The catalogue holds an untrained one so that it can be forced by name; it fits nothing until a
 * forecast call has trained it.
 *
 * <p>Its standard errors are the spread of the history's changes over one season (one period without
 * season), the same at every step: a scale for the series' noise that a season does not inflate. The
 * calibration on the backtest then sets how far out each step's quantiles lie.
 */
final class GlobalBoostModel implements ForecastModel {

    /** The name that forces this model. */
    static final String NAME = "gbm";

    /** The catalogue's placeholder: no trees, fits nothing. */
    static final GlobalBoostModel UNTRAINED = new GlobalBoostModel(Optional.empty(), 1);

    private final Optional<GlobalBoost> boost;
    private final int seasonLength;

    GlobalBoostModel(Optional<GlobalBoost> boost, int seasonLength) {
        this.boost = boost;
        this.seasonLength = seasonLength;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Trained, and four observations with a recent level above zero. */
    @Override
    public boolean canFit(double[] history, int seasonLength) {
        if (boost.isEmpty() || Observations.count(history) < 4) {
            return false;
        }
        double[] y = Observations.filled(history);
        return GlobalBoost.scale(y, y.length, this.seasonLength) > 0;
    }

    @Override
    public FittedModel fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException(boost.isEmpty()
                    ? "gbm is learnt from all series of a forecast call and was not trained here"
                    : "gbm needs at least 4 observations with a recent level above zero");
        }
        double[] y = Observations.filled(history);
        double squares = 0;
        int changes = 0;
        double[] residuals = new double[y.length];
        Arrays.fill(residuals, Double.NaN);
        int lag = y.length > this.seasonLength + 2 ? this.seasonLength : 1;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            squares += d * d;
            changes++;
        }
        return new Fit(boost.orElseThrow(), y, this.seasonLength, Math.sqrt(squares / Math.max(1, changes)), changes, residuals);
    }

    /** A history seen by the trees: forecasts are predicted when asked for. */
    record Fit(GlobalBoost boost, double[] history, int seasonLength, double sigma, int changes, double[] residuals)
            implements FittedModel {

        @Override
        public String description() {
            return NAME;
        }

        @Override
        public int historyLength() {
            return history.length;
        }

        @Override
        public double[] forecast(int horizon) {
            return boost.forecast(history, seasonLength, horizon);
        }

        @Override
        public double[] standardErrors(int horizon) {
            double[] out = new double[horizon];
            for (int k = 0; k < horizon; k++) {
                out[k] = sigma;
            }
            return out;
        }

        @Override
        public int degreesOfFreedom() {
            return changes;
        }

        @Override
        public double[] residuals() {
            return residuals.clone();
        }
    }
}
