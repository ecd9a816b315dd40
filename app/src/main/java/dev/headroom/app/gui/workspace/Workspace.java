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

    private static final Texts T = Texts.of(Workspace.class);

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ObjectProperty<String> selectedScenario = new SimpleObjectProperty<>(Scenario.BASELINE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Headroom");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private final EditHistory history = new EditHistory();
    /** The project as last opened or saved, to tell whether undoing came back to it. */
    private Project saved;

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
        this.saved = p;
        this.dirty.set(false);
        forgetHistory();
    }

    /** Closes the project; the window shows the start page again. */
    public void close() {
        project.set(null);
        file.set(null);
        readOnlyReason.set("");
        selectedScenario.set(Scenario.BASELINE);
        saved = null;
        dirty.set(false);
        forgetHistory();
    }

    /**
     * Applies an edit to the open project, marks it unsaved and lets it be undone under its name; does nothing
     * when no project is open.
     *
     * @param name what the edit did, in the planner's words, as Edit › Undo shows it ("add node type")
     */
    public void update(String name, UnaryOperator<Project> edit) {
        Project current = project.get();
        if (current == null) {
            return;
        }
        Project next = Objects.requireNonNull(edit.apply(current), "edited project");
        if (next != current) {
            history.record(name, current, next);
            project.set(next);
            dirty.set(true);
            showHistory();
        }
    }

    /** Replaces the planning input, undoably; plans made from the old one stay until planned again. */
    public void updateInput(String name, UnaryOperator<PlanningInput> edit) {
        update(name, p -> p.withInput(edit.apply(p.input())));
    }

    /**
     * Takes back the last edit. Plans are results, not edits: the ones made since stay (and show as out of date
     * where they were made from the undone state).
     */
    public void undo() {
        history.undo().ifPresent(e -> restore(e.before()));
    }

    /** Makes the last undone edit again. */
    public void redo() {
        history.redo().ifPresent(e -> restore(e.after()));
    }

    private void restore(Project state) {
        Project current = project.get();
        Project next = state.withPlans(current.plans());
        project.set(next);
        dirty.set(!next.equals(saved));
        showHistory();
    }

    /** The name of the edit Undo would take back; empty when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** The name of the edit Redo would make again; empty when there is none. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    private void forgetHistory() {
        history.clear();
        showHistory();
    }

    private void showHistory() {
        undoName.set(history.nextUndo());
        redoName.set(history.nextRedo());
    }

    /** Records the plan made for a scenario, replacing an earlier plan of it (a result: not an edit to undo). */
    public void putPlan(ScenarioPlan plan) {
        replace(p -> {
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
        this.saved = saved;
        dirty.set(project.get() != saved);
    }

    /** Replaces the project with one derived from it, outside the undo history (plans are results). */
    private void replace(UnaryOperator<Project> change) {
        Project current = project.get();
        if (current == null) {
            return;
        }
        Project next = change.apply(current);
        if (next != current) {
            project.set(next);
            dirty.set(true);
        }
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
        return p == null || p.input().name().isBlank() ? T.get("project.untitled") : p.input().name();
    }

    private void updateTitle() {
        title.set(project.get() == null ? "Headroom" : "Headroom — " + displayName() + (dirty.get() ? " *" : ""));
    }
}
