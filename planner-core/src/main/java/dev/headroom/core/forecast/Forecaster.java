package dev.headroom.core.forecast;

import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.List;

/**
 * The port through which the planner gets demand forecasts; the {@code forecast} module implements it.
 * Implementations are deterministic for the same input and options, and honour the models the options force,
 * for every series or for single ones.
 */
public interface Forecaster {

    /**
     * Forecasts each series {@code horizon} periods past its last period.
     *
     * @return one forecast per input series, in the input's order
     */
    List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                  ProgressListener progress, Cancellation cancellation);

    /**
     * The model names {@link ForecastOptions#model()} and {@link ForecastOptions#seriesModels()} may force,
     * richest first; empty when this forecaster lets nobody choose.
     */
    default List<String> modelNames() {
        return List.of();
    }
}
