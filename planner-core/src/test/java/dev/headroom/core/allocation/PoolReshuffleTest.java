package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving pool-placed workloads between pools so that the pools buy less: removals, drains and exchanges. */
class PoolReshuffleTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /**
     * Two pools of one 10-core node, full in the first period; a 10-core node arrives from the second.
     * In eu-1, u grows from 5 to 9 beside x (5, pinned); in eu-2, v stays at 5 beside y (pinned), which
     * shrinks from 5 to 1. eu-1 must buy a node; neither u nor v fits the other pool alone in the first
     * period, but exchanged, each pool holds 10 in every period and nothing is bought.
     */
    private static PlanningInput exchangeSavesANode() {
        return InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 1, "cpu", 10)
                .existing("eu-1", "std", 1).existing("eu-2", "std", 1)
                .workload("u").workload("v").pinned("x", "eu-1").pinned("y", "eu-2")
                .demand("u", "cpu", 5, 9).demand("v", "cpu", 5, 5).demand("x", "cpu", 5, 5).demand("y", "cpu", 5, 1)
                .build();
    }

    @Test
    void anExchangeFreesANodeThatNoSingleMoveCan() {
        AllocationProblem pr = Planning.problem(exchangeSavesANode());
        AllocationSolution start = Planning.staying(pr, 0, 1, 0, 1);
        assertThat(start.realCost(pr)).isEqualTo(100);
        assertThat(PlacementSearch.improve(pr, start, NO_DEADLINE)).as("moving one workload").isSameAs(start);

        PoolLoads plan = new PoolLoads(pr, start);
        assertThat(ConsolidationSearch.improve(plan, NO_DEADLINE)).isFalse();
        assertThat(PoolDrain.improve(plan, NO_DEADLINE)).isFalse();
        assertThat(PoolSwapSearch.improve(plan, NO_DEADLINE)).isTrue();

        AllocationSolution swapped = plan.solution();
        assertThat(swapped.poolOf()[0][0]).as("u").isEqualTo(1);
        assertThat(swapped.poolOf()[1][0]).as("v").isEqualTo(0);
        assertThat(swapped.realCost(pr)).isZero();
        assertThat(swapped.violation(pr)).isEmpty();
        assertThat(PoolReshuffle.improve(pr, start, NO_DEADLINE).realCost(pr)).isZero();
    }

    /**
     * eu-1 (one 10-core node) buys a node for u, 3 then 6 cores beside x (5, pinned); eu-2 has two nodes
     * and only y (10, pinned): u fits its room in both periods, and eu-1's node is given back.
     */
    @Test
    void aNodeIsGivenBackWhenItsLoadFitsAnotherPoolsRoom() {
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 1, "cpu", 10)
                .existing("eu-1", "std", 1).existing("eu-2", "std", 2)
                .workload("u").pinned("x", "eu-1").pinned("y", "eu-2")
                .demand("u", "cpu", 3, 6).demand("x", "cpu", 5, 5).demand("y", "cpu", 10, 10).build());
        AllocationSolution start = Planning.staying(pr, 0, 0, 1);
        assertThat(start.realCost(pr)).isEqualTo(100);

        PoolLoads plan = new PoolLoads(pr, start);
        assertThat(ConsolidationSearch.improve(plan, NO_DEADLINE)).isTrue();

        assertThat(plan.poolOf[0]).isEqualTo(1);
        assertThat(plan.solution().realCost(pr)).isZero();
        assertThat(plan.solution().violation(pr)).isEmpty();
    }

    /**
     * Two pools of two 10-core nodes, each with a pinned 12 and a workload growing from 3 to 16: each
     * needs 8 cores more in the second period, a small node (100) each, where a 30-core node costs 150.
     * Both growing workloads in eu-2 need 24 more there: one large node, 150 instead of 200.
     */
    @Test
    void twoPoolsGrowthGatheredInOneBuysALargerCheaperNode() {
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("small", 100, 1, "cpu", 10).nodeType("large", 150, 1, "cpu", 30)
                .existing("eu-1", "small", 2).existing("eu-2", "small", 2)
                .workload("a").workload("b").pinned("x", "eu-1").pinned("y", "eu-2")
                .demand("a", "cpu", 3, 16).demand("b", "cpu", 3, 16).demand("x", "cpu", 12, 12)
                .demand("y", "cpu", 12, 12).build());
        AllocationSolution start = PoolPurchaseOptimizer.improve(pr, Planning.staying(pr, 0, 1, 0, 1), 10_000);
        assertThat(start.realCost(pr)).isEqualTo(200);

        PoolLoads plan = new PoolLoads(pr, start);
        assertThat(PoolDrain.improve(plan, NO_DEADLINE)).isTrue();

        AllocationSolution drained = plan.solution();
        assertThat(drained.poolOf()[0][0]).isEqualTo(drained.poolOf()[1][0]);
        assertThat(drained.realCost(pr)).isEqualTo(150);
        assertThat(drained.violation(pr)).isEmpty();
    }

    @Test
    void plansWithBudgetsAreLeftAlone() {
        PlanningInput input = InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 1, "cpu", 10)
                .existing("eu-1", "std", 1).existing("eu-2", "std", 1)
                .workload("u").workload("v").pinned("x", "eu-1").pinned("y", "eu-2")
                .demand("u", "cpu", 5, 9).demand("v", "cpu", 5, 5).demand("x", "cpu", 5, 5).demand("y", "cpu", 5, 1)
                .budget("2025-01", 1_000).build();
        AllocationProblem pr = Planning.problem(input);
        AllocationSolution start = Planning.staying(pr, 0, 1, 0, 1);

        assertThat(PoolReshuffle.improve(pr, start, NO_DEADLINE)).isSameAs(start);
    }

    /**
     * On seeded generated fleets the reshuffle keeps every rule of the model, never costs more than its
     * start, gives the same plan on a second run, and makes most of them cheaper.
     */
    @Test
    void onGeneratedFleetsItKeepsTheRulesAndNeverCostsMore() {
        int cheaper = 0;
        for (long seed = 1; seed <= 8; seed++) {
            AllocationProblem pr = Planning.problem(FleetGenerator.generate(60, 4, 3, 12, 5, 30, seed));
            AllocationSolution start = PoolPurchaseOptimizer.improve(pr, GreedyAllocator.solve(pr, seed), 200);
            if (start.totalUnmet() > 0) {
                continue;
            }

            AllocationSolution reshuffled = PoolReshuffle.improve(pr, start, NO_DEADLINE);

            assertThat(reshuffled.violation(pr)).as("seed %d", seed).isEmpty();
            assertThat(reshuffled.cost(pr)).as("seed %d", seed).isLessThanOrEqualTo(start.cost(pr));
            assertThat(PoolReshuffle.improve(pr, start, NO_DEADLINE).poolOf()).isDeepEqualTo(reshuffled.poolOf());
            cheaper += reshuffled.cost(pr) < start.cost(pr) ? 1 : 0;
        }
        assertThat(cheaper).isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePlannerReportsTheReshuffledPlan() {
        PlanningInput input = FleetGenerator.generate(60, 4, 3, 12, 5, 30, 3);
        List<Progress> events = new ArrayList<>();

        var plan = new Planner(Planning.NO_FORECASTS).plan(input, events::add, Cancellation.NEVER);

        double greedy = events.stream().filter(e -> e.message().equals("first plan found by the greedy start"))
                .findFirst().orElseThrow().bestCost().orElseThrow();
        double reshuffled = events.stream()
                .filter(e -> e.message().equals("plan made cheaper by moving workloads between pools"))
                .findFirst().orElseThrow().bestCost().orElseThrow();
        assertThat(reshuffled).isLessThan(greedy);
        assertThat(plan.totalCost()).isLessThanOrEqualTo(reshuffled);
        PlanInvariants.check(input, plan);
    }

    @Test
    void thePlannersPlanHasNoNodeTheExchangeSaves() {
        PlanningInput input = exchangeSavesANode();

        var plan = Planning.plan(input);

        assertThat(plan.totalCost()).isZero();
        PlanInvariants.check(input, plan);
    }

    /** Cancelled, the reshuffle stops after giving back nodes and draining: no exchange is searched for. */
    @Test
    void onceCancelledItStopsBeforeTheExchanges() {
        AllocationProblem pr = Planning.problem(FleetGenerator.generate(60, 4, 3, 12, 5, 30, 3));
        AllocationSolution start = PoolPurchaseOptimizer.improve(pr, GreedyAllocator.solve(pr, 3), 200);
        PoolLoads firstSteps = new PoolLoads(pr, start);
        ConsolidationSearch.improve(firstSteps, NO_DEADLINE);
        PoolDrain.improve(firstSteps, NO_DEADLINE);

        AllocationSolution cancelled = PoolReshuffle.improve(pr, start, NO_DEADLINE, () -> true);

        assertThat(cancelled.cost(pr)).isEqualTo(firstSteps.totalCost())
                .isGreaterThan(PoolReshuffle.improve(pr, start, NO_DEADLINE).cost(pr));
        assertThat(cancelled.violation(pr)).isEmpty();
    }
}
