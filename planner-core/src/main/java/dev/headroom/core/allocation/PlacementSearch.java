package dev.headroom.core.allocation;

/**
 * Improves the greedy start's placement: each pool-placed workload, in turn, moves to the allowed
 * pool where the two pools' purchases together cost least (by {@link PoolPurchases}), when that
 * leaves no more demand unmet and costs less than staying. The greedy places each workload once,
 * seeing only the workloads placed before it; this sees them all. Passes repeat until one moves
 * nothing, up to a fixed number of passes, so that the same input gives the same plan; the deadline
 * is only a safety net.
 *
 * <p>Node-placed workloads stay where they are (their nodes are packed afterwards), and so does
 * everything when budgets tie the pools' purchases together. The start keeps each workload in one
 * pool for the whole horizon (as the greedy does), and so does every plan this makes: a workload
 * moved here moves for every period, never from one period to the next.
 */
final class PlacementSearch {

    /** Passes over the workloads at most; on generated fleets of 2,000 workloads the third moves almost nothing. */
    static final int MOST_PASSES = 6;

    private final AllocationProblem pr;
    private final int[] poolOf;
    private final long[][][] load;
    private final int[] hosted;
    private final PoolPurchases[] purchases;

    private PlacementSearch(AllocationProblem pr, AllocationSolution start) {
        this.pr = pr;
        this.poolOf = new int[pr.workloads];
        for (int w = 0; w < pr.workloads; w++) {
            poolOf[w] = start.poolOf()[w][0];
        }
        this.load = new long[pr.pools][pr.resources][pr.horizon];
        this.hosted = new int[pr.pools];
        for (int w = 0; w < pr.workloads; w++) {
            hosted[poolOf[w]]++;
            add(w, poolOf[w], 1);
        }
        this.purchases = new PoolPurchases[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            purchases[p] = PoolPurchases.buy(pr, p, load[p], hosted[p] > 0);
        }
    }

    /**
     * A plan whose placement costs no more than the start's and leaves no more unmet, with each pool's
     * purchases as {@link PoolPurchases} makes them; the start itself when nothing moved or budgets apply.
     *
     * @param deadline {@link System#nanoTime()} after which no further workload is tried
     */
    static AllocationSolution improve(AllocationProblem pr, AllocationSolution start, long deadline) {
        if (pr.hasBudget() || pr.pools < 2) {
            return start;
        }
        for (int w = 0; w < pr.workloads; w++) {
            if (!start.stays(w)) {
                return start; // a start with moves is the search's to keep: this moves whole workloads only
            }
        }
        PlacementSearch search = new PlacementSearch(pr, start);
        boolean movedAny = false;
        for (int pass = 0; pass < MOST_PASSES && System.nanoTime() < deadline; pass++) {
            boolean moved = false;
            for (int w = 0; w < pr.workloads && System.nanoTime() < deadline; w++) {
                moved |= search.moveIfCheaper(w);
            }
            movedAny |= moved;
            if (!moved) {
                break;
            }
        }
        AllocationSolution moved = search.solution();
        // The start's purchases need not be PoolPurchases' for its placement (the caller may have made
        // them cheaper); keep the start unless the moves really paid.
        if (!movedAny || moved.totalUnmet() > start.totalUnmet()
                || (moved.totalUnmet() == start.totalUnmet() && moved.cost(pr) >= start.cost(pr))) {
            return start;
        }
        return moved;
    }

    /** Moves the workload to the allowed pool that saves most, if any saves; whether it moved. */
    private boolean moveIfCheaper(int w) {
        int from = poolOf[w];
        if (pr.nodePlaced[w] || pr.allowedPools[w].length < 2) {
            return false;
        }
        add(w, from, -1);
        PoolPurchases without = PoolPurchases.buy(pr, from, load[from], hosted[from] > 1);
        long unmetFreed = purchases[from].unmetTotal() - without.unmetTotal();
        long costFreed = purchases[from].cost() - without.cost();
        int best = -1;
        PoolPurchases bestWith = null;
        long bestUnmet = 0;
        long bestCost = 0;
        for (int to : pr.allowedPools[w]) {
            if (to == from) {
                continue;
            }
            add(w, to, 1);
            PoolPurchases with = PoolPurchases.buy(pr, to, load[to], true);
            add(w, to, -1);
            long addedUnmet = with.unmetTotal() - purchases[to].unmetTotal() - unmetFreed;
            long addedCost = with.cost() - purchases[to].cost() - costFreed;
            boolean better = addedUnmet < 0 || (addedUnmet == 0 && addedCost < 0);
            if (better && (best < 0 || addedUnmet < bestUnmet || (addedUnmet == bestUnmet && addedCost < bestCost))) {
                best = to;
                bestWith = with;
                bestUnmet = addedUnmet;
                bestCost = addedCost;
            }
        }
        if (best < 0) {
            add(w, from, 1);
            return false;
        }
        add(w, best, 1);
        hosted[from]--;
        hosted[best]++;
        poolOf[w] = best;
        purchases[from] = without;
        purchases[best] = bestWith;
        return true;
    }

    private AllocationSolution solution() {
        return AllocationSolution.of(AllocationSolution.staying(poolOf, pr.horizon), purchases);
    }

    private void add(int w, int p, int sign) {
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                load[p][r][t] += (long) sign * pr.demand[w][r][t];
            }
        }
    }
}
