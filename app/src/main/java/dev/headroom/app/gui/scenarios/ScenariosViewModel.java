package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.plan.PlanFreshness;
import dev.headroom.app.gui.plan.PlanWords;
import dev.headroom.app.gui.plan.ScenarioPlanner;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.project.Project;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Scenarios screen's state and commands: the project's what-ifs (the baseline first), creating one from
 * the baseline, editing its changes ({@link ScenarioEditor}), deleting it, planning one or all, and comparing
 * the ticked ones side by side. Knows no controls.
 */
public final class ScenariosViewModel {

    private static final Texts T = Texts.of(ScenariosViewModel.class);

    private final Workspace workspace;
    private final ScenarioPlanner planner;
    private final PlanFreshness freshness;
    private final DialogService dialogs;
    private final ScenarioEditor editor;
    private final ObservableList<ScenarioItem> items = FXCollections.observableArrayList();
    private final Set<String> compared = new LinkedHashSet<>();
    private boolean comparedChosen;
    private final ObservableList<String> comparedColumns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRows.Row> comparison = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Double>> costs = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper comparisonNote = new ReadOnlyStringWrapper("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty newDescription = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newNameProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding idle;

    public ScenariosViewModel(Workspace workspace, Activity activity, ScenarioPlanner planner, PlanFreshness freshness,
                              DialogService dialogs) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.planner = Objects.requireNonNull(planner, "planner");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.editor = new ScenarioEditor(workspace);
        idle = Bindings.createBooleanBinding(() -> workspace.project().isPresent() && !activity.busyProperty().get(),
                workspace.projectProperty(), activity.busyProperty());
        workspace.projectProperty().addListener((o, a, p) -> refresh());
        workspace.selectedScenarioProperty().addListener((o, a, s) -> editor.show(s));
        newName.addListener((o, a, n) -> newNameProblem.set(""));
        refresh();
    }

    private void refresh() {
        Project p = workspace.project().orElse(null);
        if (p == null) {
            compared.clear();
            comparedChosen = false;
            items.clear();
            compareNow();
            return;
        }
        Set<String> names = new LinkedHashSet<>(p.allScenarios().stream().map(Scenario::name).toList());
        compared.retainAll(names);
        if (compared.isEmpty()) {
            // Nothing ticked (a project just opened, or every tick removed): compare whatever has been planned,
            // when there is something to set side by side.
            comparedChosen = false;
        }
        if (!comparedChosen && compared.size() < 2) {
            List<String> planned = names.stream().filter(n -> workspace.plan(n).isPresent()).toList();
            if (planned.size() >= 2) {
                compared.addAll(planned);
            }
        }
        List<ScenarioItem> list = new ArrayList<>();
        for (Scenario s : p.allScenarios()) {
            Optional<Plan> plan = workspace.plan(s.name());
            boolean stale = freshness.isOutOfDate(s.name());
            String words = plan.map(pl -> T.get(stale ? "plan.words.stale" : "plan.words",
                    PlanWords.status(pl.status()), PlanWords.money(pl.totalCost()))).orElse(T.get("plan.none"));
            ScenarioItem item = new ScenarioItem(s.name(),
                    Scenario.BASELINE.equals(s.name()) ? T.get("baseline.description") : s.description(), s.changes().size(), words, stale,
                    compared.contains(s.name()));
            item.compareProperty().addListener((o, a, on) -> tick(s.name(), on));
            list.add(item);
        }
        items.setAll(list);
        editor.show(workspace.selectedScenarioProperty().get());
        compareNow();
    }

    private void tick(String name, boolean on) {
        comparedChosen = true;
        if (on) {
            compared.add(name);
        } else {
            compared.remove(name);
        }
        compareNow();
    }

    /** The ticked scenarios with plans, in the list's order (the baseline first when ticked). */
    private void compareNow() {
        Project p = workspace.project().orElse(null);
        List<ScenarioPlan> plans = new ArrayList<>();
        List<String> unplanned = new ArrayList<>();
        if (p != null) {
            for (Scenario s : p.allScenarios()) {
                if (compared.contains(s.name())) {
                    workspace.plan(s.name()).ifPresentOrElse(pl -> plans.add(new ScenarioPlan(s.name(), pl)),
                            () -> unplanned.add(s.name()));
                }
            }
        }
        comparedColumns.setAll(plans.stream().map(ScenarioPlan::scenario).toList());
        if (plans.isEmpty()) {
            comparison.clear();
            costs.set(Map.of());
        } else {
            ScenarioComparison c = ScenarioComparison.of(plans);
            Map<String, String> units = new TreeMap<>();
            p.input().resources().forEach(r -> units.put(r.name(), r.unit()));
            comparison.setAll(ComparisonRows.of(c, units));
            costs.set(c.totalCosts());
        }
        String note = plans.size() < 2 ? T.get("comparison.tick") : "";
        if (!unplanned.isEmpty()) {
            String notPlanned = T.get("comparison.unplanned", String.join(T.get("list.separator"), unplanned));
            note = note.isEmpty() ? notPlanned : note + " " + notPlanned;
        }
        comparisonNote.set(note);
    }

