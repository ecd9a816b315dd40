package dev.headroom.core.allocation;

import java.util.Arrays;

/**
 * What one pool buys, period by period, to carry a given load: in each period, while some
 * resource falls short and max_nodes leaves room, one more node of the type with the lowest cost
 * per share of the shortfall it covers, among the types that can have arrived by then, that help
 * in this period and that the budget of their ordering period still pays for. Nodes stay once
 * bought, so the shortfall a node is judged against is the largest the pool will have from this
 * period on, not just this period's: a small gap today must not fill the pool with small nodes
 * when the growth ahead is better served by large ones. For the same reason the larger HA reserve
 * a larger type brings is shared among the nodes of that type the shortfall ahead calls for.
 * Whatever still falls short is unmet.
 *
 * @param bought [k][t] nodes of each type owned by each period
 * @param unmet  [r][t] scaled shortfall left
 */
record PoolPurchases(int[][] bought, int[][] unmet, long cost, long unmetTotal) {

    /** [o] scaled spending on the pool's orders in each planned period. */
    long[] spend(AllocationProblem pr) {
        long[] spend = new long[pr.horizon];
        for (int k = 0; k < pr.nodeTypes; k++) {
            for (int t = pr.leadTime[k]; t < pr.horizon; t++) {
                int before = t == 0 ? 0 : bought[k][t - 1];
                spend[pr.orderPeriod(k, t)] += (long) pr.nodeCost[k] * (bought[k][t] - before);
            }
        }
        return spend;
    }

    /**
     * @param load  [r][t] scaled demand placed in the pool
     * @param hosts whether the pool hosts any workload, so that its HA spares must be kept free
     */
    static PoolPurchases buy(AllocationProblem pr, int p, long[][] load, boolean hosts) {
        return buy(pr, p, load, hosts, null);
    }

    /**
     * @param budgetLeft [o] what this pool may spend on orders in each planned period (what other
     *                   pools leave of the budget), or null for no limit
     */
    static PoolPurchases buy(AllocationProblem pr, int p, long[][] load, boolean hosts, long[] budgetLeft) {
        return buy(pr, p, load, hosts, budgetLeft, null);
    }

    /**
     * @param floor [k][t] nodes of each type the pool must own by each period whatever its load (the
     *              nodes its node-placed workloads are packed on), or null; never more than max_nodes allows
     */
    static PoolPurchases buy(AllocationProblem pr, int p, long[][] load, boolean hosts, long[] budgetLeft,
                             int[][] floor) {
        boolean[] hosting = new boolean[pr.horizon];
        Arrays.fill(hosting, hosts);
        return buy(pr, p, load, hosting, budgetLeft, floor);
    }

