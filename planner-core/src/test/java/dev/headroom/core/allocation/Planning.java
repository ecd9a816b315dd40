package dev.headroom.core.allocation;

import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

/** Runs the whole planner on inputs whose demand is known in full, so no forecast is needed. */
public final class Planning {

    /** A forecaster for inputs without usage: being called is a test failure. */
    public static final Forecaster NO_FORECASTS = (history, horizon, options, progress, cancellation) -> {
        throw new AssertionError("no forecast expected for an input without usage");
    };

    private Planning() {
    }

    public static Plan plan(PlanningInput input) {
        return new Planner(NO_FORECASTS).plan(input, ProgressListener.NONE, Cancellation.NEVER);
    }
}
