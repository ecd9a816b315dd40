package dev.headroom.app.gui.plan;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * The sample with its what-ifs and a short solver time limit (its search budget follows the limit), so screen
 * tests plan it in seconds; planned once per test run for tests that only read plans.
 */
public final class QuickSample {

    /** Seconds the solver may take on the sample in tests. */
    public static final double TIME_LIMIT = 2;

    /** Plans with forecasts made once per history, so that the sample is forecast once per test run. */
    public static final PlanningService PLANNING = new PlanningService(new ReusedForecasts(new SmileForecaster()));

    private static Project project;
    private static Project planned;

    private QuickSample() {
    }

    /** The sample project, not planned, with the short time limit (the same immutable project every time). */
    public static synchronized Project project() {
        if (project == null) {
            Project sample = PLANNING.sampleProject();
            project = sample.withInput(sample.input().withSettings(sample.input().settings().withTimeLimit(TIME_LIMIT)));
        }
        return project;
    }

    /** The sample project with the baseline and both what-ifs planned. */
    public static synchronized Project planned() {
        if (planned == null) {
            Project p = project();
            List<ScenarioPlan> plans = new ArrayList<>();
            for (Scenario s : p.allScenarios()) {
                Plan plan = PLANNING.plan(s, p.input(), x -> { }, Cancellation.NEVER);
                plans.add(new ScenarioPlan(s.name(), plan));
            }
            planned = p.withPlans(plans);
        }
        return planned;
    }
}
