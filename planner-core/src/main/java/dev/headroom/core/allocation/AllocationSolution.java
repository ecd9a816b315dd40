package dev.headroom.core.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A plan in the solver's integers: the pool of each workload, the nodes of each type bought for
 * each pool by each period (cumulative: nodes stay once bought), and the demand left unmet.
 *
 * @param poolOf [w] the pool index of each workload
 * @param bought [p][k][t] nodes of type k bought for pool p and usable by period t, in total
 * @param unmet  [p][r][t] scaled demand the pool's capacity does not cover
 * @param nodeOf [w][t] the {@link NodeSlots} slot a node-placed workload runs on, {@link NodeSlots#NONE}
 *               for pool placement or no demand in the period, {@link NodeSlots#UNPLACED} when no
 *               node took it (its demand is unmet)
 */
record AllocationSolution(int[] poolOf, int[][][] bought, int[][][] unmet, int[][] nodeOf) {

    /** A plan without node-placed workloads. */
    AllocationSolution(int[] poolOf, int[][][] bought, int[][][] unmet) {
        this(poolOf, bought, unmet, onNoNode(poolOf.length, unmet.length == 0 ? 0 : unmet[0][0].length));
    }

    static int[][] onNoNode(int workloads, int horizon) {
        int[][] nodes = new int[workloads][horizon];
        for (int[] row : nodes) {
            Arrays.fill(row, NodeSlots.NONE);
        }
        return nodes;
    }

    /** Scaled cost: every node owned by the last period was bought once. */
    long cost(AllocationProblem pr) {
        long cost = 0;
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                cost += (long) pr.nodeCost[k] * bought[p][k][pr.horizon - 1];
            }
        }
        return cost;
    }

    /** Real cost of the purchases. */
    double realCost(AllocationProblem pr) {
        double cost = 0;
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
            if (poolOf[w] == p) {
                load += pr.demand[w][r][t];
            }
        }
        return load;
    }

    boolean hostsWorkloads(int p) {
        for (int pool : poolOf) {
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
        long need = load(pr, p, r, t) + (hostsWorkloads(p) ? reserve(pr, p, r, t) : 0);
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
            if (!pr.mayRunIn(w, poolOf[w])) {
                return Optional.of("workload " + pr.workloadName(w) + " placed in a pool it may not run in");
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
        return new AllocationSolution(poolOf.clone(), b, u, n);
    }
}
