package dev.headroom.app.service;

import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.usage.ForecastWriter;
import dev.headroom.io.usage.UsageReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Forecasting usage history on its own, without planning: {@code headroom forecast} and the Forecast screen. */
public final class ForecastService {

    private final Forecaster forecaster;
    private final List<String> modelNames;

    /**
     * @param modelNames the names a planner may force with {@code --model}
     */
    public ForecastService(Forecaster forecaster, List<String> modelNames) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.modelNames = List.copyOf(modelNames);
    }

    public List<String> modelNames() {
        return modelNames;
    }

    /** Reads usage history (CSV or workbook, long or wide layout) at the coarsest period notation it uses. */
    public List<TimeSeries> readUsage(Path file) {
        return UsageReader.read(file, Optional.empty(), Map.of());
    }

    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                         ProgressListener progress, Cancellation cancellation) {
        return forecaster.forecast(history, horizon, options, progress, cancellation);
    }

    /**
     * Forecasts every usage series of a planning input as planning it would (same horizon, levels, seed, and all
     * series in one call), with the given models forced per series and no manual adjustment: a screen applies
     * those on top ({@link ForecastChoices#adjust}) without forecasting again.
     */
    public List<SeriesForecast> forecastInput(PlanningInput input, Map<SeriesKey, String> models,
                                              ProgressListener progress, Cancellation cancellation) {
        Forecaster forced = new ForecastChoices(new TreeMap<>(models), List.of()).forecaster(forecaster);
        return new Planner(forced).forecast(input, progress, cancellation);
    }

    /**
     * A quick forecast of one series of the input with a model forced ({@code null} for the automatic choice), the
     * horizon and options a plan uses: what a screen shows while {@link #forecastInput} forecasts every series
     * again. Its intervals are calibrated on this series alone.
     */
    public SeriesForecast forecastSeries(PlanningInput input, SeriesKey key, String model, ProgressListener progress,
                                         Cancellation cancellation) {
        Map<SeriesKey, String> forced = new TreeMap<>();
        if (model != null) {
            forced.put(key, model);
        }
        Forecaster f = new ForecastChoices(new TreeMap<>(forced), List.of()).forecaster(forecaster);
        List<SeriesForecast> one = new Planner(f).forecast(input, java.util.Set.of(key), progress, cancellation);
        if (one.isEmpty()) {
            throw new IllegalArgumentException(input.name() + " has no usage history of " + key);
        }
        return one.getFirst();
    }

    /** Writes the forecast (CONTRACT §4) as CSV or as a workbook, by the file's extension. */
    public void write(List<SeriesForecast> forecasts, List<Double> levels, Path out) {
        ForecastWriter.write(forecasts, levels, out);
    }
}
