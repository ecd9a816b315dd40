package dev.headroom.core.forecast;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The forecast of one series: a point forecast and quantiles for consecutive periods from {@code start}.
 *
 * @param quantiles  quantile level (e.g. 0.1, 0.9) → values per period; monotone in the level
 * @param model      the model that made it, as shown to the planner
 * @param accuracy   how well that model did in backtest
 * @param fitted     the chosen model's fit to the history, one value per period of the history's last
 *                   {@code fitted.length} periods (those right before {@code start}), NaN where it has none;
 *                   empty when the forecaster does not say. Evidence for the planner's eye: it is not
 *                   compared by {@link #equals} and not kept in saved plans
 */
public record SeriesForecast(SeriesKey key, Period start, double[] point, NavigableMap<Double, double[]> quantiles,
                             String model, BacktestAccuracy accuracy, double[] fitted) {

    /** A forecast without its fit to the history. */
    public SeriesForecast(SeriesKey key, Period start, double[] point, NavigableMap<Double, double[]> quantiles,
                          String model, BacktestAccuracy accuracy) {
        this(key, start, point, quantiles, model, accuracy, new double[0]);
    }

    public SeriesForecast {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        point = point.clone();
        TreeMap<Double, double[]> copy = new TreeMap<>();
        for (Map.Entry<Double, double[]> e : quantiles.entrySet()) {
            if (e.getValue().length != point.length) {
                throw new IllegalArgumentException("quantile " + e.getKey() + " of " + key + " has "
                        + e.getValue().length + " periods, the point forecast " + point.length);
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        quantiles = Collections.unmodifiableNavigableMap(copy);
        model = model == null ? "" : model;
        accuracy = accuracy == null ? BacktestAccuracy.UNKNOWN : accuracy;
        fitted = fitted == null ? new double[0] : fitted.clone();
    }

    /** A forecast whose backtest measured only MASE. */
    public SeriesForecast(SeriesKey key, Period start, double[] point, NavigableMap<Double, double[]> quantiles,
                          String model, double backtestMase) {
        this(key, start, point, quantiles, model, BacktestAccuracy.ofMase(backtestMase));
    }

    /** The chosen model's out-of-sample MASE in backtest, NaN when there was too little history. */
    public double backtestMase() {
        return accuracy.mase();
    }

    /**
     * The first forecast period in which the given quantile of demand exceeds {@code capacity}:
     * when this series alone would run out of that capacity. Empty when it does not within the horizon.
     */
    public java.util.Optional<Period> firstCrossing(double quantileLevel, double capacity) {
        for (int step = 0; step < point.length; step++) {
            if (quantile(quantileLevel, step) > capacity) {
                return java.util.Optional.of(periodAt(step));
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /** The period of the {@code i}-th fitted value. */
    public Period fittedPeriodAt(int i) {
        return start.minus(fitted.length - (long) i);
    }

    /** The same forecast with another point forecast and quantiles: model, accuracy and fit are kept. */
    public SeriesForecast withValues(double[] newPoint, NavigableMap<Double, double[]> newQuantiles) {
        return new SeriesForecast(key, start, newPoint, newQuantiles, model, accuracy, fitted);
    }

    public int horizon() {
        return point.length;
    }

    public Period periodAt(int step) {
        return start.plus(step);
    }

    /**
     * The forecast at a quantile level for one step. A level that was computed is returned as is;
     * one between two computed levels is interpolated linearly; 0.5 falls back to the point forecast.
     *
     * @throws IllegalArgumentException when the level lies outside the computed ones
     */
    public double quantile(double level, int step) {
        double[] exact = quantiles.get(level);
        if (exact != null) {
            return exact[step];
        }
        TreeMap<Double, double[]> withPoint = new TreeMap<>(quantiles);
        withPoint.putIfAbsent(0.5, point);
        Map.Entry<Double, double[]> lo = withPoint.floorEntry(level);
        Map.Entry<Double, double[]> hi = withPoint.ceilingEntry(level);
        if (lo == null || hi == null) {
            throw new IllegalArgumentException("quantile " + level + " of " + key + " was not computed (have "
                    + quantiles.keySet() + ")");
        }
        if (lo.getKey().equals(hi.getKey())) {
            return lo.getValue()[step];
        }
        double w = (level - lo.getKey()) / (hi.getKey() - lo.getKey());
        return lo.getValue()[step] + w * (hi.getValue()[step] - lo.getValue()[step]);
    }

    /** Lower bound of the central interval at a level, e.g. 0.8 → the 0.1 quantile. */
    public double lower(double level, int step) {
        return quantile(ForecastOptions.lowerQuantile(level), step);
    }

    /** Upper bound of the central interval at a level, e.g. 0.8 → the 0.9 quantile. */
    public double upper(double level, int step) {
        return quantile(ForecastOptions.upperQuantile(level), step);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SeriesForecast f) || !key.equals(f.key) || !start.equals(f.start)
                || !Arrays.equals(point, f.point) || !model.equals(f.model)
                || !accuracy.equals(f.accuracy)
                || !quantiles.keySet().equals(f.quantiles.keySet())) {
            return false;
        }
        return quantiles.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), f.quantiles.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, start, Arrays.hashCode(point), model);
    }

    @Override
    public String toString() {
        return "SeriesForecast[" + key + " from " + start + ", " + point.length + " periods, " + model + "]";
    }
}
