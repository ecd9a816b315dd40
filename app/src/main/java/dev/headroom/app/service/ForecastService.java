package dev.headroom.app.service;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.usage.ForecastWriter;
import dev.headroom.io.usage.UsageReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Forecasting usage history on its own, without planning: {@code headroom forecast}. */
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

    /** Writes the forecast (CONTRACT §4) as CSV or as a workbook, by the file's extension. */
    public void write(List<SeriesForecast> forecasts, List<Double> levels, Path out) {
        ForecastWriter.write(forecasts, levels, out);
    }
}