    /** Creates a what-if from the baseline (no changes yet) with the name and description typed in. */
    public boolean create() {
        Project p = workspace.project().orElse(null);
        String name = newName.get() == null ? "" : newName.get().strip();
        String problem = p == null ? T.get("create.noProject")
                : name.isEmpty() ? T.get("create.noName")
                : name.equals(Scenario.BASELINE) ? T.get("create.baseline")
                : p.scenario(name).isPresent() ? T.get("create.exists", name)
                : "";
        newNameProblem.set(problem);
        if (!problem.isEmpty()) {
            return false;
        }
        Scenario created = new Scenario(name, newDescription.get(), List.of());
        workspace.update(T.get("edit.create", name), pr -> {
            List<Scenario> all = new ArrayList<>(pr.scenarios());
            all.add(created);
            return pr.withScenarios(all);
        });
        workspace.selectedScenarioProperty().set(name);
        newName.set("");
        newDescription.set("");
        return true;
    }

    /** Deletes the selected what-if and its plan, after asking. */
    public void delete() {
        String name = workspace.selectedScenarioProperty().get();
        if (workspace.project().isEmpty() || Scenario.BASELINE.equals(name)) {
            return;
        }
        if (!dialogs.confirm(T.get("delete.title"), T.get("delete.message", name), T.get("delete.yes"),
                T.get("delete.no"))) {
            return;
        }
        workspace.selectedScenarioProperty().set(Scenario.BASELINE);
        editor.forget(name);
        compared.remove(name);
        workspace.update(T.get("edit.delete", name), pr -> pr.withScenarios(pr.scenarios().stream().filter(s -> !s.name().equals(name)).toList())
                .withPlans(pr.plans().stream().filter(sp -> !sp.scenario().equals(name)).toList()));
    }

    /** Plans the selected scenario. */
    public void planSelected() {
        if (idle.get()) {
            planner.plan(List.of(workspace.selectedScenarioProperty().get()));
        }
    }

    /** Plans the baseline and every what-if, one after another. */
    public void planAll() {
        if (idle.get()) {
            planner.plan(workspace.project().map(p -> p.allScenarios().stream().map(Scenario::name).toList())
                    .orElse(List.of()));
        }
    }

    /** Ticks or unticks a scenario for the comparison. */
    public void compare(String name, boolean on) {
        items.stream().filter(i -> i.name().equals(name)).findFirst().ifPresent(i -> i.compareProperty().set(on));
    }

    /** Whether nothing else is running and a project is open: planning and editing may start. */
    public BooleanBinding idleProperty() {
        return idle;
    }

    public ObservableList<ScenarioItem> items() {
        return items;
    }

    /** The scenario selected in the list: the one every screen shows. */
    public ObjectProperty<String> selectedProperty() {
        return workspace.selectedScenarioProperty();
    }

    public ScenarioEditor editor() {
        return editor;
    }

    /** The compared scenarios, in column order. */
    public ObservableList<String> comparedColumns() {
        return comparedColumns;
    }

    /** The comparison's rows: a figure and its value per compared scenario. */
    public ObservableList<ComparisonRows.Row> comparison() {
        return comparison;
    }

    /** Each compared scenario's total cost, in column order, for the bar chart. */
    public ReadOnlyObjectProperty<Map<String, Double>> costsProperty() {
        return costs.getReadOnlyProperty();
    }

    /** Why the comparison shows less than was ticked, or how to start one. */
    public ReadOnlyStringProperty comparisonNoteProperty() {
        return comparisonNote.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public StringProperty newDescriptionProperty() {
        return newDescription;
    }

    /** What is wrong with the name typed for a new scenario; empty when nothing is. */
    public ReadOnlyStringProperty newNameProblemProperty() {
        return newNameProblem.getReadOnlyProperty();
    }
}
