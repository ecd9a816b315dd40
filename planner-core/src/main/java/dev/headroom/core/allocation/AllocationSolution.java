package dev.headroom.core.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A plan in the solver's integers: the pool of each workload in each period, the nodes of each
 * type bought for each pool by each period (cumulative: nodes stay once bought), and the demand
 * left unmet.
 *
 * @param poolOf [w][t] the pool index of each workload in each period; the same in every period
 *               unless the settings allow moves
 * @param bought [p][k][t] nodes of type k bought for pool p and usable by period t, in total
 * @param unmet  [p][r][t] scaled demand the pool's capacity does not cover
 * @param nodeOf [w][t] the {@link NodeSlots} slot a node-placed workload runs on, {@link NodeSlots#NONE}
 *               for pool placement or no demand in the period, {@link NodeSlots#UNPLACED} when no
 *               node took it (its demand is unmet)
 */
record AllocationSolution(int[][] poolOf, int[][][] bought, int[][][] unmet, int[][] nodeOf) {

    /** A plan without node-placed workloads. */
    AllocationSolution(int[][] poolOf, int[][][] bought, int[][][] unmet) {
        this(poolOf, bought, unmet, onNoNode(poolOf.length, unmet.length == 0 ? 0 : unmet[0][0].length));
    }

    /** A plan without node-placed workloads whose pools each buy what {@link PoolPurchases} bought for them. */
    static AllocationSolution of(int[][] poolOf, PoolPurchases[] purchases) {
        int[][][] bought = new int[purchases.length][][];
        int[][][] unmet = new int[purchases.length][][];
        for (int p = 0; p < purchases.length; p++) {
            bought[p] = purchases[p].bought();
            unmet[p] = purchases[p].unmet();
        }
        return new AllocationSolution(poolOf, bought, unmet);
    }

    /** [w][t] each workload in the same pool in every one of the periods. */
    static int[][] staying(int[] pools, int horizon) {
        int[][] poolOf = new int[pools.length][horizon];
        for (int w = 0; w < pools.length; w++) {
            Arrays.fill(poolOf[w], pools[w]);
        }
        return poolOf;
    }

    /** Whether the workload runs in one pool for the whole horizon. */
    boolean stays(int w) {
        for (int pool : poolOf[w]) {
            if (pool != poolOf[w][0]) {
                return false;
            }
        }
        return true;
    }

    /** How many times a workload changes pool between two consecutive periods, over all workloads. */
    int moves() {
        int moves = 0;
        for (int[] pools : poolOf) {
            for (int t = 1; t < pools.length; t++) {
                moves += pools[t] != pools[t - 1] ? 1 : 0;
            }
        }
        return moves;
    }

    static int[][] onNoNode(int workloads, int horizon) {
        int[][] nodes = new int[workloads][horizon];
        for (int[] row : nodes) {
            Arrays.fill(row, NodeSlots.NONE);
        }
        return nodes;
    }

    /** Scaled cost: every node owned by the last period was bought once, and every move paid. */
    long cost(AllocationProblem pr) {
        long cost = (long) pr.moveCost * moves();
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                cost += (long) pr.nodeCost[k] * bought[p][k][pr.horizon - 1];
            }
        }
        return cost;
    }

    /** Real cost of the purchases and the moves. */
    double realCost(AllocationProblem pr) {
        double cost = pr.realMoveCost() * moves();
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                cost += pr.realCost(k) * bought[p][k][pr.horizon - 1];
            }
        }
        return cost;
    }

    long totalUnmet() {
        long total = 0;
        for (int[][] pool : unmet) {
            for (int[] resource : pool) {
                for (int amount : resource) {
                    total += amount;
                }
            }
        }
        return total;
    }

    /** Nodes of type k bought for pool p in period t itself (not before). */
    int purchasedIn(int p, int k, int t) {
        return bought[p][k][t] - (t == 0 ? 0 : bought[p][k][t - 1]);
    }

    /** Scaled demand placed in the pool. */
    long load(AllocationProblem pr, int p, int r, int t) {
        long load = 0;
        for (int w = 0; w < pr.workloads; w++) {
            if (poolOf[w][t] == p) {
                load += pr.demand[w][r][t];
            }
        }
        return load;
    }

    /** Whether some workload runs in the pool in the period, so that it keeps its HA spares free then. */
    boolean hostsWorkloads(int p, int t) {
        for (int[] pools : poolOf) {
            if (pools[t] == p) {
                return true;
            }
        }
        return false;
    }

    /** [t] whether the pool hosts workloads in each period. */
    boolean[] hosting(int p) {
        boolean[] hosts = new boolean[poolOf.length == 0 ? 0 : poolOf[0].length];
        for (int[] pools : poolOf) {
            for (int t = 0; t < hosts.length; t++) {
                hosts[t] |= pools[t] == p;
            }
        }
        return hosts;
    }

    /** Whether the workload runs in the pool in some period. */
    boolean visits(int w, int p) {
        for (int pool : poolOf[w]) {
            if (pool == p) {
                return true;
            }
        }
        return false;
    }

    /** Scaled usable capacity of the pool with its existing and bought nodes, before the HA reserve. */
    long usable(AllocationProblem pr, int p, int r, int t) {
        long usable = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            usable += (long) pr.nodeUsable[k][r] * (pr.existing[p][k][t] + bought[p][k][t]);
        }
        return usable;
    }

    /** The HA reserve the pool keeps in the period when it hosts workloads: its largest type held then. */
    long reserve(AllocationProblem pr, int p, int r, int t) {
        int[] owned = new int[pr.nodeTypes];
        for (int k = 0; k < pr.nodeTypes; k++) {
            owned[k] = bought[p][k][t];
        }
        return pr.reserve(p, r, t, owned);
    }

    /** How much capacity the pool lacks in the period for the resource, unmet demand counted as covered. */
    long shortfall(AllocationProblem pr, int p, int r, int t) {
        long need = load(pr, p, r, t) + (hostsWorkloads(p, t) ? reserve(pr, p, r, t) : 0);
        return need - usable(pr, p, r, t) - unmet[p][r][t];
    }

    /** [o] scaled spending on nodes ordered in each planned period, over all pools. */
    long[] spend(AllocationProblem pr) {
        long[] spend = new long[pr.horizon];
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = pr.leadTime[k]; t < pr.horizon; t++) {
                    spend[pr.orderPeriod(k, t)] += (long) pr.nodeCost[k] * purchasedIn(p, k, t);
                }
            }
        }
        return spend;
    }

    /** The first rule of the model this solution breaks, in words; empty when it keeps them all. */
    Optional<String> violation(AllocationProblem pr) {
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (!pr.mayRunIn(w, poolOf[w][t])) {
                    return Optional.of("workload " + pr.workloadName(w) + " placed in a pool it may not run in");
                }
            }
            if (!pr.movesAllowed && !stays(w)) {
                return Optional.of("workload " + pr.workloadName(w) + " moves between pools, which the settings forbid");
            }
        }
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                int nodes = 0;
                for (int k = 0; k < pr.nodeTypes; k++) {
                    int owned = bought[p][k][t];
                    if (owned < 0 || (t > 0 && owned < bought[p][k][t - 1])) {
                        return Optional.of("bought nodes decrease in pool " + pr.poolName(p));
                    }
                    if (owned > 0 && !pr.canArrive(k, t)) {
                        return Optional.of("node type " + pr.typeName(k) + " arrives before its lead time");
                    }
                    nodes += owned;
                }
                if (nodes > pr.purchaseRoom(p, t)) {
                    return Optional.of("pool " + pr.poolName(p) + " exceeds max_nodes");
                }
                for (int r = 0; r < pr.resources; r++) {
                    if (unmet[p][r][t] < 0 || shortfall(pr, p, r, t) > 0) {
                        return Optional.of("pool " + pr.poolName(p) + " " + pr.resourceName(r) + " over capacity");
                    }
                }
            }
        }
        Optional<String> nodes = NodeChecks.violation(pr, this);
        if (nodes.isPresent()) {
            return nodes;
        }
        long[] spend = spend(pr);
        for (int o = 0; o < pr.horizon; o++) {
            if (spend[o] > pr.budget[o]) {
                return Optional.of("spending on orders in " + pr.periods.get(o) + " exceeds its budget");
            }
        }
        return Optional.empty();
    }

    AllocationSolution copy() {
        int[][][] b = new int[bought.length][][];
        int[][][] u = new int[unmet.length][][];
        for (int p = 0; p < bought.length; p++) {
            b[p] = new int[bought[p].length][];
            for (int k = 0; k < bought[p].length; k++) {
                b[p][k] = bought[p][k].clone();
            }
            u[p] = new int[unmet[p].length][];
            for (int r = 0; r < unmet[p].length; r++) {
                u[p][r] = unmet[p][r].clone();
            }
        }
        int[][] n = new int[nodeOf.length][];
        for (int w = 0; w < nodeOf.length; w++) {
            n[w] = nodeOf[w].clone();
        }
        int[][] pools = new int[poolOf.length][];
        for (int w = 0; w < poolOf.length; w++) {
            pools[w] = poolOf[w].clone();
        }
        return new AllocationSolution(pools, b, u, n);
    }
}
