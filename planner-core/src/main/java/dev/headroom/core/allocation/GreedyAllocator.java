package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A quick plan to start the search from, and to fall back on when the search finds nothing
 * better in time: the most constrained workloads first (fewest pools allowed, then biggest), each into the allowed pool where it adds the least
 * unmet demand and then the least cost; each pool then buys, period by period, the node type that
 * covers its shortfall at the lowest cost per share covered.
 */
final class GreedyAllocator {

    private final AllocationProblem pr;
    private final long[][][] load;
    private final PoolPurchases[] purchases;

    private GreedyAllocator(AllocationProblem pr) {
        this.pr = pr;
        this.load = new long[pr.pools][pr.resources][pr.horizon];
        this.purchases = new PoolPurchases[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            purchases[p] = PoolPurchases.buy(pr, p, load[p], false);
        }
    }

    /** A plan that keeps every rule of the model; its unmet demand may be more than necessary. */
    static AllocationSolution solve(AllocationProblem pr, long seed) {
        GreedyAllocator greedy = new GreedyAllocator(pr);
        int[] poolOf = new int[pr.workloads];
        for (int w : placementOrder(pr, seed)) {
            poolOf[w] = greedy.place(w);
        }
        // The greedy keeps every workload in one pool for the whole horizon, which is always allowed.
        return AllocationSolution.of(AllocationSolution.staying(poolOf, pr.horizon), greedy.purchases);
    }

    /**
     * Workloads in placement order: those allowed in the fewest pools first (a pinned workload has no
     * choice, so it must not find its pool filled by ones that had), then the biggest first — size
     * being the sum over resources of the workload's peak demand as a share of the fleet's peak
     * demand. Ties keep an order shuffled by the seed.
     */
    static List<Integer> placementOrder(AllocationProblem pr, long seed) {
        double[] size = sizes(pr);
        List<Integer> order = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            order.add(w);
        }
        Collections.shuffle(order, new Random(seed));
        order.sort(Comparator.comparingInt((Integer w) -> pr.allowedPools[w].length)
                .thenComparing(Comparator.comparingDouble((Integer w) -> size[w]).reversed()));
        return order;
    }

    static double[] sizes(AllocationProblem pr) {
        double[] peak = new double[pr.resources];
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                long total = 0;
                for (int w = 0; w < pr.workloads; w++) {
                    total += pr.demand[w][r][t];
                }
                peak[r] = Math.max(peak[r], total);
            }
        }
        double[] size = new double[pr.workloads];
        for (int w = 0; w < pr.workloads; w++) {
            for (int r = 0; r < pr.resources; r++) {
                int most = 0;
                for (int t = 0; t < pr.horizon; t++) {
                    most = Math.max(most, pr.demand[w][r][t]);
                }
                size[w] += peak[r] > 0 ? most / peak[r] : 0;
            }
        }
        return size;
    }

    private int place(int w) {
        int best = -1;
        PoolPurchases bestPurchases = null;
        long bestUnmet = 0;
        long bestCost = 0;
        double bestFill = 0;
        boolean anyHosts = false;
        for (int p : pr.allowedPools[w]) {
            anyHosts |= nodesCanHost(w, p);
        }
        for (int p : pr.allowedPools[w]) {
            if (anyHosts && !nodesCanHost(w, p)) {
                continue; // a node-placed workload goes where some node can take it whole in every period
            }
            add(w, p, 1);
            PoolPurchases candidate = PoolPurchases.buy(pr, p, load[p], true, budgetLeftFor(p));
            double fill = fill(p);
            add(w, p, -1);
            long addedUnmet = candidate.unmetTotal() - purchases[p].unmetTotal();
            long addedCost = candidate.cost() - purchases[p].cost();
            boolean better = best < 0 || addedUnmet < bestUnmet
                    || (addedUnmet == bestUnmet && (addedCost < bestCost || (addedCost == bestCost && fill < bestFill)));
            if (better) {
                best = p;
                bestPurchases = candidate;
                bestUnmet = addedUnmet;
                bestCost = addedCost;
                bestFill = fill;
            }
        }
        add(w, best, 1);
        purchases[best] = bestPurchases;
        return best;
    }

    /** Whether, in every period the workload needs a node, the pool has or can buy a node type it fits whole. */
    private boolean nodesCanHost(int w, int p) {
        for (int t = 0; t < pr.horizon; t++) {
            if (!NodeChecks.needsNode(pr, w, t)) {
                continue;
            }
            boolean some = false;
            for (int k = 0; k < pr.nodeTypes && !some; k++) {
                some = pr.slots.fitsType(w, k, t)
                        && (pr.existing[p][k][t] > 0 || (pr.canArrive(k, t) && pr.purchaseLimit[p][k] > 0));
            }
            if (!some) {
                return false;
            }
        }
        return true;
    }

    /** [o] what the other pools' purchases leave of each period's budget; null without budgets. */
    private long[] budgetLeftFor(int p) {
        if (!pr.hasBudget()) {
            return null;
        }
        long[] left = pr.budget.clone();
        for (int q = 0; q < pr.pools; q++) {
            if (q == p) {
                continue;
            }
            long[] spend = purchases[q].spend(pr);
            for (int o = 0; o < pr.horizon; o++) {
                if (left[o] != AllocationProblem.NO_BUDGET) {
                    left[o] -= spend[o];
                }
            }
        }
        return left;
    }

    private void add(int w, int p, int sign) {
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                load[p][r][t] += (long) sign * pr.demand[w][r][t];
            }
        }
    }

    /** How full the pool's existing nodes are, at its fullest resource and period; emptier pools win ties. */
    private double fill(int p) {
        double fullest = 0;
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                long usable = 0;
                for (int k = 0; k < pr.nodeTypes; k++) {
                    usable += (long) pr.nodeUsable[k][r] * pr.existing[p][k][t];
                }
                double share = usable > 0 ? (double) load[p][r][t] / usable : load[p][r][t] > 0 ? 1e9 : 0;
                fullest = Math.max(fullest, share);
            }
        }
        return fullest;
    }
}
