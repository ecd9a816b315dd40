package dev.headroom.forecast;

/**
 * How well a model would have forecast this series' own recent past: the model is fitted on the
 * history without its last observations and scored on them with MASE — the mean absolute error
 * divided by the in-sample mean absolute error of the naive forecast (the value one season earlier, or
 * one period earlier when the series has no season), so 1 means "as good as naive" on any scale.
 */
public final class Backtest {

    private Backtest() {
    }

    /**
     * The MASE of one holdout: the last {@code min(horizon, n / 4)} of the {@code n} observations are held
     * out, the model is fitted on the periods before the first of them and forecasts the rest.
     *
     * @return the MASE, or NaN when there is too little history: nothing to hold out, the model cannot
     *         be fitted on what remains, or that part has no variation to scale the errors by
     */
    public static double mase(ForecastModel model, double[] history, int seasonLength, int horizon) {
        Observations.check(history, seasonLength);
        int[] observed = Observations.observed(history);
        int held = Math.min(horizon, observed.length / 4);
        if (held < 1) {
            return Double.NaN;
        }
        int origin = observed[observed.length - held];
        double[] training = java.util.Arrays.copyOf(history, origin);
        if (!model.canFit(training, seasonLength)) {
            return Double.NaN;
        }
        double scale = naiveError(training, seasonLength);
        if (!(scale > 0)) {
            return Double.NaN;
        }
        double[] forecast = Intervals.clipAtZero(model.fit(training, seasonLength).forecast(history.length - origin));
        double error = 0;
        for (int i = observed.length - held; i < observed.length; i++) {
            int t = observed[i];
            error += Math.abs(history[t] - forecast[t - origin]);
        }
        return error / held / scale;
    }

    /**
     * Mean absolute change over one season (or one period when the season is 1 or longer than the
     * data), over pairs of periods that were both observed; NaN when there is no such pair.
     */
    static double naiveError(double[] history, int seasonLength) {
        int lag = seasonLength > 1 && hasPair(history, seasonLength) ? seasonLength : 1;
        double sum = 0;
        int pairs = 0;
        for (int t = lag; t < history.length; t++) {
            if (!Double.isNaN(history[t]) && !Double.isNaN(history[t - lag])) {
                sum += Math.abs(history[t] - history[t - lag]);
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    private static boolean hasPair(double[] history, int lag) {
        for (int t = lag; t < history.length; t++) {
            if (!Double.isNaN(history[t]) && !Double.isNaN(history[t - lag])) {
                return true;
            }
        }
        return false;
    }
}
