package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalInt;

/** The last objective: the same nodes, pools evenly used, never a capacity row broken. */
class UtilizationBalancerTest {

    private static AllocationSolution allIn(AllocationProblem pr, int pool) {
        int[] poolOf = new int[pr.workloads];
        Arrays.fill(poolOf, pool);
        return new AllocationSolution(AllocationSolution.staying(poolOf, pr.horizon),
                new int[pr.pools][pr.nodeTypes][pr.horizon], new int[pr.pools][pr.resources][pr.horizon]);
    }

    @Test
    void movableWorkloadsSpreadOverPoolsWithRoom() {
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 1)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 0, "cpu", 10)
                .existing("eu-1", "std", 2).existing("eu-2", "std", 2)
                .workload("a").demand("a", "cpu", 4)
                .workload("b").demand("b", "cpu", 4)
                .pinned("c", "eu-1").demand("c", "cpu", 4)
                .build());

        AllocationSolution balanced = UtilizationBalancer.balance(pr, allIn(pr, 0));

        // 12 cores in eu-1 alone becomes 8 and 4 (or 4 and 8): the pinned one stays.
        assertThat(balanced.poolOf()[2]).containsOnly(0);
        assertThat(Math.abs(balanced.load(pr, 0, 0, 0) - balanced.load(pr, 1, 0, 0)))
                .isEqualTo(pr.demand[0][0][0]);
        assertThat(balanced.violation(pr)).isEmpty();
        assertThat(balanced.cost(pr)).isZero();
    }

    @Test
    void aMoveThatWouldNeedTheHaSparesOfAnIdlePoolIsNotMade() {
        // eu-1 is 90% used. eu-2 hosts nothing, so it keeps no spare and shows 10 free cores, but a
        // workload moving there makes it keep its only node free.
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 1)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2", 1, OptionalInt.empty())
                .nodeType("std", 100, 0, "cpu", 10)
                .existing("eu-1", "std", 2).existing("eu-2", "std", 1)
                .workload("small").demand("small", "cpu", 4)
                .pinned("db", "eu-1").demand("db", "cpu", 14)
                .build());

        AllocationSolution balanced = UtilizationBalancer.balance(pr, allIn(pr, 0));

        assertThat(balanced.poolOf()).isDeepEqualTo(new int[][]{{0}, {0}});
        assertThat(balanced.violation(pr)).isEmpty();
    }
}
