package dev.headroom.forecast;

/**
 * The forecasting benchmarks every method must beat: naive (the last value carried forward),
 * seasonal naive (the value one season earlier) and drift (the line from the first to the last
 * value, extended). Their standard errors are those of the random walk they assume (Hyndman and
 * Athanasopoulos, "Forecasting: principles and practice", 5.5).
 */
public final class BenchmarkModel implements ForecastModel {

    /** Which benchmark. */
    public enum Kind {
        NAIVE("naive"), SEASONAL_NAIVE("snaive"), DRIFT("drift");

        private final String modelName;

        Kind(String modelName) {
            this.modelName = modelName;
        }
    }

    private final Kind kind;

    public BenchmarkModel(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.modelName;
    }

    /** Naive needs one observation, drift two, seasonal naive a season longer than 1 and one season plus one period. */
    @Override
    public boolean canFit(double[] history, int seasonLength) {
        int n = Observations.count(history);
        return switch (kind) {
            case NAIVE -> n >= 1;
            case DRIFT -> n >= 2;
            case SEASONAL_NAIVE -> seasonLength > 1 && history.length > seasonLength && n > seasonLength;
        };
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException(name() + " cannot forecast " + Observations.count(history)
                    + " observations with a season of " + seasonLength);
        }
        double[] y = Observations.filled(history);
        int n = y.length;
        int lag = kind == Kind.SEASONAL_NAIVE ? seasonLength : 1;
        double drift = kind == Kind.DRIFT ? (y[n - 1] - y[0]) / (n - 1) : 0;
        double[] residuals = new double[n];
        double squares = 0;
        int count = 0;
        for (int t = 0; t < n; t++) {
            if (t < lag || Double.isNaN(history[t])) {
                residuals[t] = Double.NaN;
                continue;
            }
            residuals[t] = y[t] - y[t - lag] - drift;
            squares += residuals[t] * residuals[t];
            count++;
        }
        double[] lastSeason = new double[lag];
        System.arraycopy(y, n - lag, lastSeason, 0, lag);
        double sigma = count == 0 ? 0 : Math.sqrt(squares / count);
        return new Fit(kind, n, lastSeason, drift, sigma, count, residuals);
    }

    /**
     * A fitted benchmark.
     *
     * @param lastSeason the last value (naive, drift) or the last season's values (seasonal naive)
     * @param drift      the change per period (drift only)
     * @param sigma      the spread of the one-step (one-season) changes
     */
    public record Fit(Kind kind, int historyLength, double[] lastSeason, double drift, double sigma, int changes,
                      double[] errors) implements FittedModel {

        public Fit {
            lastSeason = lastSeason.clone();
            errors = errors.clone();
        }

        @Override
        public String description() {
            return kind.modelName;
        }

        @Override
        public double[] forecast(int horizon) {
            double[] out = new double[horizon];
            int m = lastSeason.length;
            for (int k = 0; k < horizon; k++) {
                out[k] = lastSeason[k % m] + drift * (k + 1);
            }
            return out;
        }

        @Override
        public double[] standardErrors(int horizon) {
            double[] out = new double[horizon];
            int m = lastSeason.length;
            for (int k = 0; k < horizon; k++) {
                int h = k + 1;
                double factor = switch (kind) {
                    case NAIVE -> h;
                    case SEASONAL_NAIVE -> k / m + 1;
                    case DRIFT -> h * (1 + (double) h / Math.max(1, historyLength - 1));
                };
                out[k] = sigma * Math.sqrt(factor);
            }
            return out;
        }

        @Override
        public int degreesOfFreedom() {
            return kind == Kind.DRIFT ? Math.max(0, changes - 1) : changes;
        }

        @Override
        public double[] residuals() {
            return errors.clone();
        }
    }
}
