package dev.headroom.core.allocation;

import dev.headroom.core.progress.Cancellation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Leads the reshuffle out of a plan no single move or exchange improves, by banning one pool a node
 * type it buys for a while: the pool buys its load without that type, so the searches move out the
 * workloads that call for it (storage-heavy ones when the type is the storage node, say) and take in
 * others; then the ban is lifted, every pool buys its cheapest again, and the searches go on. The
 * plan is kept when it ends cheaper. Where a pool with an HA spare buys a type larger than its
 * nodes, the spare rises; a placement in which it no longer needs that type avoids the rise, and
 * reaching it takes many workloads moving at once. On generated fleets of 200 workloads × 6 pools
 * (seeds 1–3) this takes 1.2%, 1.7% and nothing off the plan in 1–3 s; each try re-runs the searches,
 * so the number of tries is bounded by the fleet's size (40 at 200 workloads, one at 1,000, none from
 * 1,265 on, where one try takes seconds).
 */
final class TypeBanSearch {

    /**
     * Tries at most this many divided by the square of the workloads: a try's searches weigh workloads
     * against workloads (on 2 cores about 0.15 s a try at 200 workloads, 2.3 s at 1,000).
     */
    static final long TRY_BUDGET = 1_600_000;
    /** Rounds of the searches with the ban and after it. */
    static final int ROUNDS = 2;

    private TypeBanSearch() {
    }

    /**
     * The cheapest plan found by banning types one pool and one type at a time, pools dearest first,
     * in sweeps while one pays; the plan itself when none does.
     *
     * @param deadline {@link System#nanoTime()} after which no further try starts
     */
    static PoolLoads improve(PoolLoads plan, long deadline, Cancellation cancellation) {
        AllocationProblem pr = plan.pr;
        long tries = TRY_BUDGET / Math.max(1, (long) pr.workloads * pr.workloads);
        PoolLoads best = plan;
        boolean paid = true;
        while (paid && tries > 0) {
            paid = false;
            for (int[] ban : bans(best)) {
                if (tries-- <= 0 || System.nanoTime() >= deadline || cancellation.isCancelled()) {
                    return best;
                }
                PoolLoads trial = withBan(best, ban[0], ban[1], deadline);
                if (trial != null && trial.totalCost() < best.totalCost()) {
                    best = trial;
                    paid = true;
                }
            }
        }
        return best;
    }

    /** [pool, type] every type each pool buys, the dearest pools first, then by type. */
    private static List<int[]> bans(PoolLoads plan) {
        AllocationProblem pr = plan.pr;
        List<Integer> pools = new ArrayList<>();
        for (int p = 0; p < pr.pools; p++) {
            if (!plan.fixed[p] && plan.cost(p) > 0) {
                pools.add(p);
            }
        }
        pools.sort(Comparator.comparingLong((Integer p) -> plan.cost(p)).reversed().thenComparing(p -> p));
        List<int[]> bans = new ArrayList<>();
        for (int p : pools) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                if (plan.owned[p][k][pr.horizon - 1] > 0) {
                    bans.add(new int[] {p, k});
                }
            }
        }
        return bans;
    }

    /**
     * A copy of the plan searched with the pool banned the type, then without the ban; null when the
     * pool cannot do without the type.
     */
    private static PoolLoads withBan(PoolLoads start, int p, int k, long deadline) {
        AllocationProblem pr = start.pr;
        PoolLoads trial = new PoolLoads(pr, start.solution());
        trial.banned[p][k] = true;
        int[][] without = trial.cheapest(p, trial.load[p], Long.MAX_VALUE);
        if (without == null) {
            return null;
        }
        trial.buy(p, without);
        search(trial, deadline);
        trial.banned[p][k] = false;
        for (int q = 0; q < pr.pools; q++) {
            int[][] cheaper = trial.fixed[q] ? null : trial.cheapest(q, trial.load[q], trial.cost(q));
            if (cheaper != null) {
                trial.buy(q, cheaper);
            }
        }
        search(trial, deadline);
        return trial;
    }

    private static void search(PoolLoads plan, long deadline) {
        for (int round = 0; round < ROUNDS; round++) {
            PoolSwapSearch.improve(plan, deadline);
            ConsolidationSearch.improve(plan, deadline);
            PoolDrain.improve(plan, deadline);
        }
    }
}