    /**
     * @param hosts [t] whether the pool hosts any workload in each period (which may change from one
     *              period to the next when the settings allow moves)
     */
    static PoolPurchases buy(AllocationProblem pr, int p, long[][] load, boolean[] hosts, long[] budgetLeft,
                             int[][] floor) {
        long[] spent = new long[pr.horizon];
        int[] owned = new int[pr.nodeTypes];
        int[][] bought = new int[pr.nodeTypes][pr.horizon];
        int[][] unmet = new int[pr.resources][pr.horizon];
        long unmetTotal = 0;
        long[] need = new long[pr.resources];
        for (int t = 0; t < pr.horizon; t++) {
            for (int k = 0; floor != null && k < pr.nodeTypes; k++) {
                if (floor[k][t] > owned[k]) {
                    spent[pr.orderPeriod(k, t)] += (long) pr.nodeCost[k] * (floor[k][t] - owned[k]);
                    owned[k] = floor[k][t];
                }
            }
            int ownedTotal = 0;
            for (int k = 0; k < pr.nodeTypes; k++) {
                ownedTotal += owned[k];
            }
            long room = (long) pr.purchaseRoom(p, t) - ownedTotal;
            shortfall(pr, p, t, load, hosts[t], owned, need);
            while (room > 0 && anyPositive(need)) {
                long[] ahead = shortfallAhead(pr, p, t, load, hosts, owned, need);
                int k = bestType(pr, p, t, owned, need, ahead, hosts[t], budgetLeft, spent);
                if (k < 0) {
                    break;
                }
                owned[k]++;
                spent[pr.orderPeriod(k, t)] += pr.nodeCost[k];
                room--;
                shortfall(pr, p, t, load, hosts[t], owned, need);
            }
            for (int r = 0; r < pr.resources; r++) {
                unmet[r][t] = (int) Math.max(0, need[r]);
                unmetTotal += unmet[r][t];
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                bought[k][t] = owned[k];
            }
        }
        long cost = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            cost += (long) pr.nodeCost[k] * owned[k];
        }
        return new PoolPurchases(bought, unmet, cost, unmetTotal);
    }

    /** [r] load plus HA reserve (of the largest type held) minus usable capacity, into {@code need}. */
    private static void shortfall(AllocationProblem pr, int p, int t, long[][] load, boolean hosts, int[] owned,
                                  long[] need) {
        for (int r = 0; r < pr.resources; r++) {
            need[r] = load[r][t] + (hosts ? pr.reserve(p, r, t, owned) : 0);
            for (int k = 0; k < pr.nodeTypes; k++) {
                need[r] -= (long) pr.nodeUsable[k][r] * (pr.existing[p][k][t] + owned[k]);
            }
        }
    }

    /** [r] the largest shortfall from period t to the horizon's end with the nodes owned now; {@code need} is t's. */
    private static long[] shortfallAhead(AllocationProblem pr, int p, int t, long[][] load, boolean[] hosts,
                                         int[] owned, long[] need) {
        long[] ahead = need.clone();
        long[] later = new long[pr.resources];
        for (int u = t + 1; u < pr.horizon; u++) {
            shortfall(pr, p, u, load, hosts[u], owned, later);
            for (int r = 0; r < pr.resources; r++) {
                ahead[r] = Math.max(ahead[r], later[r]);
            }
        }
        return ahead;
    }

    /**
     * The arrived node type that covers some of this period's shortfall ({@code need}) with the lowest
     * cost per share of the shortfall ahead covered. A type larger than any held raises the HA
     * reserve; that rise is counted against the nodes of the type the shortfall ahead needs (at
     * least one). -1 when no type helps.
     */
    private static int bestType(AllocationProblem pr, int p, int t, int[] owned, long[] need, long[] ahead,
                                boolean hosts, long[] budgetLeft, long[] spent) {
        int best = -1;
        double bestScore = Double.POSITIVE_INFINITY;
        double bestCovered = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (!pr.canArrive(k, t) || owned[k] >= pr.purchaseLimit[p][k]) {
                continue;
            }
            int o = pr.orderPeriod(k, t);
            if (budgetLeft != null && budgetLeft[o] != AllocationProblem.NO_BUDGET
                    && spent[o] + pr.nodeCost[k] > budgetLeft[o]) {
                continue;
            }
            double nodesAhead = 1;
            for (int r = 0; r < pr.resources; r++) {
                if (ahead[r] > 0 && pr.nodeUsable[k][r] > 0) {
                    nodesAhead = Math.max(nodesAhead, (double) ahead[r] / pr.nodeUsable[k][r]);
                }
            }
            double covered = 0;
            boolean helpsNow = false;
            for (int r = 0; r < pr.resources; r++) {
                long rise = hosts ? Math.max(0, pr.typeReserve[p][k][r] - pr.reserve(p, r, t, owned)) : 0;
                helpsNow |= need[r] > 0 && pr.nodeUsable[k][r] > rise;
                if (ahead[r] > 0) {
                    double gain = pr.nodeUsable[k][r] - rise / nodesAhead;
                    covered += Math.min(gain, ahead[r]) / ahead[r];
                }
            }
            if (covered <= 0 || !helpsNow) {
                continue;
            }
            double score = pr.nodeCost[k] / covered;
            if (score < bestScore || (score == bestScore && covered > bestCovered)) {
                best = k;
                bestScore = score;
                bestCovered = covered;
            }
        }
        return best;
    }

    private static boolean anyPositive(long[] values) {
        for (long v : values) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }
}
