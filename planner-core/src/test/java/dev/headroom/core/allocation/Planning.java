package dev.headroom.core.allocation;

import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.DemandTable;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.List;

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

    /** The allocation problem of the input's planned periods, its demand at the 0.9 quantile. */
    static AllocationProblem problem(PlanningInput input) {
        DemandTable demand = DemandTable.build(input, input.plannedPeriods(), List.of(), 0.9);
        return AllocationProblem.of(input, input.plannedPeriods(), demand::demandAt);
    }

    /** Every workload in the given pool for the whole horizon, each pool buying as {@link PoolPurchases} does. */
    static AllocationSolution staying(AllocationProblem pr, int... pools) {
        long[][][] load = new long[pr.pools][pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    load[pools[w]][r][t] += pr.demand[w][r][t];
                }
            }
        }
        PoolPurchases[] purchases = new PoolPurchases[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            purchases[p] = PoolPurchases.buy(pr, p, load[p], true);
        }
        return AllocationSolution.of(AllocationSolution.staying(pools, pr.horizon), purchases);
    }
}
