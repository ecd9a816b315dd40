package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.io.project.Project;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Plans scenarios of the open project one after another through the window's {@link Activity}, storing each
 * plan in the workspace. Stop keeps the best plan found so far for the scenario being planned and plans no
 * further ones. While it plans, it keeps the solver's best cost and lower bound over elapsed time.
 */
public final class ScenarioPlanner {

    private static final Texts T = Texts.of(ScenarioPlanner.class);

    /** The solver's best cost and lower bound {@code seconds} after planning began. */
    public record SolvePoint(double seconds, OptionalDouble bestCost, OptionalDouble bound) {
    }

    /** A finished planning run: the plan and whether it was stopped before the solver finished. */
    private record Outcome(Plan plan, boolean stopped) {
    }

    private final Workspace workspace;
    private final Activity activity;
    private final PlanningService planning;
    private final PlanFreshness freshness;
    private final LongSupplier clock;
    private final ObservableList<SolvePoint> trace = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<SolvePoint> traceView = FXCollections.unmodifiableObservableList(trace);
    private final ReadOnlyStringWrapper planningNow = new ReadOnlyStringWrapper("");
    private long startedAt;

    /**
     * @param clock nanoseconds for the trace's elapsed time ({@code System::nanoTime} in the window)
     */
    public ScenarioPlanner(Workspace workspace, Activity activity, PlanningService planning, PlanFreshness freshness,
                           LongSupplier clock) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.planning = Objects.requireNonNull(planning, "planning");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        this.clock = Objects.requireNonNull(clock, "clock");
        activity.lastProgressProperty().addListener((o, a, p) -> record(p));
    }

    /**
     * Plans the scenarios in order, each from the project as it is when its turn comes.
     *
     * @return false when nothing was started (no project, or other work running)
     */
    public boolean plan(List<String> scenarios) {
        if (scenarios.isEmpty() || workspace.project().isEmpty()) {
            return false;
        }
        return next(new ArrayDeque<>(scenarios), 0);
    }

    private boolean next(Deque<String> queue, int done) {
        Project project = workspace.project().orElse(null);
        String name = queue.poll();
        if (project == null || name == null) {
            return false;
        }
        Scenario scenario = project.scenario(name).orElse(null);
        if (scenario == null) {
            // Deleted while the ones before it were planned: go on with the rest.
            return next(queue, done);
        }
        PlanningInput base = project.input();
        String doing = scenario.name().equals(Scenario.BASELINE) ? T.get("planning.baseline")
                : T.get("planning.scenario", scenario.name());
        String what = done + queue.size() > 0 ? T.get("planning.nOfM", doing, done + 1, done + 1 + queue.size())
                : doing;
        trace.clear();
        planningNow.set(name);
        startedAt = clock.getAsLong();
        boolean started = activity.start(what, T.get("planning.failed", name), (progress, cancellation) -> {
            // The project, so that its forecast choices are used as on the command line.
            Plan plan = planning.plan(scenario, project, progress, cancellation);
            return new Outcome(plan, cancellation.isCancelled());
        }, outcome -> {
            planningNow.set("");
            keep(name, scenario, base, project.forecastChoices(), outcome);
            if (!outcome.stopped()) {
                next(queue, done + 1);
            }
        }, error -> planningNow.set(""));
        if (!started) {
            planningNow.set("");
        }
        return started;
    }

    private void keep(String name, Scenario scenario, PlanningInput base, ForecastChoices choices, Outcome outcome) {
        Plan plan = outcome.plan();
        if (plan.status() == PlanStatus.NO_SOLUTION && outcome.stopped()) {
            activity.say(workspace.plan(name).isPresent() ? T.get("planning.stoppedEarlierKept", name)
                    : T.get("planning.stoppedNone"));
            return;
        }
        freshness.madeFrom(name, plan, base, scenario, choices);
        workspace.putPlan(new ScenarioPlan(name, plan));
        if (outcome.stopped()) {
            activity.say(T.get("planning.stoppedKept", PlanWords.money(plan.totalCost()), PlanWords.gap(plan.gap())));
        } else {
            activity.say(T.get("planning.done", name, PlanWords.status(plan.status()).toLowerCase(T.locale()),
                    PlanWords.money(plan.totalCost()), PlanWords.seconds(plan.solveSeconds())));
        }
    }

    private void record(Progress p) {
        if (p == null || planningNow.get().isEmpty() || (p.bestCost().isEmpty() && p.bound().isEmpty())) {
            return;
        }
        trace.add(new SolvePoint((clock.getAsLong() - startedAt) / 1e9, p.bestCost(), p.bound()));
    }

    /** Best cost and bound over elapsed time of the latest planning run. */
    public ObservableList<SolvePoint> trace() {
        return traceView;
    }

    /** The scenario being planned now; empty when none is. */
    public ReadOnlyStringProperty planningNowProperty() {
        return planningNow.getReadOnlyProperty();
    }
}
