package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.plan.PlanFreshness;
import dev.headroom.app.gui.plan.QuickSample;
import dev.headroom.app.gui.plan.ScenarioPlanner;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ScenarioRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenariosViewModelTest {

    private static final String EARLY = "ml-inference lands early";
    private static final String DEARER = "node prices +15%";

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Workspace workspace = new Workspace();
    private final PlanFreshness freshness = new PlanFreshness(workspace);
    private final Activity activity = new Activity(new CurrentThreadTaskRunner(), dialogs);
    private final ScenariosViewModel vm = new ScenariosViewModel(workspace, activity,
            new ScenarioPlanner(workspace, activity, QuickSample.PLANNING, freshness, System::nanoTime), freshness, dialogs);

    private ScenarioItem item(String name) {
        return vm.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyPlannedScenarioIsComparedWhenAProjectOpens() {
        Project planned = QuickSample.planned();
        workspace.open(planned, null, "");

        assertThat(vm.items()).extracting(ScenarioItem::name).containsExactly("baseline", EARLY, DEARER);
        assertThat(vm.items()).allSatisfy(i -> assertThat(i.compareProperty().get()).isTrue());
        assertThat(vm.comparedColumns()).containsExactly("baseline", EARLY, DEARER);
        double baseline = planned.plans().get(0).plan().totalCost();
        double dearer = planned.plans().get(2).plan().totalCost();
        assertThat(vm.costsProperty().get()).containsEntry(DEARER, dearer);
        ComparisonRows.Row over = vm.comparison().stream().filter(r -> r.figure().equals("Cost over baseline"))
                .findFirst().orElseThrow();
        assertThat(over.values()).containsExactly("—", dev.headroom.app.gui.plan.PlanWords.signedMoney(
                planned.plans().get(1).plan().totalCost() - baseline), dev.headroom.app.gui.plan.PlanWords.signedMoney(dearer - baseline));
        assertThat(vm.comparison()).extracting(ComparisonRows.Row::figure)
                .contains("Status", "Total cost", "Unmet demand")
                .anySatisfy(f -> assertThat(f).startsWith("Bought for "))
                .anySatisfy(f -> assertThat(f).startsWith("Runs out: eu-web cpu"));
        assertThat(vm.comparisonNoteProperty().get()).isEmpty();

        item(EARLY).compareProperty().set(false);
        assertThat(vm.comparedColumns()).containsExactly("baseline", DEARER);
        item("baseline").compareProperty().set(false);
        assertThat(vm.comparedColumns()).containsExactly(DEARER);
        assertThat(vm.comparisonNoteProperty().get()).startsWith("Tick two or more");
        // The planner's own ticks stay when the project changes.
        workspace.update("edit", p -> p.withNotes(List.of("checked")));
        assertThat(vm.comparedColumns()).containsExactly(DEARER);
    }

    @Test
    void aNewScenarioNeedsANameOfItsOwnAndStartsFromTheBaseline() {
        workspace.open(QuickSample.project(), null, "");
        vm.newNameProperty().set("  ");
        assertThat(vm.create()).isFalse();
        assertThat(vm.newNameProblemProperty().get()).isEqualTo("Give the scenario a name.");
        vm.newNameProperty().set("baseline");
        assertThat(vm.create()).isFalse();
        assertThat(vm.newNameProblemProperty().get()).contains("input as it is");
        vm.newNameProperty().set(DEARER);
        assertThat(vm.create()).isFalse();
        assertThat(vm.newNameProblemProperty().get()).isEqualTo("There is already a scenario named " + DEARER + ".");
        assertThat(workspace.dirtyProperty().get()).isFalse();

        vm.newNameProperty().set("eu growth");
        vm.newDescriptionProperty().set("What if EU demand grows 20%?");
        assertThat(vm.create()).isTrue();
        Scenario created = workspace.project().orElseThrow().scenario("eu growth").orElseThrow();
        assertThat(created.changes()).isEmpty();
        assertThat(created.description()).isEqualTo("What if EU demand grows 20%?");
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(vm.selectedProperty().get()).isEqualTo("eu growth");
        assertThat(vm.editor().editableProperty().get()).isTrue();
        assertThat(vm.items()).extracting(ScenarioItem::name).endsWith("eu growth");
        assertThat(item("eu growth").plan()).isEqualTo("not planned");
    }

    @Test
    void changesAreCheckedAsTheyAreEditedAndStoredOnceValid() {
        workspace.open(QuickSample.planned(), null, "");
        vm.selectedProperty().set(DEARER);
        ScenarioEditor editor = vm.editor();
        assertThat(editor.rows()).containsExactly(new ScenarioRow("node_cost", "*", "15", "", "", ""));
        assertThat(item(DEARER).outOfDate()).isFalse();

        editor.add("workload_growth");
        assertThat(editor.problems()).containsExactly("Change 2 (workload_growth): workload_growth needs target");
        editor.edit(1, new ScenarioRow("workload_growth", "no-such-workload", "20", "2027-03", "", ""));
        assertThat(editor.problems()).singleElement().asString().contains("no-such-workload");
        // Nothing invalid reaches the project: it still holds the scenario as it was.
        assertThat(workspace.project().orElseThrow().scenario(DEARER).orElseThrow().changes()).hasSize(1);
        assertThat(workspace.dirtyProperty().get()).isFalse();
        editor.edit(1, new ScenarioRow("workload_growth", "eu-web-frontend", "twenty", "2027-03", "", ""));
        assertThat(editor.problems()).containsExactly("Change 2 (workload_growth): value \"twenty\" is not a number");

        String workload = workspace.input().orElseThrow().workloads().getFirst().name();
        String from = workspace.input().orElseThrow().plannedPeriods().get(2).toString();
        editor.edit(1, new ScenarioRow("workload_growth", workload, "20", from, "", ""));
        assertThat(editor.problems()).isEmpty();
        Scenario stored = workspace.project().orElseThrow().scenario(DEARER).orElseThrow();
        assertThat(stored.changes()).hasSize(2).last().isInstanceOf(ScenarioChange.Growth.class);
        assertThat(workspace.dirtyProperty().get()).isTrue();
        // Its plan was made before the edit.
        assertThat(item(DEARER).outOfDate()).isTrue();
        assertThat(item(DEARER).plan()).endsWith("(out of date)");
        assertThat(item(EARLY).outOfDate()).isFalse();

        editor.remove(1);
        editor.describe("Prices only");
        Scenario back = workspace.project().orElseThrow().scenario(DEARER).orElseThrow();
        assertThat(back.changes()).containsExactly(new ScenarioChange.NodeCost("*", 15));
        assertThat(back.description()).isEqualTo("Prices only");
    }

    @Test
    void theBaselineCannotBeEditedOrDeleted() {
        workspace.open(QuickSample.project(), null, "");
        vm.selectedProperty().set(Scenario.BASELINE);
        assertThat(vm.editor().editableProperty().get()).isFalse();
        vm.editor().add("node_cost");
        assertThat(vm.editor().rows()).isEmpty();
        vm.delete();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void deletingAsksFirstAndTakesThePlanWithIt() {
        workspace.open(QuickSample.planned(), null, "");
        vm.selectedProperty().set(EARLY);
        dialogs.answers.add("Keep");
        vm.delete();
        assertThat(workspace.project().orElseThrow().scenario(EARLY)).isPresent();

        dialogs.answers.add("Delete");
        vm.delete();
        Project p = workspace.project().orElseThrow();
        assertThat(p.scenario(EARLY)).isEmpty();
        assertThat(p.plans()).extracting(sp -> sp.scenario()).doesNotContain(EARLY);
        assertThat(vm.selectedProperty().get()).isEqualTo(Scenario.BASELINE);
        assertThat(vm.comparedColumns()).containsExactly("baseline", DEARER);
    }

    @Test
    void planAllPlansTheBaselineAndEveryScenarioInTurn() {
        Project p = QuickSample.project();
        workspace.open(p.withScenarios(p.scenarios().subList(1, 2)), null, "");
        vm.planAll();
        assertThat(workspace.plan(Scenario.BASELINE)).isPresent();
        assertThat(workspace.plan(DEARER)).isPresent();
        assertThat(workspace.plan(DEARER).orElseThrow().totalCost())
                .isGreaterThan(workspace.plan(Scenario.BASELINE).orElseThrow().totalCost());
        assertThat(dialogs.errors).isEmpty();
        // Both planned now, so both are compared.
        assertThat(vm.comparedColumns()).containsExactly("baseline", DEARER);
        assertThat(activity.statusProperty().get()).startsWith("Planned " + DEARER);
    }
}
