package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With moves allowed, the moves that pay found from a plan that keeps each workload in one pool. */
class MoveSearchTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /**
     * Two pools of one 10-core node. b, pinned to eu-1, grows to 9 cores in the last period; c, pinned to
     * eu-2, is decommissioned then; a (3 cores) may run in either. Kept in one pool, a costs a node
     * (eu-1 in the last period, or eu-2 from the start); moved to eu-2 for the last period it costs a move.
     */
    private static InputBuilder decommissionFreesRoom(boolean movesAllowed, double moveCost) {
        return InputBuilder.monthly("2025-01", 3).moves(movesAllowed, moveCost)
                .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 0, "cpu", 10)
                .existing("eu-1", "std", 1).existing("eu-2", "std", 1)
                .workload("a").pinned("b", "eu-1").pinned("c", "eu-2")
                .demand("a", "cpu", 3, 3, 3).demand("b", "cpu", 6, 6, 9).demand("c", "cpu", 8, 8, 0);
    }

    @Test
    void aWorkloadMovesWhereADecommissionFreesRoomInsteadOfANodeBeingBought() {
        AllocationProblem pr = Planning.problem(decommissionFreesRoom(true, 20).build());
        AllocationSolution inEu1 = Planning.staying(pr, 0, 0, 1);
        assertThat(inEu1.realCost(pr)).isEqualTo(100);

        AllocationSolution moved = MoveSearch.improve(pr, inEu1, NO_DEADLINE);

        assertThat(moved.poolOf()[0]).as("a's pool per period").containsExactly(0, 0, 1);
        assertThat(moved.poolOf()[1]).containsExactly(0, 0, 0);
        assertThat(moved.poolOf()[2]).containsExactly(1, 1, 1);
        assertThat(moved.realCost(pr)).as("one move, no node").isEqualTo(20);
        assertThat(moved.totalUnmet()).isZero();
        assertThat(moved.violation(pr)).isEmpty();
    }

    @Test
    void aMoveDearerThanTheNodeItSavesIsNotMade() {
        AllocationProblem pr = Planning.problem(decommissionFreesRoom(true, 150).build());
        AllocationSolution inEu1 = Planning.staying(pr, 0, 0, 1);

        assertThat(MoveSearch.improve(pr, inEu1, NO_DEADLINE)).isSameAs(inEu1);
    }

    @Test
    void withoutMovesAllowedThePlanIsLeftAlone() {
        AllocationProblem pr = Planning.problem(decommissionFreesRoom(false, 0).build());
        AllocationSolution inEu1 = Planning.staying(pr, 0, 0, 1);

        assertThat(MoveSearch.improve(pr, inEu1, NO_DEADLINE)).isSameAs(inEu1);
    }

    @Test
    void thePlannerFindsTheMove() {
        PlanningInput input = decommissionFreesRoom(true, 20).build();

        var plan = Planning.plan(input);

        assertThat(plan.totalCost()).isEqualTo(20);
        assertThat(plan.moves()).hasSize(1);
        assertThat(plan.moves().getFirst().workload()).isEqualTo("a");
        PlanInvariants.check(input, plan);
    }
}
