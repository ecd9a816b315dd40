package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.service.ForecastService;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.progress.ProgressListener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The forecasts behind the screen: every series of the input in one call, as a plan would forecast them, run off
 * the screen's thread and kept per set of models the planner forced (a few sets, most recent first), so that
 * going back to an earlier choice is instant. A request for other models or another input drops the running
 * one's result and asks it to stop. Manual adjustments are not forecast here: the screen applies them on top.
 */
final class ForecastRuns {

    /** Sets of forced models kept: enough to go back and forth between a few choices. */
    private static final int KEPT = 6;

    private final ForecastService service;
    private final TaskRunner tasks;
    private final Map<Map<SeriesKey, String>, Map<SeriesKey, SeriesForecast>> kept =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Map<SeriesKey, String>, Map<SeriesKey, SeriesForecast>> e) {
                    return size() > KEPT;
                }
            };
    private Basis keptFor;
    private Object current;
    private Map<SeriesKey, String> currentModels;
    private TaskRunner.Running running;
    private Object currentPreview;
    private TaskRunner.Running preview;
    private int started;

    ForecastRuns(ForecastService service, TaskRunner tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /**
     * Hands the forecasts of {@code input} with {@code models} forced to {@code onReady}: at once when they are
     * kept, else when a run made for them ends (unless a later request came first).
     *
     * @return whether a forecast run was started
     */
    boolean request(PlanningInput input, Map<SeriesKey, String> models, ProgressListener progress,
                    Consumer<Map<SeriesKey, SeriesForecast>> onReady, Consumer<Throwable> onFailed) {
        Basis basis = Basis.of(input);
        if (!basis.equals(keptFor)) {
            kept.clear();
            keptFor = basis;
        }
        Map<SeriesKey, SeriesForecast> ready = kept.get(models);
        if (ready != null) {
            stop();
            onReady.accept(ready);
            return false;
        }
        if (running != null && models.equals(currentModels)) {
            return false;
        }
        stop();
        Object token = new Object();
        current = token;
        currentModels = Map.copyOf(models);
        started++;
        TaskRunner.Running run = tasks.run((p, c) -> service.forecastInput(input, models, p, c), progress, forecasts -> {
            if (current == token) {
                running = null;
                current = null;
                stopPreview();
                Map<SeriesKey, SeriesForecast> byKey = byKey(forecasts);
                if (basis.equals(keptFor)) {
                    kept.put(Map.copyOf(models), byKey);
                }
                onReady.accept(byKey);
            }
        }, error -> {
            if (current == token) {
                running = null;
                current = null;
                stopPreview();
                onFailed.accept(error);
            }
        });
        // A runner on the calling thread has already finished it.
        if (current == token) {
            running = run;
        }
        return true;
    }

    /**
     * While every series is being forecast again: a quick forecast of the one series whose model changed, handed to
     * {@code onReady} unless the full forecast or another request comes first. Failures are left to the full run.
     */
    void preview(PlanningInput input, SeriesKey key, String model, Consumer<SeriesForecast> onReady) {
        stopPreview();
        if (running == null) {
            return;
        }
        Object token = new Object();
        currentPreview = token;
        TaskRunner.Running run = tasks.run((p, c) -> service.forecastSeries(input, key, model, p, c),
                ProgressListener.NONE, f -> {
                    if (currentPreview == token) {
                        currentPreview = null;
                        preview = null;
                        onReady.accept(f);
                    }
                }, error -> {
                    if (currentPreview == token) {
                        currentPreview = null;
                        preview = null;
                    }
                });
        if (currentPreview == token) {
            preview = run;
        }
    }

    private void stopPreview() {
        currentPreview = null;
        if (preview != null) {
            preview.cancel();
            preview = null;
        }
    }

    /** Stops the running forecast, if any; its result will be dropped. */
    void stop() {
        stopPreview();
        current = null;
        currentModels = null;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Forecast runs started so far. */
    int started() {
        return started;
    }

    /**
     * What forecasts depend on: the usage history and the settings (frequency, horizon, plan start, sizing quantile,
     * seed). Edits of anything else (workloads' placement, pools, node types) keep the forecasts.
     */
    record Basis(List<dev.headroom.core.model.TimeSeries> usage, dev.headroom.core.model.Settings settings) {
        static Basis of(PlanningInput input) {
            return new Basis(input.usage(), input.settings());
        }
    }

    private static Map<SeriesKey, SeriesForecast> byKey(List<SeriesForecast> forecasts) {
        Map<SeriesKey, SeriesForecast> out = new LinkedHashMap<>();
        forecasts.forEach(f -> out.put(f.key(), f));
        return out;
    }
}
