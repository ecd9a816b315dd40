package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.ExportCommands;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.io.project.Project;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Plan screen's state and commands: which scenario is shown (the workspace's, so exports write it), planning
 * it with the solver's progress, and its plan's figures and tables. Knows no controls.
 */
public final class PlanViewModel {

    private static final Texts T = Texts.of(PlanViewModel.class);

    private final Workspace workspace;
    private final Activity activity;
    private final ScenarioPlanner planner;
    private final PlanFreshness freshness;
    private final ExportCommands exports;
    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proof = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moves = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper solveTime = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Purchase> purchases = FXCollections.observableArrayList();
    private final ObservableList<Runway> runway = FXCollections.observableArrayList();
    private final ObservableList<UnmetDemand> unmet = FXCollections.observableArrayList();
    private final ObservableList<Assignment> placement = FXCollections.observableArrayList();
    private final ObservableList<PlanTables.HeatRow> heatMap = FXCollections.observableArrayList();
    private final BooleanBinding canPlan;

    public PlanViewModel(Workspace workspace, Activity activity, ScenarioPlanner planner, PlanFreshness freshness,
                         ExportCommands exports) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.exports = Objects.requireNonNull(exports, "exports");
        canPlan = Bindings.createBooleanBinding(() -> workspace.project().isPresent() && !activity.busyProperty().get(),
                workspace.projectProperty(), activity.busyProperty());
        workspace.projectProperty().addListener((o, a, p) -> refresh());
        workspace.selectedScenarioProperty().addListener((o, a, s) -> refresh());
        refresh();
    }

    /** Plans the shown scenario; Stop keeps the best plan found so far. */
    public void plan() {
        if (canPlan.get()) {
            planner.plan(List.of(scenarioProperty().get()));
        }
    }

    private void refresh() {
        Optional<Project> project = workspace.project();
        List<String> names = project.map(p -> p.allScenarios().stream().map(Scenario::name).toList()).orElse(List.of());
        if (!names.equals(scenarios)) {
            scenarios.setAll(names);
        }
        String shown = workspace.selectedScenarioProperty().get();
        if (project.isPresent() && !names.contains(shown)) {
            // The shown scenario was deleted or renamed: show the baseline instead.
            workspace.selectedScenarioProperty().set(Scenario.BASELINE);
            return;
        }
        Plan p = workspace.selectedPlan().orElse(null);
        outOfDate.set(p != null && freshness.isOutOfDate(shown));
        if (p == plan.get()) {
            return;
        }
        plan.set(p);
        PlanningInput input = p == null ? null : shownInput();
        headline.set(p == null ? "" : PlanWords.status(p.status()));
        proof.set(p == null ? "" : PlanWords.proof(p));
        cost.set(p == null ? "" : PlanWords.money(p.totalCost()));
        moves.set(p == null || p.moves().isEmpty() ? ""
                : T.get("cost.moves", p.moves().size(), PlanWords.money(p.moveCostTotal())));
        solveTime.set(p == null ? "" : PlanWords.seconds(p.solveSeconds()));
        purchases.setAll(p == null ? List.of() : p.purchases());
        runway.setAll(p == null ? List.of() : p.runway());
        unmet.setAll(p == null ? List.of() : p.unmet());
        placement.setAll(p == null ? List.of() : p.placement());
        heatMap.setAll(p == null || input == null ? List.of() : PlanTables.heatMap(p, input));
    }

    /** The shown scenario's input, or the baseline's when its changes no longer fit the input (for units only). */
    private PlanningInput shownInput() {
        try {
            return workspace.selectedInput().orElse(null);
        } catch (InvalidInputException e) {
            return workspace.input().orElse(null);
        }
    }

    /** Hands the shown plan on, as the File menu does: workbook, CSV, PDF report or JSON summary. */
    public ExportCommands exports() {
        return exports;
    }

    /** What to say where the results would be when there are none yet. */
    public String emptyMessage() {
        String s = scenarioProperty().get();
        return Scenario.BASELINE.equals(s) ? T.get("empty.baseline") : T.get("empty.scenario", s);
    }

    /** Nodes (or their cost) bought per pool and period, for the timeline chart. */
    public SortedMap<String, SortedMap<Period, Double>> timeline(boolean byCost) {
        Plan p = plan.get();
        return p == null ? new TreeMap<>() : PlanTables.timeline(p, byCost);
    }

    /** Each resource's unit, for column headers and tooltips. */
    public Map<String, String> units() {
        Map<String, String> units = new TreeMap<>();
        workspace.input().ifPresent(in -> in.resources().forEach(r -> units.put(r.name(), r.unit())));
        return units;
    }

    /** The baseline, then every what-if of the project. */
    public ObservableList<String> scenarios() {
        return scenarios;
    }

    /** The scenario shown, shared by every screen and the exports. */
    public ObjectProperty<String> scenarioProperty() {
        return workspace.selectedScenarioProperty();
    }

    public BooleanBinding canPlanProperty() {
        return canPlan;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return activity.busyProperty();
    }

    /** The shown scenario's plan; null when it has none. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The status in a few words. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** What the status means, with the gap to the best possible. */
    public ReadOnlyStringProperty proofProperty() {
        return proof.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty costProperty() {
        return cost.getReadOnlyProperty();
    }

    /** The moves between pools the cost includes, in words; empty when the plan moves nothing. */
    public ReadOnlyStringProperty movesProperty() {
        return moves.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty solveTimeProperty() {
        return solveTime.getReadOnlyProperty();
    }

    /** Whether the input or the scenario was edited since the shown plan was made. */
    public ReadOnlyBooleanProperty outOfDateProperty() {
        return outOfDate.getReadOnlyProperty();
    }

    public ObservableList<Purchase> purchases() {
        return purchases;
    }

    public ObservableList<Runway> runway() {
        return runway;
    }

    public ObservableList<UnmetDemand> unmet() {
        return unmet;
    }

    public ObservableList<Assignment> placement() {
        return placement;
    }

    public ObservableList<PlanTables.HeatRow> heatMap() {
        return heatMap;
    }

    /** The solver's best cost and bound over time in the latest run from this screen. */
    public ObservableList<ScenarioPlanner.SolvePoint> trace() {
        return planner.trace();
    }
}
