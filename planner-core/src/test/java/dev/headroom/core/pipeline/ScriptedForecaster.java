package dev.headroom.core.pipeline;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A forecaster with known answers: the quantile q of a series at step s is
 * {@code base(series) + 1000 q + s}, so a test can tell which quantile and which step was read.
 * It remembers how it was called.
 */
final class ScriptedForecaster implements Forecaster {

    private final Map<SeriesKey, Double> base;
    final List<Integer> horizons = new ArrayList<>();
    final List<ForecastOptions> options = new ArrayList<>();
    final List<List<SeriesKey>> batches = new ArrayList<>();

    ScriptedForecaster(Map<SeriesKey, Double> base) {
        this.base = base;
    }

    static double value(double base, double quantile, int step) {
        return base + 1000 * quantile + step;
    }

    @Override
    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions opts,
                                         ProgressListener progress, Cancellation cancellation) {
        horizons.add(horizon);
        options.add(opts);
        batches.add(history.stream().map(TimeSeries::key).toList());
        List<SeriesForecast> forecasts = new ArrayList<>();
        for (TimeSeries series : history) {
            double b = base.get(series.key());
            double[] point = new double[horizon];
            TreeMap<Double, double[]> quantiles = new TreeMap<>();
            for (double q : opts.quantiles()) {
                double[] values = new double[horizon];
                for (int s = 0; s < horizon; s++) {
                    values[s] = value(b, q, s);
                    point[s] = value(b, 0.5, s);
                }
                quantiles.put(q, values);
            }
            forecasts.add(new SeriesForecast(series.key(), series.end().next(), point, quantiles, "scripted", Double.NaN));
        }
        return forecasts;
    }
}
