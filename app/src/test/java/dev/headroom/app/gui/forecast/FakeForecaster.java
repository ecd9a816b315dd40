package dev.headroom.app.gui.forecast;

import dev.headroom.core.forecast.BacktestAccuracy;
import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A forecaster with known answers that remembers its calls: each series is forecast flat at its last value
 * (point), ±10% and ±20% for every quantile below and above the median, fitted at its history; the model is the
 * one forced for the series, else "auto".
 */
final class FakeForecaster implements Forecaster {

    final List<ForecastOptions> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    RuntimeException failWith;

    @Override
    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                         ProgressListener progress, Cancellation cancellation) {
        calls.add(options);
        if (failWith != null) {
            throw failWith;
        }
        List<SeriesForecast> out = new ArrayList<>();
        for (TimeSeries s : history) {
            double last = s.valueAt(s.length() - 1);
            double[] point = new double[horizon];
            Arrays.fill(point, last);
            TreeMap<Double, double[]> q = new TreeMap<>();
            for (double level : options.quantiles()) {
                double[] v = new double[horizon];
                double spread = level < 0.05 || level > 0.95 ? 0.2 : 0.1;
                Arrays.fill(v, last * (level < 0.5 ? 1 - spread : 1 + spread));
                q.put(level, v);
            }
            out.add(new SeriesForecast(s.key(), s.end().next(), point, q, options.modelFor(s.key()).orElse("auto"),
                    new BacktestAccuracy(0.5, 8, 0.8, 0.95, 3), s.values()));
        }
        return out;
    }

    @Override
    public List<String> modelNames() {
        return List.of("theta", "naive", "flat");
    }
}
