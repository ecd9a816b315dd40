package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ScenarioRow;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes of one what-if as editable rows (the columns of the Scenarios sheet). Each edit is checked at
 * once: every row must describe a change, and the scenario must apply to the project's input (no unknown
 * workload, pool, resource or node type). A scenario that passes is stored in the project; one that does not
 * stays a draft here, its problems listed in words, until it is fixed.
 */
public final class ScenarioEditor {

    private static final Texts T = Texts.of(ScenarioEditor.class);

    private final Workspace workspace;
    private final ReadOnlyStringWrapper scenario = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ObservableList<ScenarioRow> rows = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<ScenarioRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final Map<String, List<ScenarioRow>> drafts = new HashMap<>();

    public ScenarioEditor(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
    }

    /** Shows a scenario's changes (its draft, when it has unsaved rows with problems). */
    public void show(String name) {
        Optional<Scenario> s = workspace.project().flatMap(p -> p.scenario(name));
        scenario.set(s.map(Scenario::name).orElse(""));
        editable.set(s.isPresent() && !Scenario.BASELINE.equals(name));
        // The baseline's description is the core's, in English: said in the window's language instead.
        description.set(Scenario.BASELINE.equals(name) && s.isPresent() ? T.get("baseline.description")
                : s.map(Scenario::description).orElse(""));
        List<ScenarioRow> shown = drafts.containsKey(name) ? drafts.get(name)
                : s.map(sc -> sc.changes().stream().map(ScenarioRow::of).toList()).orElse(List.of());
        rows.setAll(shown);
        check(false);
    }

    /** Adds a change of a kind (one of {@link ScenarioRow#CHANGES}) with its cells still to fill in. */
    public void add(String change) {
        if (editable.get()) {
            rows.add(new ScenarioRow(change, "", "", "", "", ""));
            check(true);
        }
    }

    /** Replaces the change in row {@code index}. */
    public void edit(int index, ScenarioRow row) {
        if (editable.get() && index >= 0 && index < rows.size()) {
            rows.set(index, row);
            check(true);
        }
    }

    /** Removes the change in row {@code index}. */
    public void remove(int index) {
        if (editable.get() && index >= 0 && index < rows.size()) {
            rows.remove(index);
            check(true);
        }
    }

    /** Replaces the scenario's description. */
    public void describe(String text) {
        String d = text == null ? "" : text.strip();
        if (editable.get() && !d.equals(description.get())) {
            description.set(d);
            check(true);
        }
    }

    /** Checks the rows; when they are a valid scenario and {@code store}, puts it in the project. */
    private void check(boolean store) {
        problems.clear();
        String name = scenario.get();
        if (!editable.get()) {
            return;
        }
        List<ScenarioChange> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                changes.add(rows.get(i).toChange());
            } catch (IllegalArgumentException e) {
                problems.add(T.get("editor.problem", i + 1,
                        rows.get(i).change().isEmpty() ? T.get("editor.noKind") : rows.get(i).change(), Messages.of(e)));
            }
        }
        Scenario edited = problems.isEmpty() ? new Scenario(name, description.get(), changes) : null;
        if (edited != null) {
            try {
                workspace.input().ifPresent(edited::apply);
            } catch (InvalidInputException e) {
                e.problems().stream().map(InputProblem::toString).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            if (store) {
                drafts.put(name, List.copyOf(rows));
            }
            return;
        }
        drafts.remove(name);
        if (store) {
            workspace.update(T.get("edit.change", name), p -> replace(p, edited));
        }
    }

    private static Project replace(Project p, Scenario edited) {
        List<Scenario> scenarios = new ArrayList<>(p.scenarios());
        scenarios.replaceAll(s -> s.name().equals(edited.name()) ? edited : s);
        return scenarios.equals(p.scenarios()) ? p : p.withScenarios(scenarios);
    }

    /** Forgets the draft of a scenario that no longer exists. */
    void forget(String name) {
        drafts.remove(name);
    }

    /** Whether a scenario has edits with problems that are not in the project yet. */
    public boolean hasDraft(String name) {
        return drafts.containsKey(name);
    }

    /** The scenario being edited; empty when none is. */
    public ReadOnlyStringProperty scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    /** False for the baseline, which changes nothing. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** The changes, in the order they are applied. */
    public ObservableList<ScenarioRow> rows() {
        return rowsView;
    }

    /** What is wrong with the changes, in words; empty when they are a valid scenario. */
    public ObservableList<String> problems() {
        return problemsView;
    }
}
