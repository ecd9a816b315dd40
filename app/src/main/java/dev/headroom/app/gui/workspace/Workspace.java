package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.project.Project;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The project open in the window, shared by every screen: its content (an immutable {@link Project} replaced
 * on each edit), the file it belongs to, whether it has unsaved edits, and which scenario the screens show.
 * Screens read it through properties and change it only through {@link #update}, so that saving, autosave and
 * the title see every edit.
 */
public final class Workspace {

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> selectedScenario = new SimpleObjectProperty<>(Scenario.BASELINE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Headroom");

    public Workspace() {
        project.addListener((o, a, b) -> updateTitle());
        file.addListener((o, a, b) -> updateTitle());
        dirty.addListener((o, a, b) -> updateTitle());
    }

    /**
     * Shows a project in place of the open one.
     *
     * @param file           the project file it was read from; null for one not saved yet (the sample, a workbook)
     * @param readOnlyReason why it cannot be saved to that file, or empty
     */
    public void open(Project p, Path file, String readOnlyReason) {
        Objects.requireNonNull(p, "project");
        this.file.set(file);
        this.readOnlyReason.set(readOnlyReason == null ? "" : readOnlyReason);
        this.selectedScenario.set(Scenario.BASELINE);
        this.project.set(p);
        this.dirty.set(false);
    }

    /** Closes the project; the window shows the start page again. */
    public void close() {
        project.set(null);
        file.set(null);
        readOnlyReason.set("");
        selectedScenario.set(Scenario.BASELINE);
        dirty.set(false);
    }

    /** Applies an edit to the open project and marks it unsaved; does nothing when no project is open. */
    public void update(UnaryOperator<Project> edit) {
        Project current = project.get();
        if (current == null) {
            return;
        }
        Project next = Objects.requireNonNull(edit.apply(current), "edited project");
        if (next != current) {
            project.set(next);
            dirty.set(true);
        }
    }

    /** Replaces the planning input; plans made from the old one stay until planned again. */
    public void updateInput(UnaryOperator<PlanningInput> edit) {
        update(p -> p.withInput(edit.apply(p.input())));
    }

    /** Records the plan made for a scenario, replacing an earlier plan of it. */
    public void putPlan(ScenarioPlan plan) {
        update(p -> {
            List<ScenarioPlan> plans = new ArrayList<>(p.plans().stream()
                    .filter(sp -> !sp.scenario().equals(plan.scenario())).toList());
            plans.add(plan);
            return p.withPlans(plans);
        });
    }

    /**
     * After a save: the project now belongs to {@code savedTo}; it has no unsaved edits unless it was edited
     * again while {@code saved} was being written.
     */
    public void markSaved(Path savedTo, Project saved) {
        file.set(savedTo);
        readOnlyReason.set("");
        dirty.set(project.get() != saved);
    }

    /** Marks the open project as having edits not in its file (e.g. recovered from an autosave). */
    public void markUnsaved() {
        if (project.get() != null) {
            dirty.set(true);
        }
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project.get());
    }

    public Optional<PlanningInput> input() {
        return project().map(Project::input);
    }

    /** The latest plan of a scenario, when it has been planned. */
    public Optional<Plan> plan(String scenario) {
        return project().flatMap(p -> p.plans().stream().filter(sp -> sp.scenario().equals(scenario)).findFirst())
                .map(ScenarioPlan::plan);
    }

    /** The plan of the scenario the screens show, which is what the exports write. */
    public Optional<Plan> selectedPlan() {
        return plan(selectedScenario.get());
    }

    /** The input of the scenario the screens show: the baseline's with the scenario's changes applied. */
    public Optional<PlanningInput> selectedInput() {
        return project().map(p -> p.scenario(selectedScenario.get()).orElse(Scenario.baseline()).apply(p.input()));
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file.get());
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Why the open project cannot be saved to its file; empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** The scenario the screens show ({@link Scenario#BASELINE} by default). */
    public ObjectProperty<String> selectedScenarioProperty() {
        return selectedScenario;
    }

    /** "Headroom — name", with a star for unsaved edits. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The name shown for the project: its file's name, else the input's name. */
    public String displayName() {
        Path f = file.get();
        if (f != null) {
            String n = f.getFileName().toString();
            return n.endsWith(".headroom") ? n.substring(0, n.length() - ".headroom".length()) : n;
        }
        Project p = project.get();
        return p == null || p.input().name().isBlank() ? "Untitled" : p.input().name();
    }

    private void updateTitle() {
        title.set(project.get() == null ? "Headroom" : "Headroom — " + displayName() + (dirty.get() ? " *" : ""));
    }
}
