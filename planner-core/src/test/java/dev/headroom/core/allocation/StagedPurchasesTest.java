package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheapest purchases for one pool's load, by search over final node counts. */
class StagedPurchasesTest {

    /**
     * On seeded tiny inputs (lead times, retirements, HA spares, max_nodes) and small generated fleets,
     * with each workload in its first allowed pool: every pool's staged purchases keep the model's
     * rules, and the Choco model of the pool's purchases, searched to the end, finds nothing cheaper
     * where no max_nodes applies.
     */
    @Test
    void agreesWithTheExactPoolModelAndKeepsTheRules() {
        int compared = 0;
        int buying = 0;
        for (long seed = 1; seed <= 400; seed++) {
            AllocationProblem pr = Planning.problem(seed <= 380 ? TinyInstances.generate(seed)
                    : FleetGenerator.generate(30, 3, 2, 8, 5, 30, seed));
            if (pr.hasBudget()) {
                continue;
            }
            int[] pools = new int[pr.workloads];
            for (int w = 0; w < pr.workloads; w++) {
                pools[w] = pr.allowedPools[w][(int) (seed % pr.allowedPools[w].length)];
            }
            AllocationSolution start = Planning.staying(pr, pools);
            int[][][] bought = new int[pr.pools][][];
            int[][][] unmet = new int[pr.pools][][];
            for (int p = 0; p < pr.pools; p++) {
                long[][] load = new long[pr.resources][pr.horizon];
                for (int r = 0; r < pr.resources; r++) {
                    for (int t = 0; t < pr.horizon; t++) {
                        load[r][t] = start.load(pr, p, r, t);
                    }
                }
                int[][] staged = StagedPurchases.cheapest(pr, p, load, start.hostsWorkloads(p, 0), Long.MAX_VALUE, null);
                boolean covered = Arrays.stream(start.unmet()[p]).flatMapToInt(Arrays::stream).allMatch(u -> u == 0);
                if (pr.maxNodes[p] == AllocationProblem.NO_LIMIT && covered) {
                    // (the other way round need not hold: the greedy buys no first node whose HA spare
                    // takes all it adds, where two such nodes would do)
                    assertThat(staged).as("seed %d pool %d: staged covers what the greedy covers", seed, p).isNotNull();
                }
                bought[p] = staged != null ? staged : start.bought()[p];
                unmet[p] = staged != null ? new int[pr.resources][pr.horizon] : start.unmet()[p];
            }
            AllocationSolution solution = new AllocationSolution(start.poolOf(), bought, unmet);
            assertThat(solution.violation(pr)).as("seed %d", seed).isEmpty();
            if (solution.totalUnmet() > 0) {
                continue;
            }
            AllocationSolution exact = PoolPurchaseOptimizer.improve(pr, solution, 1_000_000);
            for (int p = 0; p < pr.pools; p++) {
                long cost = StagedPurchases.cost(pr, bought[p]);
                buying += cost > 0 ? 1 : 0;
                if (pr.maxNodes[p] == AllocationProblem.NO_LIMIT) {
                    compared++;
                    assertThat(StagedPurchases.cost(pr, exact.bought()[p])).as("seed %d pool %d", seed, p)
                            .isEqualTo(cost);
                }
            }
        }
        assertThat(compared).isGreaterThan(150);
        assertThat(buying).isGreaterThan(100);
    }

    /**
     * One pool, max_nodes 3, two existing 10-core nodes, one of which retires in the third period; a
     * 40-core node (300) or 10-core nodes (100) arrive from the second period. Demand 15, 25, 35: the
     * cheapest is one big node (two 10-core nodes in the second period would leave no room for the
     * third), kept to max_nodes in every period.
     */
    @Test
    void maxNodesIsKeptInEveryPeriod() {
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 3)
                .resource("cpu", 1.0).pool("eu-1", 0, OptionalInt.of(3))
                .nodeType("small", 100, 1, "cpu", 10).nodeType("big", 300, 1, "cpu", 40)
                .existing("eu-1", "small", 1).existing("eu-1", "small", 1, "2025-03")
                .workload("web").demand("web", "cpu", 15, 25, 35).build());

        int[][] bought = StagedPurchases.cheapest(pr, 0, loadOf(pr, 0), true, Long.MAX_VALUE, null);

        assertThat(StagedPurchases.cost(pr, bought)).isEqualTo(StagedPurchases.cost(pr, new int[][]{{0, 0, 0}, {0, 1, 1}}));
        AllocationSolution plan = new AllocationSolution(new int[][]{{0, 0, 0}}, new int[][][]{bought},
                new int[1][1][3]);
        assertThat(plan.violation(pr)).isEmpty();
    }

    @Test
    void loadNothingCanCarryInTheFirstPeriodHasNoPurchases() {
        AllocationProblem pr = Planning.problem(InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1").nodeType("std", 100, 1, "cpu", 10)
                .existing("eu-1", "std", 1).workload("web").demand("web", "cpu", 12, 12).build());

        assertThat(StagedPurchases.cheapest(pr, 0, loadOf(pr, 0), true, Long.MAX_VALUE, null)).isNull();
    }

    /**
     * The mixes near a load: each costs less than the limit, leaves no resource and period short by
     * more than the allowance, and they come cheapest first; with no allowance the first is the cheapest.
     */
    @Test
    void nearMixesCoverTheLoadWithinTheAllowance() {
        int mixes = 0;
        for (long seed = 1; seed <= 5; seed++) {
            AllocationProblem pr = Planning.problem(FleetGenerator.generate(40, 3, 3, 10, 5, 30, seed));
            PoolLoads plan = new PoolLoads(pr, PoolPurchaseOptimizer.improve(pr, GreedyAllocator.solve(pr, seed), 200));
            for (int p = 0; p < pr.pools; p++) {
                int[][] cheapest = StagedPurchases.cheapest(pr, p, plan.load[p], true, Long.MAX_VALUE, null);
                if (cheapest == null) {
                    continue;
                }
                long limit = StagedPurchases.cost(pr, cheapest) + 2L * pr.nodeCost[0] + 1;
                long[] allowance = new long[pr.resources];
                for (int r = 0; r < pr.resources; r++) {
                    allowance[r] = pr.nodeUsable[0][r] / 2;
                }
                List<int[][]> near = StagedPurchases.nearMixes(pr, p, plan.load[p], true, limit, allowance, null);
                assertThat(near).isNotEmpty();
                long previous = 0;
                for (int[][] mix : near) {
                    long cost = StagedPurchases.cost(pr, mix);
                    assertThat(cost).isLessThan(limit).isGreaterThanOrEqualTo(previous);
                    previous = cost;
                    long[][] room = plan.roomOf(p, mix, plan.load[p]);
                    for (int r = 0; r < pr.resources; r++) {
                        for (int t = 0; t < pr.horizon; t++) {
                            assertThat(room[r][t] + allowance[r]).as("seed %d pool %d", seed, p).isNotNegative();
                        }
                    }
                }
                List<int[][]> exact = StagedPurchases.nearMixes(pr, p, plan.load[p], true, limit, new long[pr.resources], null);
                assertThat(StagedPurchases.cost(pr, exact.getFirst())).isEqualTo(StagedPurchases.cost(pr, cheapest));
                mixes += near.size();
            }
        }
        assertThat(mixes).isGreaterThan(20);
    }

    /** [r][t] the workload's demand as a pool's load. */
    private static long[][] loadOf(AllocationProblem pr, int w) {
        long[][] load = new long[pr.resources][pr.horizon];
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                load[r][t] = pr.demand[w][r][t];
            }
        }
        return load;
    }
}
