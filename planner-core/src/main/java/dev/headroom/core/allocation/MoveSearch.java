package dev.headroom.core.allocation;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * With moves between pools allowed, looks for the moves that pay in a plan that keeps every workload
 * in one pool: a pool-placed workload runs in another allowed pool from some period on, when what the
 * two pools buy for that (by {@link PoolPurchases}) plus the price of the move costs less than before
 * and leaves no more demand unmet. The periods tried are those in which the workload's pool gains a
 * bought node or loses existing ones: moving out then is what can save a node. Each workload moves
 * at most once. The number of pool purchases weighed is bounded, so the same input gives the same
 * plan; the deadline is only a safety net.
 *
 * <p>The Choco search over a pool per period goes on from the result; on large fleets, where that
 * search meets too few dead ends to find moves, this is what finds them.
 */
final class MoveSearch {

    /** Pool purchases weighed at most (about 10 s on 2,000 workloads × 20 pools on a loaded core). */
    static final long MOST_PURCHASES_WEIGHED = 200_000;

    private final AllocationProblem pr;
    private final int[][] poolOf;
    private final long[][][] load;
    /** [p][t] workloads the pool hosts in the period. */
    private final int[][] hosted;
    private final PoolPurchases[] purchases;
    private long weighed;

    private MoveSearch(AllocationProblem pr, AllocationSolution start) {
        this.pr = pr;
        this.poolOf = new int[pr.workloads][];
        this.load = new long[pr.pools][pr.resources][pr.horizon];
        this.hosted = new int[pr.pools][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            poolOf[w] = start.poolOf()[w].clone();
            for (int t = 0; t < pr.horizon; t++) {
                add(w, poolOf[w][t], t, 1);
            }
        }
        this.purchases = new PoolPurchases[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            purchases[p] = buy(p);
        }
    }

    /**
     * The start with the moves that pay, each pool's purchases as {@link PoolPurchases} makes them; the
     * start itself when moves are not allowed, budgets tie the pools together, some workload is
     * node-placed (its nodes would have to be packed again), or no move pays.
     *
     * @param deadline {@link System#nanoTime()} after which no further workload is tried
     */
    static AllocationSolution improve(AllocationProblem pr, AllocationSolution start, long deadline) {
        if (!pr.movesAllowed || pr.hasBudget() || pr.hasNodePlacement() || pr.pools < 2) {
            return start;
        }
        MoveSearch search = new MoveSearch(pr, start);
        boolean movedAny = false;
        for (int w = 0; w < pr.workloads && search.weighed < MOST_PURCHASES_WEIGHED
                && System.nanoTime() < deadline; w++) {
            movedAny |= search.moveIfItPays(w);
        }
        return movedAny ? search.solution() : start;
    }

    /** Moves the workload from the period and to the pool that save most, if any saves; whether it moved. */
    private boolean moveIfItPays(int w) {
        int from = poolOf[w][0];
        if (pr.nodePlaced[w] || pr.allowedPools[w].length < 2 || !stays(w)) {
            return false;
        }
        long bestSaving = 0;
        int bestPeriod = -1;
        int bestPool = -1;
        PoolPurchases bestFrom = null;
        PoolPurchases bestTo = null;
        for (int t : periodsWorthLeaving(from)) {
            shift(w, from, t, -1);
            PoolPurchases without = buy(from);
            for (int to : pr.allowedPools[w]) {
                if (to == from) {
                    continue;
                }
                shift(w, to, t, 1);
                PoolPurchases with = buy(to);
                shift(w, to, t, -1);
                long unmet = without.unmetTotal() + with.unmetTotal()
                        - purchases[from].unmetTotal() - purchases[to].unmetTotal();
                long saving = purchases[from].cost() + purchases[to].cost() - without.cost() - with.cost()
                        - pr.moveCost;
                if (unmet <= 0 && saving > bestSaving) {
                    bestSaving = saving;
                    bestPeriod = t;
                    bestPool = to;
                    bestFrom = without;
                    bestTo = with;
                }
            }
            shift(w, from, t, 1);
        }
        if (bestPeriod < 0) {
            return false;
        }
        shift(w, from, bestPeriod, -1);
        shift(w, bestPool, bestPeriod, 1);
        Arrays.fill(poolOf[w], bestPeriod, pr.horizon, bestPool);
        purchases[from] = bestFrom;
        purchases[bestPool] = bestTo;
        return true;
    }

    /** The periods after the first in which the pool gains a bought node or loses existing ones. */
    private TreeSet<Integer> periodsWorthLeaving(int p) {
        TreeSet<Integer> periods = new TreeSet<>();
        for (int t = 1; t < pr.horizon; t++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                if (purchases[p].bought()[k][t] > purchases[p].bought()[k][t - 1]
                        || pr.existing[p][k][t] < pr.existing[p][k][t - 1]) {
                    periods.add(t);
                }
            }
        }
        return periods;
    }

    private boolean stays(int w) {
        for (int pool : poolOf[w]) {
            if (pool != poolOf[w][0]) {
                return false;
            }
        }
        return true;
    }

    private PoolPurchases buy(int p) {
        weighed++;
        boolean[] hosts = new boolean[pr.horizon];
        for (int t = 0; t < pr.horizon; t++) {
            hosts[t] = hosted[p][t] > 0;
        }
        return PoolPurchases.buy(pr, p, load[p], hosts, null, null);
    }

    /** Adds (sign 1) or takes away (-1) the workload's demand in the pool from period {@code from} on. */
    private void shift(int w, int p, int from, int sign) {
        for (int t = from; t < pr.horizon; t++) {
            add(w, p, t, sign);
        }
    }

    private void add(int w, int p, int t, int sign) {
        hosted[p][t] += sign;
        for (int r = 0; r < pr.resources; r++) {
            load[p][r][t] += (long) sign * pr.demand[w][r][t];
        }
    }

    private AllocationSolution solution() {
        int[][] pools = new int[pr.workloads][];
        for (int w = 0; w < pr.workloads; w++) {
            pools[w] = poolOf[w].clone();
        }
        return AllocationSolution.of(pools, purchases);
    }
}
