package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The greedy start's placement improved by moving workloads between pools, and each pool's purchases by looking ahead. */
class PlacementSearchTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /** Two pools of one 10-core node each; a and b (6 cores) may run in either, c (4) only in us-1. */
    private static InputBuilder twoPools() {
        return InputBuilder.monthly("2025-01", 1)
                .resource("cpu", 1.0).pool("eu-1").pool("us-1")
                .nodeType("std", 100, 0, "cpu", 10)
                .existing("eu-1", "std", 1).existing("us-1", "std", 1)
                .workload("a").workload("b").pinned("c", "us-1")
                .demand("a", "cpu", 6).demand("b", "cpu", 6).demand("c", "cpu", 4);
    }

    @Test
    void aWorkloadMovesToThePoolWithRoomInsteadOfANodeBeingBought() {
        AllocationProblem pr = Planning.problem(twoPools().build());
        // a and b together in eu-1 need 12 cores of 10: one more node; us-1 has 6 free.
        AllocationSolution crowded = Planning.staying(pr, 0, 0, 1);
        assertThat(crowded.cost(pr)).isPositive();

        AllocationSolution improved = PlacementSearch.improve(pr, crowded, NO_DEADLINE);

        assertThat(improved.cost(pr)).isZero();
        assertThat(improved.totalUnmet()).isZero();
        assertThat(improved.violation(pr)).isEmpty();
        assertThat(improved.poolOf()[2]).as("c is pinned").containsOnly(1);
        assertThat(improved.poolOf()[0][0] + improved.poolOf()[1][0]).as("one of a and b moved to us-1").isEqualTo(1);
    }

    @Test
    void aPlacementNoMoveImprovesIsKept() {
        AllocationProblem pr = Planning.problem(twoPools().build());
        AllocationSolution balanced = Planning.staying(pr, 0, 1, 1);
        assertThat(balanced.cost(pr)).isZero();

        assertThat(PlacementSearch.improve(pr, balanced, NO_DEADLINE)).isSameAs(balanced);
    }

    @Test
    void withBudgetsThePlacementIsLeftAlone() {
        AllocationProblem pr = Planning.problem(twoPools().budget("2025-01", 1_000).build());
        AllocationSolution crowded = Planning.staying(pr, 0, 0, 1);

        assertThat(PlacementSearch.improve(pr, crowded, NO_DEADLINE)).isSameAs(crowded);
    }

    @Test
    void aSmallGapTodayDoesNotFillThePoolWithSmallNodesWhenGrowthAheadCallsForLargeOnes() {
        // 1 core short now, 100 short in the last period: small nodes (10 cores for 20) suit today's
        // gap, large ones (50 for 60) the growth. Judged against today alone, a small node is bought
        // first and stays: 20 + 2 × 60. Judged against the shortfall ahead: two large nodes, 120.
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 3)
                .resource("cpu", 1.0).pool("eu-1")
                .nodeType("small", 20, 0, "cpu", 10).nodeType("large", 60, 0, "cpu", 50)
                .workload("web").demand("web", "cpu", 1, 40, 100).build());

        PoolPurchases buys = PoolPurchases.buy(pr, 0, load(pr), true);

        assertThat(buys.bought()[0][2]).as("small nodes").isZero();
        assertThat(buys.bought()[1][2]).as("large nodes").isEqualTo(2);
        assertThat(buys.unmetTotal()).isZero();
    }

    @Test
    void aLargerTypesHaSpareIsSharedAmongTheLargeNodesTheGrowthNeeds() {
        // One HA spare. The pool holds small nodes (10 cores): a large node (100 cores for 500) first
        // raises the spare kept free by 90, so alone it adds 10 cores. Growth ahead needs 400 more
        // cores: five large nodes (2,500: 500 usable, 100 kept) beat forty small ones (4,000 for 400).
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1", 1, OptionalInt.empty())
                .nodeType("small", 100, 0, "cpu", 10).nodeType("large", 500, 0, "cpu", 100)
                .existing("eu-1", "small", 2)
                .workload("web").demand("web", "cpu", 15, 410).build());

        PoolPurchases buys = PoolPurchases.buy(pr, 0, load(pr), true);

        assertThat(buys.unmetTotal()).isZero();
        assertThat(buys.cost()).as("scaled cost").isLessThan(scaled(pr, 4_000));
        assertThat(buys.bought()[1][1]).as("large nodes").isPositive();
    }

    private static long[][] load(AllocationProblem pr) {
        long[][] load = new long[pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    load[r][t] += pr.demand[w][r][t];
                }
            }
        }
        return load;
    }

    private static long scaled(AllocationProblem pr, double cost) {
        return Math.round(cost * Math.pow(10, pr.costExponent));
    }
}
