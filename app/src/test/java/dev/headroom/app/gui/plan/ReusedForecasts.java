package dev.headroom.app.gui.plan;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A forecaster that forecasts the same history with the same options once, for screen tests that plan the
 * sample many times: forecasters are deterministic (the port's contract), so a reused forecast is the one a new
 * run would make. Like the real one, it reports progress and gives up when cancelled.
 */
final class ReusedForecasts implements Forecaster {

    private record Request(List<TimeSeries> history, int horizon, ForecastOptions options) {
    }

    private final Forecaster forecaster;
    private final Map<Request, List<SeriesForecast>> made = new HashMap<>();

    ReusedForecasts(Forecaster forecaster) {
        this.forecaster = forecaster;
    }

    @Override
    public synchronized List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                                      ProgressListener progress, Cancellation cancellation) {
        Request request = new Request(List.copyOf(history), horizon, options);
        List<SeriesForecast> known = made.get(request);
        if (known == null) {
            known = forecaster.forecast(history, horizon, options, progress, cancellation);
            made.put(request, known);
            return known;
        }
        progress.onProgress(Progress.of("Forecasting", 1, "forecasts reused"));
        if (cancellation.isCancelled()) {
            throw new CancellationException("forecasting was cancelled");
        }
        return known;
    }
}
