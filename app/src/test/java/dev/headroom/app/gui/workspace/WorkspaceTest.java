package dev.headroom.app.gui.workspace;

import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.project.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceTest {

    private final Workspace workspace = new Workspace();
    private final Project sample = Project.of(SampleGenerator.sample()).withScenarios(SampleGenerator.sampleScenarios());

    @Test
    void theTitleNamesTheProjectAndMarksUnsavedEdits() {
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom");
        workspace.open(sample, null, "");
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom — Headroom sample");
        workspace.update("edit", p -> p.withNotes(List.of("checked with finance")));
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom — Headroom sample *");
        workspace.markSaved(Path.of("/plans/fleet-2027.headroom"), workspace.project().orElseThrow());
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom — fleet-2027");
        workspace.close();
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom");
    }

    @Test
    void anEditMadeWhileSavingStaysUnsaved() {
        workspace.open(sample, null, "");
        Project beingSaved = workspace.project().orElseThrow();
        workspace.update("edit", p -> p.withNotes(List.of("late edit")));
        workspace.markSaved(Path.of("/plans/p.headroom"), beingSaved);
        assertThat(workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void anEditThatChangesNothingDoesNotMarkTheProject() {
        workspace.open(sample, null, "");
        workspace.update("edit", p -> p);
        assertThat(workspace.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewPlanOfAScenarioReplacesItsOldOneAndLeavesOthers() {
        workspace.open(sample, null, "");
        Plan first = plan(100);
        Plan second = plan(90);
        workspace.putPlan(new ScenarioPlan("baseline", first));
        workspace.putPlan(new ScenarioPlan("growth", first));
        workspace.putPlan(new ScenarioPlan("baseline", second));
        assertThat(workspace.plan("baseline")).contains(second);
        assertThat(workspace.plan("growth")).contains(first);
        assertThat(workspace.project().orElseThrow().plans()).hasSize(2);
    }

    @Test
    void theSelectedScenarioDecidesWhichInputAndPlanTheScreensShow() {
        workspace.open(sample, null, "");
        String scenario = sample.scenarios().getFirst().name();
        workspace.putPlan(new ScenarioPlan(scenario, plan(5)));
        assertThat(workspace.selectedPlan()).isEmpty();
        workspace.selectedScenarioProperty().set(scenario);
        assertThat(workspace.selectedPlan()).isPresent();
        assertThat(workspace.selectedInput().orElseThrow())
                .isEqualTo(sample.scenario(scenario).orElseThrow().apply(sample.input()));
    }

    @Test
    void editsAreUndoneAndRedoneByNameAndUndoingBackToTheSavedStateIsNotAnEdit() {
        workspace.open(sample, null, "");
        assertThat(workspace.undoNameProperty().get()).isEmpty();
        workspace.update("add a note", p -> p.withNotes(List.of("one")));
        workspace.update("change the note", p -> p.withNotes(List.of("two")));
        assertThat(workspace.undoNameProperty().get()).isEqualTo("change the note");

        workspace.undo();
        assertThat(workspace.project().orElseThrow().notes()).containsExactly("one");
        assertThat(workspace.undoNameProperty().get()).isEqualTo("add a note");
        assertThat(workspace.redoNameProperty().get()).isEqualTo("change the note");
        assertThat(workspace.dirtyProperty().get()).isTrue();

        workspace.undo();
        assertThat(workspace.project().orElseThrow()).isEqualTo(sample);
        assertThat(workspace.dirtyProperty().get()).isFalse();
        assertThat(workspace.undoNameProperty().get()).isEmpty();

        workspace.redo();
        workspace.redo();
        assertThat(workspace.project().orElseThrow().notes()).containsExactly("two");
        assertThat(workspace.redoNameProperty().get()).isEmpty();
    }

    @Test
    void aNewEditDropsWhatCouldBeRedoneAndOpeningForgetsTheHistory() {
        workspace.open(sample, null, "");
        workspace.update("a", p -> p.withNotes(List.of("a")));
        workspace.undo();
        workspace.update("b", p -> p.withNotes(List.of("b")));
        assertThat(workspace.redoNameProperty().get()).isEmpty();
        workspace.open(sample, null, "");
        assertThat(workspace.undoNameProperty().get()).isEmpty();
        workspace.undo();
        assertThat(workspace.project().orElseThrow()).isEqualTo(sample);
    }

    @Test
    void plansAreResultsThatUndoKeeps() {
        workspace.open(sample, null, "");
        workspace.update("note", p -> p.withNotes(List.of("n")));
        Plan made = plan(7);
        workspace.putPlan(new ScenarioPlan("baseline", made));
        assertThat(workspace.undoNameProperty().get()).isEqualTo("note");
        workspace.undo();
        assertThat(workspace.project().orElseThrow().notes()).isEmpty();
        assertThat(workspace.plan("baseline")).contains(made);
    }

    private static Plan plan(double cost) {
        return new Plan(PlanStatus.FEASIBLE, cost, OptionalDouble.empty(), 1, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
