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
        workspace.update(p -> p.withNotes(List.of("checked with finance")));
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
        workspace.update(p -> p.withNotes(List.of("late edit")));
        workspace.markSaved(Path.of("/plans/p.headroom"), beingSaved);
        assertThat(workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void anEditThatChangesNothingDoesNotMarkTheProject() {
        workspace.open(sample, null, "");
        workspace.update(p -> p);
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

    private static Plan plan(double cost) {
        return new Plan(PlanStatus.FEASIBLE, cost, OptionalDouble.empty(), 1, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
