package dev.headroom.core.forecast;

import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A forecaster that applies the planner's {@link ForecastChoices} to another: the models forced per series go to
 * the base forecaster with the options (all series still in one call, so that intervals are calibrated on all of
 * them as without choices), and the manual adjustments are applied to what comes back.
 */
final class AdjustedForecaster implements Forecaster {

    private final Forecaster base;
    private final ForecastChoices choices;

    AdjustedForecaster(Forecaster base, ForecastChoices choices) {
        this.base = base;
        this.choices = choices;
    }

    @Override
    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                         ProgressListener progress, Cancellation cancellation) {
        ForecastOptions forced = options;
        if (!choices.forcedModels().isEmpty()) {
            Map<dev.headroom.core.model.SeriesKey, String> models = new TreeMap<>(options.seriesModels());
            models.putAll(choices.forcedModels());
            forced = options.withSeriesModels(models);
        }
        return choices.adjust(base.forecast(history, horizon, forced, progress, cancellation));
    }

    @Override
    public List<String> modelNames() {
        return base.modelNames();
    }
}
