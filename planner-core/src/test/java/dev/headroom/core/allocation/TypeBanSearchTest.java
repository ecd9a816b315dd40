package dev.headroom.core.allocation;

import dev.headroom.core.progress.Cancellation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Banning a pool a node type for a while leads the reshuffle out of plans no move or exchange improves. */
class TypeBanSearchTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    /** The reshuffle's three searches on the planner's start for a generated fleet, run until none changes the plan. */
    private static PoolLoads settled(AllocationProblem pr, long seed) {
        AllocationSolution start = PoolPurchaseOptimizer.improve(pr,
                PlacementSearch.improve(pr, GreedyAllocator.solve(pr, seed), NO_DEADLINE), 200);
        PoolLoads plan = new PoolLoads(pr, start);
        for (int round = 0; round < 30; round++) {
            boolean changed = PoolSwapSearch.improve(plan, NO_DEADLINE);
            changed |= ConsolidationSearch.improve(plan, NO_DEADLINE);
            changed |= PoolDrain.improve(plan, NO_DEADLINE);
            if (!changed) {
                return plan;
            }
        }
        throw new AssertionError("the searches did not settle");
    }

    /**
     * On seeded generated fleets (60 workloads, 4 pools) whose plans the searches leave as they are, the
     * bans keep every rule, lift every ban, never cost more, give the same plan twice and make some
     * cheaper (seeds 1 and 5).
     */
    @Test
    void plansNoSearchImprovesAreMadeCheaper() {
        int cheaper = 0;
        for (long seed = 1; seed <= 6; seed++) {
            AllocationProblem pr = Planning.problem(FleetGenerator.generate(60, 4, 3, 12, 5, 30, seed));
            PoolLoads plan = settled(pr, seed);
            long before = plan.totalCost();

            PoolLoads after = TypeBanSearch.improve(plan, NO_DEADLINE, Cancellation.NEVER);

            assertThat(after.totalCost()).as("seed %d", seed).isLessThanOrEqualTo(before);
            AllocationSolution solution = after.solution();
            assertThat(solution.violation(pr)).as("seed %d", seed).isEmpty();
            assertThat(solution.cost(pr)).isEqualTo(after.totalCost());
            for (boolean[] pool : after.banned) {
                assertThat(pool).doesNotContain(true);
            }
            PoolLoads again = TypeBanSearch.improve(settled(pr, seed), NO_DEADLINE, Cancellation.NEVER);
            assertThat(again.poolOf).as("seed %d", seed).isEqualTo(after.poolOf);
            cheaper += after.totalCost() < before ? 1 : 0;
        }
        assertThat(cheaper).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aBannedTypeIsNotBought() {
        AllocationProblem pr = Planning.problem(FleetGenerator.generate(60, 4, 3, 12, 5, 30, 3));
        PoolLoads plan = settled(pr, 3);
        int last = pr.horizon - 1;
        int checked = 0;
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                if (plan.owned[p][k][last] == 0) {
                    continue;
                }
                plan.banned[p][k] = true;
                int[][] without = plan.cheapest(p, plan.load[p], Long.MAX_VALUE);
                plan.banned[p][k] = false;

                if (without != null) {
                    assertThat(without[k][last]).as("pool %d type %d", p, k).isZero();
                    for (long[] row : plan.roomOf(p, without, plan.load[p])) {
                        assertThat(java.util.Arrays.stream(row).min().orElse(0))
                                .as("room of pool %d without type %d", p, k).isNotNegative();
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void onceCancelledItTriesNothing() {
        AllocationProblem pr = Planning.problem(FleetGenerator.generate(60, 4, 3, 12, 5, 30, 3));
        PoolLoads plan = settled(pr, 3);

        assertThat(TypeBanSearch.improve(plan, NO_DEADLINE, () -> true)).isSameAs(plan);
    }
}
