package dev.headroom.core.allocation;

import java.util.List;

/**
 * The plan the searches that move pool-placed workloads between pools work on ({@link PoolReshuffle}):
 * each workload's pool, each pool's load and purchases, and the room those leave. Every workload
 * stays in one pool for the whole horizon. A pool's room is counted as if it hosted workloads (its HA
 * reserve kept free), so a pool that hosts none never looks roomier than it would be with one.
 */
final class PoolLoads {

    final AllocationProblem pr;
    /** [w] the pool of each workload. */
    final int[] poolOf;
    /** [p][r][t] load placed in the pool. */
    final long[][][] load;
    /** [p][k][t] nodes of each type bought for the pool and usable by each period. */
    final int[][][] owned;
    /** [p][r][t] capacity left after the HA reserve and the load; negative where it falls short. */
    final long[][][] room;
    /** [p] pools hosting node-placed workloads, whose nodes are packed afterwards: left as they are. */
    final boolean[] fixed;
    /** [p][k] node types each pool may not buy for now ({@link TypeBanSearch}); none unless set. */
    final boolean[][] banned;

    PoolLoads(AllocationProblem pr, AllocationSolution start) {
        this.pr = pr;
        this.poolOf = new int[pr.workloads];
        this.load = new long[pr.pools][pr.resources][pr.horizon];
        this.owned = new int[pr.pools][][];
        this.room = new long[pr.pools][][];
        this.fixed = new boolean[pr.pools];
        this.banned = new boolean[pr.pools][pr.nodeTypes];
        for (int w = 0; w < pr.workloads; w++) {
            poolOf[w] = start.poolOf()[w][0];
            add(load[poolOf[w]], w, 1);
            fixed[poolOf[w]] |= pr.nodePlaced[w];
        }
        for (int p = 0; p < pr.pools; p++) {
            int[][] bought = new int[pr.nodeTypes][];
            for (int k = 0; k < pr.nodeTypes; k++) {
                bought[k] = start.bought()[p][k].clone();
            }
            buy(p, bought);
        }
    }

    /**
     * Whether these searches may change the plan: no budgets (they tie the pools' purchases together),
     * at least two pools, nothing unmet, and every workload in one pool for the whole horizon.
     */
    static boolean applies(AllocationProblem pr, AllocationSolution start) {
        if (pr.hasBudget() || pr.pools < 2 || start.totalUnmet() > 0) {
            return false;
        }
        for (int w = 0; w < pr.workloads; w++) {
            if (!start.stays(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the workload may go to another pool: pool-placed, allowed in more than one, not in a fixed pool. */
    boolean movable(int w) {
        return !fixed[poolOf[w]] && pr.allowedPools[w].length > 1;
    }

    /** Scaled cost of what the pool buys. */
    long cost(int p) {
        return StagedPurchases.cost(pr, owned[p]);
    }

    long totalCost() {
        long total = 0;
        for (int p = 0; p < pr.pools; p++) {
            total += cost(p);
        }
        return total;
    }

    /** The pool's cheapest purchases for the load without its banned types ({@link StagedPurchases#cheapest}). */
    int[][] cheapest(int p, long[][] load, long costLimit) {
        return StagedPurchases.cheapest(pr, p, load, true, costLimit, banned[p]);
    }

    /**
     * The pool's purchases for the load costing less than the limit, cheapest first, without its banned
     * types ({@link StagedPurchases#nearMixes}).
     */
    List<int[][]> cheaperMixes(int p, long[][] load, long costLimit) {
        return StagedPurchases.nearMixes(pr, p, load, true, costLimit, new long[pr.resources], banned[p]);
    }

    /** Moves the workload to the pool; the two pools' rooms are the caller's to renew (by {@link #buy}). */
    void move(int w, int to) {
        add(load[poolOf[w]], w, -1);
        add(load[to], w, 1);
        poolOf[w] = to;
    }

    /** The pool buys these nodes from now on; its room is counted anew. */
    void buy(int p, int[][] bought) {
        owned[p] = bought;
        room[p] = roomOf(p, bought, load[p]);
    }

    /** [r][t] capacity of the pool's existing nodes and these purchases less the HA reserve and this load. */
    long[][] roomOf(int p, int[][] bought, long[][] load) {
        long[][] room = new long[pr.resources][pr.horizon];
        int[] held = new int[pr.nodeTypes];
        for (int t = 0; t < pr.horizon; t++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                held[k] = bought[k][t];
            }
            for (int r = 0; r < pr.resources; r++) {
                long usable = 0;
                for (int k = 0; k < pr.nodeTypes; k++) {
                    usable += (long) pr.nodeUsable[k][r] * (pr.existing[p][k][t] + bought[k][t]);
                }
                room[r][t] = usable - pr.reserve(p, r, t, held) - load[r][t];
            }
        }
        return room;
    }

    /** [r][t] what the pool's load and HA reserve need beyond the capacity of these purchases (the room negated). */
    long[][] lack(int p, int[][] bought) {
        long[][] lack = roomOf(p, bought, load[p]);
        for (long[] row : lack) {
            for (int t = 0; t < row.length; t++) {
                row[t] = -row[t];
            }
        }
        return lack;
    }

    /** Whether the room holds workload {@code in} in place of {@code out} (-1: none) in every resource and period. */
    boolean holds(long[][] room, int in, int out) {
        for (int t = pr.horizon - 1; t >= 0; t--) {
            for (int r = 0; r < pr.resources; r++) {
                if (pr.demand[in][r][t] - (out < 0 ? 0 : pr.demand[out][r][t]) > room[r][t]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** How much of what is lacking ([r][t], positive where short) the workload covers, each cell as a share of its lack. */
    double cover(int w, long[][] lack) {
        double cover = 0;
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (lack[r][t] > 0) {
                    cover += Math.min(pr.demand[w][r][t], lack[r][t]) / (double) lack[r][t];
                }
            }
        }
        return cover;
    }

    /** A copy of the pool's load. */
    long[][] loadCopy(int p) {
        long[][] copy = new long[pr.resources][];
        for (int r = 0; r < pr.resources; r++) {
            copy[r] = load[p][r].clone();
        }
        return copy;
    }

    /** A copy of the pool's load with the workload's demand added times the sign. */
    long[][] loadWith(int p, int w, int sign) {
        long[][] copy = loadCopy(p);
        add(copy, w, sign);
        return copy;
    }

    /** Adds the workload's demand, times the sign, to a [r][t] table. */
    void add(long[][] table, int w, int sign) {
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                table[r][t] += (long) sign * pr.demand[w][r][t];
            }
        }
    }

    AllocationSolution solution() {
        return new AllocationSolution(AllocationSolution.staying(poolOf, pr.horizon), owned,
                new int[pr.pools][pr.resources][pr.horizon]);
    }
}
