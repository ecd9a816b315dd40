package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ForecastService;
import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.project.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The Forecast screen: every usage series with the model that forecast it and its backtest error; for the
 * selected one the history, the model's fit, the forecast and its 80% and 95% fan, the accuracy in words, the
 * model the planner may force and the manual adjustments. Forecasts come from {@link ForecastRuns} (all series
 * in one call, as a plan makes them); adjustments are applied on top without forecasting again. Choices are
 * stored in the project through {@link Workspace#update}, so plans use them and the project becomes unsaved.
 */
public final class ForecastViewModel {

    private static final Texts T = Texts.of(ForecastViewModel.class);

    /** The model choice that leaves a series to the automatic choice by backtest. */
    public static final String AUTOMATIC = T.get("model.automatic");

    private final Workspace workspace;
    private final DialogService dialogs;
    private final ForecastRuns runs;
    private final ObservableList<SeriesRow> rows = FXCollections.observableArrayList();
    private final FilteredList<SeriesRow> visibleRows = new FilteredList<>(rows, r -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SeriesKey> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> modelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<String> model = new SimpleObjectProperty<>(AUTOMATIC);
    private final ObservableList<ForecastAdjustment> adjustments = FXCollections.observableArrayList();
    private final AdjustmentEditor editor = new AdjustmentEditor();
    private final ReadOnlyObjectWrapper<FanData> fan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accuracyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper forecasting = new ReadOnlyBooleanWrapper(false);
    private final Map<SeriesKey, TimeSeries> history = new LinkedHashMap<>();
    private Map<SeriesKey, SeriesForecast> forecasts = Map.of();
    /** The models forced when {@link #forecasts} were made: the marks "(chosen)" follow them, not a choice being forecast. */
    private Map<SeriesKey, String> forecastModels = Map.of();
    private boolean syncing;

    public ForecastViewModel(Workspace workspace, ForecastService forecasting, TaskRunner tasks, DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.runs = new ForecastRuns(forecasting, tasks);
        modelChoices.add(AUTOMATIC);
        modelChoices.addAll(forecasting.modelNames());
        filter.addListener((o, a, f) -> visibleRows.setPredicate(r -> r.matches(f)));
        selected.addListener((o, a, b) -> showSelected());
        model.addListener((o, a, m) -> {
            if (!syncing && selected.get() != null && m != null) {
                SeriesKey key = selected.get();
                workspace.update(T.get("edit.model", key), p -> p.withForecastChoices(p.forecastChoices()
                        .withModel(key, AUTOMATIC.equals(m) ? null : m)));
            }
        });
        workspace.projectProperty().addListener((o, before, after) -> onProject(before, after));
        onProject(null, workspace.projectProperty().get());
    }

    private void onProject(Project before, Project after) {
        if (after == null) {
            runs.stop();
            history.clear();
            rows.clear();
            forecasts = Map.of();
            forecastModels = Map.of();
            forecasting.set(false);
            status.set("");
            selected.set(null);
            showSelected();
            return;
        }
        boolean newInput = before == null || !ForecastRuns.Basis.of(before.input()).equals(ForecastRuns.Basis.of(after.input()));
        if (newInput) {
            history.clear();
            after.input().usage().forEach(s -> history.put(s.key(), s));
            forecasts = Map.of();
            forecastModels = Map.of();
            rows.setAll(history.keySet().stream().map(SeriesRow::new).toList());
            SeriesKey keep = selected.get();
            selected.set(keep != null && history.containsKey(keep) ? keep : DefaultSeries.pick(after.input().usage()));
        }
        if (newInput || !before.forecastChoices().models().equals(after.forecastChoices().models())) {
            forecast(after);
            if (!newInput) {
                preview(before.forecastChoices().models(), after);
            }
        }
        showSelected();
    }

    /**
     * While every series is forecast again after a model was forced or returned to automatic, shows that series
     * forecast alone, so that the choice is seen at once.
     */
    private void preview(Map<SeriesKey, String> before, Project after) {
        Map<SeriesKey, String> now = after.forecastChoices().models();
        java.util.Set<SeriesKey> changed = new java.util.HashSet<>(before.keySet());
        changed.addAll(now.keySet());
        changed.removeIf(k -> Objects.equals(before.get(k), now.get(k)));
        if (changed.size() != 1 || !forecasting.get()) {
            return;
        }
        SeriesKey key = changed.iterator().next();
        String model = now.get(key);
        runs.preview(after.input(), key, model, f -> {
            Map<SeriesKey, SeriesForecast> shown = new LinkedHashMap<>(forecasts);
            shown.put(key, f);
            forecasts = shown;
            Map<SeriesKey, String> models = new java.util.TreeMap<>(forecastModels);
            models.remove(key);
            if (model != null) {
                models.put(key, model);
            }
            forecastModels = models;
            status.set(T.get("status.firstLook", key));
            showSelected();
        });
    }

    private void forecast(Project project) {
        PlanningInput input = project.input();
        if (input.usage().isEmpty()) {
            status.set(T.get("status.noUsage"));
            return;
        }
        forecasting.set(true);
        status.set(T.get("status.forecasting"));
        Map<SeriesKey, String> models = project.forecastChoices().models();
        runs.request(input, models, p -> status.set(T.get("status.progress", p.messageIn(T.locale()))), ready -> {
            forecasting.set(false);
            status.set("");
            forecasts = ready;
            forecastModels = models;
            showSelected();
        }, error -> {
            forecasting.set(false);
            if (error instanceof CancellationException) {
                status.set(T.get("status.stopped"));
            } else {
                status.set(T.get("status.failed", Messages.of(error)));
                dialogs.showError(T.get("status.failed.title"), Messages.of(error));
            }
        });
    }

    /** Brings the rows, the chart, the texts, the model choice and the adjustments up to date with the project. */
    private void showSelected() {
        ForecastChoices choices = workspace.project().map(Project::forecastChoices).orElse(ForecastChoices.NONE);
        for (SeriesRow row : rows) {
            SeriesForecast f = forecasts.get(row.key());
            boolean forced = forecastModels.containsKey(row.key());
            row.show(f == null ? "" : forced ? T.get("model.chosenMark", f.model()) : f.model(), f == null ? "" : AccuracyWords.mase(f.accuracy()),
                    choices.adjustmentsOf(row.key()).size());
        }
        SeriesKey key = selected.get();
        syncing = true;
        try {
            model.set(key == null ? AUTOMATIC : choices.modelOf(key).orElse(AUTOMATIC));
        } finally {
            syncing = false;
        }
        adjustments.setAll(key == null ? List.of() : choices.adjustmentsOf(key));
        TimeSeries series = key == null ? null : history.get(key);
        SeriesForecast f = key == null ? null : forecasts.get(key);
        String unit = key == null ? "" : unitOf(key);
        title.set(key == null ? "" : unit.isBlank() ? T.get("title", key.workload(), key.resource())
                : T.get("title.unit", key.workload(), key.resource(), unit));
        if (series == null || f == null) {
            fan.set(null);
            modelText.set("");
            accuracyText.set("");
            editor.prepare(unit, null);
            return;
        }
        SeriesForecast adjusted = choices.adjust(f);
        fan.set(FanData.of(series, adjusted));
        String forced = forecastModels.get(key);
        String how = forced != null ? T.get("model.forced", f.model(), forced) : T.get("model.automatic.text", f.model());
        modelText.set(adjusted == f ? how : T.get("model.adjusted", how));
        accuracyText.set(AccuracyWords.describe(f.accuracy()));
        editor.prepare(unit, f.start());
    }

    private String unitOf(SeriesKey key) {
        return workspace.input().flatMap(in -> in.resource(key.resource())).map(Resource::unit).orElse("");
    }

    /** Adds the adjustment the editor describes to the selected series; false (the editor saying why) when it cannot. */
    public boolean addAdjustment() {
        SeriesKey key = selected.get();
        if (key == null || workspace.input().isEmpty()) {
            return false;
        }
        return editor.read(key, workspace.input().get().settings().frequency()).map(a -> {
            workspace.update(T.get("edit.adjust", key), p -> p.withForecastChoices(p.forecastChoices().withAdjustment(a)));
            return true;
        }).orElse(false);
    }

    /** Removes one of the selected series' adjustments. */
    public void removeAdjustment(ForecastAdjustment a) {
        if (a != null) {
            workspace.update(T.get("edit.removeAdjustment", a.series()), p -> p.withForecastChoices(p.forecastChoices().withoutAdjustment(a)));
        }
    }

    /** Every series, filtered by {@link #filterProperty()}. */
    public ObservableList<SeriesRow> series() {
        return visibleRows;
    }

    /** Text a series' workload or resource must contain to be listed. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The series shown; a sensible one is chosen when a project opens. */
    public ObjectProperty<SeriesKey> selectedProperty() {
        return selected;
    }

    /** "Automatic", then every model a planner may force, richest first. */
    public ObservableList<String> modelChoices() {
        return modelChoices;
    }

    /** The model chosen for the selected series; setting it stores the choice in the project. */
    public ObjectProperty<String> modelProperty() {
        return model;
    }

    /** The selected series' manual adjustments, in the order they apply. */
    public ObservableList<ForecastAdjustment> adjustments() {
        return adjustments;
    }

    public AdjustmentEditor editor() {
        return editor;
    }

    /** What the chart draws for the selected series; null while it has no forecast yet. */
    public ReadOnlyObjectProperty<FanData> fanProperty() {
        return fan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelTextProperty() {
        return modelText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accuracyTextProperty() {
        return accuracyText.getReadOnlyProperty();
    }

    /** What the screen is doing ("Forecast 40 of 164 series…"), or why it has nothing to show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty forecastingProperty() {
        return forecasting.getReadOnlyProperty();
    }

    /** Forecast runs started so far (each forecasts every series once). */
    int forecastRuns() {
        return runs.started();
    }

    /** The series in the list, filter or not, for tests. */
    List<SeriesRow> allRows() {
        return new ArrayList<>(rows);
    }
}
