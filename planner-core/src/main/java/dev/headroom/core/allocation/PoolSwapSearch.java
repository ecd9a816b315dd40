package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Moves out, alone or in exchange for another, each pool-placed workload whose pool could buy a
 * cheaper mix of nodes without it. Pools are full from the first period, before anything bought can
 * arrive, so a workload moved alone rarely fits anywhere; exchanged for a workload of the other pool,
 * it often does, and the two workloads' different sizes and growth can take a pool below a node's
 * worth of need. A pool's cheapest purchases never cost less with more load, so a workload whose
 * pool buys as much without it cannot help by leaving; only the others are tried.
 *
 * <p>For such a workload, the mixes cheaper than its pool's that carry the pool without it
 * ({@link StagedPurchases#nearMixes}) say which workloads could come back in its place; the other pool
 * keeps its nodes if they hold the exchange, or buys anew when that costs less than the first saves.
 * Workloads are tried in input order, for a fixed number of passes, so the same input gives the same
 * plan; the deadline is only a safety net.
 */
final class PoolSwapSearch {

    /** Passes over the workloads at most; on generated fleets of 2,000 workloads the second finds little. */
    static final int MOST_PASSES = 3;

    /** Cheaper mixes weighed per workload at most, the cheapest. */
    static final int MOST_MIXES = 200;

    /** Exchanges the other pool must buy for, searched per workload at most. */
    static final int MOST_SEARCHES = 16;

    private final PoolLoads plan;
    private final AllocationProblem pr;

    private PoolSwapSearch(PoolLoads plan) {
        this.plan = plan;
        this.pr = plan.pr;
    }

    /**
     * Makes the moves and exchanges that pay, in the plan itself; whether any was made.
     *
     * @param deadline {@link System#nanoTime()} after which no further workload is tried
     */
    static boolean improve(PoolLoads plan, long deadline) {
        PoolSwapSearch search = new PoolSwapSearch(plan);
        boolean movedAny = false;
        for (int pass = 0; pass < MOST_PASSES && System.nanoTime() < deadline; pass++) {
            boolean moved = false;
            for (int u = 0; u < search.pr.workloads && System.nanoTime() < deadline; u++) {
                moved |= search.release(u);
            }
            movedAny |= moved;
            if (!moved) {
                break;
            }
        }
        return movedAny;
    }

    /** Moves workload {@code u} out, alone or for another, when its pool then buys less; whether it moved. */
    private boolean release(int u) {
        if (!plan.movable(u)) {
            return false;
        }
        int a = plan.poolOf[u];
        long cost = plan.cost(a);
        long[][] without = plan.loadWith(a, u, -1);
        List<int[][]> cheaper = plan.cheaperMixes(a, without, cost);
        if (cheaper.isEmpty()) {
            return false;
        }
        List<long[][]> rooms = new ArrayList<>();
        for (int i = 0; i < cheaper.size() && i < MOST_MIXES; i++) {
            rooms.add(plan.roomOf(a, cheaper.get(i), without));
        }
        // Exchanges the other pool's nodes hold are taken at once; those it must buy for are weighed
        // afterwards, the widest margin between the saving and the least it must spend first.
        List<Candidate> candidates = new ArrayList<>();
        for (int b : pr.allowedPools[u]) {
            if (b == a || plan.fixed[b]) {
                continue;
            }
            for (int v = -1; v < pr.workloads; v++) {
                if (v >= 0 && (plan.poolOf[v] != b || !pr.mayRunIn(v, a))) {
                    continue;
                }
                int i = 0;
                while (v >= 0 && i < rooms.size() && !plan.holds(rooms.get(i), v, -1)) {
                    i++;
                }
                if (i == rooms.size()) {
                    continue;
                }
                if (plan.holds(plan.room[b], u, v)) {
                    exchange(u, v, a, b, cheaper.get(i), plan.owned[b]);
                    return true;
                }
                double margin = cost - StagedPurchases.cost(pr, cheaper.get(i)) - leastExtra(plan.room[b], u, v);
                if (margin > 0) {
                    candidates.add(new Candidate(b, v, i, margin));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::margin).reversed());
        for (int c = 0; c < candidates.size() && c < MOST_SEARCHES; c++) {
            Candidate candidate = candidates.get(c);
            int b = candidate.pool();
            int v = candidate.workload();
            long[][] load = plan.loadWith(b, u, 1);
            if (v >= 0) {
                plan.add(load, v, -1);
            }
            int[][] mix = cheaper.get(candidate.mix());
            int[][] bought = plan.cheapest(b, load, plan.cost(b) + cost - StagedPurchases.cost(pr, mix));
            if (bought != null) {
                exchange(u, v, a, b, mix, bought);
                return true;
            }
        }
        return false;
    }

    /** An exchange the other pool must buy for: {@code u} to pool {@code pool}, {@code workload} (-1: none) back. */
    private record Candidate(int pool, int workload, int mix, double margin) {
    }

    /**
     * About the least a pool must spend to hold {@code in} in place of {@code out} with this room: its
     * largest shortfall in a resource at the lowest price per unit of it. A guide, not a bound: the
     * pool might change its mix instead.
     */
    private double leastExtra(long[][] room, int in, int out) {
        double extra = 0;
        for (int r = 0; r < pr.resources; r++) {
            long shortfall = 0;
            for (int t = 0; t < pr.horizon; t++) {
                shortfall = Math.max(shortfall,
                        pr.demand[in][r][t] - (out < 0 ? 0 : pr.demand[out][r][t]) - room[r][t]);
            }
            extra = Math.max(extra, shortfall * pr.cheapestPerUnit(r));
        }
        return extra;
    }

    /** {@code u} leaves pool {@code a} for {@code b} and {@code v} (-1: none) comes back; each buys what is given. */
    private void exchange(int u, int v, int a, int b, int[][] boughtA, int[][] boughtB) {
        plan.move(u, b);
        if (v >= 0) {
            plan.move(v, a);
        }
        plan.buy(a, boughtA);
        plan.buy(b, boughtB);
    }
}
