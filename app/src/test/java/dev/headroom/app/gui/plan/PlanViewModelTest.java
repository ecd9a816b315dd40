package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.ExportCommands;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanViewModelTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Workspace workspace = new Workspace();
    private final PlanFreshness freshness = new PlanFreshness(workspace);
    private final AtomicLong clock = new AtomicLong();

    private Activity activity;

    private PlanViewModel viewModel(TaskRunner tasks) {
        activity = new Activity(tasks, dialogs);
        // Each reading of the clock is a second later, so the trace's times are known.
        ScenarioPlanner planner = new ScenarioPlanner(workspace, activity, QuickSample.PLANNING, freshness,
                () -> clock.getAndAdd(1_000_000_000L));
        return new PlanViewModel(workspace, activity, planner, freshness,
                new ExportCommands(workspace, activity, QuickSample.PLANNING, dialogs));
    }

    @Test
    void planningTheBaselineStoresItsPlanAndShowsItsFigures() {
        PlanViewModel vm = viewModel(new CurrentThreadTaskRunner());
        workspace.open(QuickSample.project(), null, "");
        assertThat(vm.scenarios()).containsExactly("baseline", "ml-inference lands early", "node prices +15%");
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.canPlanProperty().get()).isTrue();

        vm.plan();

        Plan plan = workspace.plan(Scenario.BASELINE).orElseThrow();
        assertThat(vm.planProperty().get()).isSameAs(plan);
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(vm.purchases()).isEqualTo(plan.purchases()).isNotEmpty();
        assertThat(vm.runway()).isEqualTo(plan.runway());
        assertThat(vm.placement()).hasSameSizeAs(plan.placement());
        assertThat(vm.headlineProperty().get()).isEqualTo(PlanWords.status(plan.status()));
        assertThat(vm.costProperty().get()).isEqualTo(PlanWords.money(plan.totalCost()));
        // The sample's settings keep every workload in one pool, so the cost names no moves.
        assertThat(plan.moves()).isEmpty();
        assertThat(vm.movesProperty().get()).isEmpty();
        // Every pool and resource of the plan has a heat map row with a cell per period.
        assertThat(vm.heatMap()).hasSize((int) plan.utilization().stream().map(u -> u.pool() + "/" + u.resource())
                .distinct().count());
        assertThat(vm.heatMap()).allSatisfy(r -> assertThat(r.cells()).hasSize(plan.periods().size()));
        // The solver's progress was traced: best costs that never rise, the last one the plan's cost.
        assertThat(vm.trace()).isNotEmpty();
        double[] best = vm.trace().stream().filter(p -> p.bestCost().isPresent())
                .mapToDouble(p -> p.bestCost().getAsDouble()).toArray();
        for (int i = 1; i < best.length; i++) {
            assertThat(best[i]).isLessThanOrEqualTo(best[i - 1] + 1e-6);
        }
        assertThat(best[best.length - 1]).isEqualTo(plan.totalCost(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(vm.trace().getFirst().seconds()).isEqualTo(1.0);
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.outOfDateProperty().get()).isFalse();
    }

    @Test
    void stopKeepsTheBestPlanFoundSoFar() {
        // Stop as soon as the solver reports its first plan, as a planner pressing Stop would.
        PlanViewModel vm = viewModel(new StoppingTaskRunner(p -> p.bestCost().isPresent()));
        workspace.open(QuickSample.project(), null, "");
        vm.plan();

        Plan kept = workspace.plan(Scenario.BASELINE).orElseThrow();
        assertThat(kept.status()).isNotEqualTo(PlanStatus.NO_SOLUTION);
        assertThat(kept.purchases()).isNotEmpty();
        // It is the plan the solver had when stopped: the first it reported.
        assertThat(kept.totalCost()).isEqualTo(vm.trace().getFirst().bestCost().orElseThrow(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(vm.planProperty().get()).isSameAs(kept);
        assertThat(activity.statusProperty().get()).startsWith("Planning stopped: kept the best plan found so far");
    }

    @Test
    void stoppedBeforeAnyPlanKeepsTheEarlierPlan() {
        PlanViewModel vm = viewModel(new StoppingTaskRunner(p -> true));
        workspace.open(QuickSample.planned(), null, "");
        Plan earlier = workspace.plan(Scenario.BASELINE).orElseThrow();
        vm.plan();
        assertThat(workspace.plan(Scenario.BASELINE)).containsSame(earlier);
        assertThat(workspace.dirtyProperty().get()).isFalse();
        assertThat(activity.statusProperty().get()).contains("stopped");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theShownScenarioFollowsTheWorkspaceAndItsPlanGoesOutOfDateWhenEdited() {
        PlanViewModel vm = viewModel(new CurrentThreadTaskRunner());
        workspace.open(QuickSample.planned(), null, "");
        assertThat(vm.planProperty().get()).isSameAs(workspace.plan(Scenario.BASELINE).orElseThrow());

        vm.scenarioProperty().set("node prices +15%");
        Plan dearer = workspace.plan("node prices +15%").orElseThrow();
        assertThat(vm.planProperty().get()).isSameAs(dearer);
        assertThat(vm.outOfDateProperty().get()).isFalse();

        workspace.update("edit", p -> p.withScenarios(p.scenarios().stream().map(s -> s.name().equals("node prices +15%")
                ? new Scenario(s.name(), s.description(), java.util.List.of(
                        new dev.headroom.core.scenario.ScenarioChange.NodeCost("*", 20))) : s).toList()));
        assertThat(vm.outOfDateProperty().get()).isTrue();
        assertThat(freshness.isOutOfDate(Scenario.BASELINE)).isFalse();

        workspace.updateInput("edit", in -> in.withSettings(in.settings().withHorizon(in.settings().horizon())));
        assertThat(freshness.isOutOfDate(Scenario.BASELINE)).isTrue();

        // A deleted scenario is no longer offered, and the screens show the baseline again.
        workspace.update("edit", p -> p.withScenarios(p.scenarios().stream().filter(s -> !s.name().equals("node prices +15%"))
                .toList()));
        assertThat(vm.scenarios()).containsExactly("baseline", "ml-inference lands early");
        assertThat(vm.scenarioProperty().get()).isEqualTo(Scenario.BASELINE);
    }

    @Test
    void plansUseTheProjectsForecastChoicesAndGoOutOfDateWhenTheyChange() {
        PlanViewModel vm = viewModel(new CurrentThreadTaskRunner());
        workspace.open(QuickSample.project(), null, "");
        var input = workspace.input().orElseThrow();
        var key = input.usage().getFirst().key();
        var at = input.planStart().plus(1);
        workspace.update("edit", p -> p.withForecastChoices(dev.headroom.core.forecast.ForecastChoices.NONE
                .withAdjustment(dev.headroom.core.forecast.ForecastAdjustment.override(key, at, 4321))));

        vm.plan();

        var forecast = workspace.plan(Scenario.BASELINE).orElseThrow().forecasts().stream()
                .filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        assertThat(forecast.point()[(int) forecast.start().until(at)]).isEqualTo(4321);
        assertThat(vm.outOfDateProperty().get()).isFalse();
        workspace.update("edit", p -> p.withForecastChoices(p.forecastChoices().withModel(key, "naive")));
        assertThat(vm.outOfDateProperty().get()).isTrue();
    }

    @Test
    void withoutAProjectThereIsNothingToPlan() {
        PlanViewModel vm = viewModel(new CurrentThreadTaskRunner());
        assertThat(vm.canPlanProperty().get()).isFalse();
        vm.plan();
        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.scenarios()).isEmpty();
    }

    /** Runs work on the calling thread and asks it to stop once a progress report matches. */
    private record StoppingTaskRunner(Predicate<dev.headroom.core.progress.Progress> stopAt) implements TaskRunner {
        @Override
        public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            AtomicBoolean stop = new AtomicBoolean();
            try {
                onDone.accept(work.run(p -> {
                    progress.onProgress(p);
                    if (stopAt.test(p)) {
                        stop.set(true);
                    }
                }, stop::get));
            } catch (Exception e) {
                onFailed.accept(e);
            }
            return () -> stop.set(true);
        }
    }
}
