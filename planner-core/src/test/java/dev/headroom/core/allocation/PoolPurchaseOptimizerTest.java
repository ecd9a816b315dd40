package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** With the placement fixed, each pool's purchases are re-solved exactly and kept only when cheaper. */
class PoolPurchaseOptimizerTest {

    /** Two periods, one pool with one HA spare: 25 cores in the first period, 45 in the second. */
    private static InputBuilder growingPool() {
        return InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1", 1, OptionalInt.empty())
                .nodeType("small", 100, 0, "cpu", 10).nodeType("big", 260, 0, "cpu", 40)
                .workload("web").demand("web", "cpu", 25, 45);
    }

    @Test
    void bigNodesWithABigSpareGiveWayToSmallNodesWithASmallOne() {
        AllocationProblem pr = Planning.problem(growingPool().build());
        // Three big nodes from the start (780): 120 cores, 40 kept free, 80 for 45 of demand.
        AllocationSolution wasteful = new AllocationSolution(new int[][]{{0, 0}}, new int[][][]{{{0, 0}, {3, 3}}},
                new int[1][1][2]);
        assertThat(wasteful.violation(pr)).isEmpty();

        AllocationSolution improved = PoolPurchaseOptimizer.improve(pr, wasteful, 1_000);

        // Small nodes keep only 10 free: 45 + 10 ≤ 10 n takes six (600); once a big node is held, 40 stay
        // free, and two big and one small (620) is the cheapest mix with one.
        assertThat(improved.violation(pr)).isEmpty();
        assertThat(improved.bought()[0][0][1]).isEqualTo(6);
        assertThat(improved.bought()[0][1][1]).isZero();
        assertThat(improved.cost(pr)).isLessThan(wasteful.cost(pr));
    }

    @Test
    void purchasesThatCannotBeBoughtCheaperStay() {
        AllocationProblem pr = Planning.problem(growingPool().build());
        int[][][] bought = {{{4, 6}, {0, 0}}};
        AllocationSolution lean = new AllocationSolution(new int[][]{{0, 0}}, bought, new int[1][1][2]);
        assertThat(lean.violation(pr)).isEmpty();

        AllocationSolution improved = PoolPurchaseOptimizer.improve(pr, lean, 1_000);

        assertThat(improved.bought()[0]).isDeepEqualTo(bought[0]);
    }

    @Test
    void aPlanWithBudgetsIsLeftAlone() {
        AllocationProblem pr = Planning.problem(growingPool().budget("2025-01", 1_000).build());
        int[][][] bought = {{{7, 7}, {0, 0}}};
        AllocationSolution wasteful = new AllocationSolution(new int[][]{{0, 0}}, bought, new int[1][1][2]);

        assertThat(PoolPurchaseOptimizer.improve(pr, wasteful, 1_000)).isSameAs(wasteful);
    }
}
