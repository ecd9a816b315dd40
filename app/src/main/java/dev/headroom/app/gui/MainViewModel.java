package dev.headroom.app.gui;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.progress.Progress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * State and commands of the main window: the open planning input, its workloads, running the plan
 * with progress and cancel, and the purchases of the result. Knows no controls.
 */
public final class MainViewModel {

    private final PlanningService planning;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObjectProperty<PlanningInput> input = new SimpleObjectProperty<>();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObservableList<WorkloadRow> workloads = FXCollections.observableArrayList();
    private final ObservableList<Resource> resources = FXCollections.observableArrayList();
    private final ObservableList<Purchase> purchases = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Headroom");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a planning workbook or the sample.");
    private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private TaskRunner.Running running;

    public MainViewModel(PlanningService planning, TaskRunner tasks, DialogService dialogs) {
        this.planning = Objects.requireNonNull(planning);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        input.addListener((obs, old, in) -> {
            workloads.setAll(in == null ? List.of() : WorkloadRow.of(in));
            resources.setAll(in == null ? List.of() : in.resources());
            title.set(in == null ? "Headroom" : "Headroom — " + in.name());
        });
        plan.addListener((obs, old, p) -> {
            purchases.setAll(p == null ? List.of() : p.purchases());
            planSummary.set(p == null ? "" : summarize(p));
        });
    }

    /** Opens the bundled sample. */
    public void openSample() {
        show(planning.sample());
        status.set("Opened the sample: " + describe(input.get()));
    }

    /** Asks for a workbook and opens it. */
    public void openWorkbook() {
        dialogs.chooseWorkbookToOpen().ifPresent(this::open);
    }

    /** Reads a workbook in the background; problems are shown all at once and nothing is replaced. */
    public void open(Path file) {
        busy.set(true);
        status.set("Reading " + file.getFileName() + "…");
        running = tasks.run((p, c) -> planning.load(file), p -> { }, in -> {
            busy.set(false);
            show(in);
            status.set("Opened " + file.getFileName() + ": " + describe(in));
        }, error -> {
            busy.set(false);
            status.set("Could not open " + file.getFileName());
            dialogs.showError("Could not open " + file.getFileName(), messageOf(error));
        });
    }

    /** Shows an input; any plan belonged to the previous one, even when the new input is equal to it. */
    private void show(PlanningInput in) {
        plan.set(null);
        input.set(in);
    }

    /** Plans the open input in the background, reporting progress; the result replaces the last plan. */
    public void runPlan() {
        PlanningInput in = input.get();
        if (in == null || busy.get()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set("Planning…");
        running = tasks.run((p, c) -> planning.plan(in, p, c), this::onProgress, result -> {
            busy.set(false);
            progress.set(1);
            plan.set(result);
            status.set("Planned: " + result.status().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
        }, error -> {
            busy.set(false);
            progress.set(0);
            status.set("Planning stopped");
            if (!(error instanceof java.util.concurrent.CancellationException)) {
                dialogs.showError("Planning failed", messageOf(error));
            }
        });
    }

    /** Stops the running work. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void onProgress(Progress p) {
        progress.set(p.fraction());
        String best = p.bestCost().isPresent() ? String.format(Locale.ROOT, " — best %,.0f", p.bestCost().getAsDouble()) : "";
        status.set(p.stage() + ": " + p.message() + best);
    }

    private static String describe(PlanningInput in) {
        return in.workloads().size() + " workloads, " + in.pools().size() + " pools, " + in.resources().size()
                + " resources";
    }

    static String summarize(Plan p) {
        String bound = p.lowerBound().isPresent()
                ? String.format(Locale.ROOT, ", gap %.1f%%", 100 * p.gap().orElse(0)) : "";
        return String.format(Locale.ROOT, "%s — total cost %,.0f%s, %d purchases, %d unmet", p.status(),
                p.totalCost(), bound, p.purchases().size(), p.unmet().size());
    }

    static String messageOf(Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
        }
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    public ReadOnlyObjectProperty<PlanningInput> inputProperty() {
        return input;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObservableList<WorkloadRow> workloads() {
        return FXCollections.unmodifiableObservableList(workloads);
    }

    public ObservableList<Resource> resources() {
        return FXCollections.unmodifiableObservableList(resources);
    }

    public ObservableList<Purchase> purchases() {
        return FXCollections.unmodifiableObservableList(purchases);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planSummaryProperty() {
        return planSummary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the Plan command can run now. */
    public BooleanBinding canPlanProperty() {
        return Bindings.createBooleanBinding(() -> input.get() != null && !busy.get(), input, busy);
    }
}
