package dev.headroom.core.forecast;

/**
 * How well a series' chosen model did out of sample, in rolling-origin backtest.
 * Each figure is NaN when the history was too short to measure it.
 *
 * @param mase       mean absolute scaled error (below 1 beats the seasonal naive forecast)
 * @param smape      symmetric mean absolute percentage error, in percent (0–200)
 * @param coverage80 share of held-out values inside the 80% interval
 * @param coverage95 share of held-out values inside the 95% interval
 * @param origins    forecast origins used in the backtest
 */
public record BacktestAccuracy(double mase, double smape, double coverage80, double coverage95, int origins) {

    /** Nothing was measured. */
    public static final BacktestAccuracy UNKNOWN = new BacktestAccuracy(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

    public static BacktestAccuracy ofMase(double mase) {
        return new BacktestAccuracy(mase, Double.NaN, Double.NaN, Double.NaN, Double.isNaN(mase) ? 0 : 1);
    }
}
