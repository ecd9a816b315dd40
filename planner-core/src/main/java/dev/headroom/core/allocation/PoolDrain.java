package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the growth of two pools into one. A pool buys for whatever its existing nodes cannot carry;
 * moving the workloads that make it buy into another pool, which buys for both, can cost less: one
 * pool rounding up to whole nodes instead of two, one HA spare raised to a larger type instead of two,
 * and a load large enough for the cheaper large types. For each ordered pair of pools, the workloads
 * of the first allowed in the second that cover most of what its existing nodes lack go over, and
 * both pools' purchases are bought anew ({@link StagedPurchases}); kept when together they cost less.
 */
final class PoolDrain {

    /** Rounds over all pairs of pools at most. */
    static final int MOST_ROUNDS = 3;

    private final PoolLoads plan;
    private final AllocationProblem pr;

    private PoolDrain(PoolLoads plan) {
        this.plan = plan;
        this.pr = plan.pr;
    }

    /**
     * Drains what pays, in the plan itself; whether anything was.
     *
     * @param deadline {@link System#nanoTime()} after which no further pair is tried
     */
    static boolean improve(PoolLoads plan, long deadline) {
        PoolDrain drain = new PoolDrain(plan);
        boolean drainedAny = false;
        for (int round = 0; round < MOST_ROUNDS && System.nanoTime() < deadline; round++) {
            boolean drained = false;
            for (int a = 0; a < drain.pr.pools; a++) {
                for (int q = 0; q < drain.pr.pools && System.nanoTime() < deadline; q++) {
                    drained |= a != q && !plan.fixed[a] && !plan.fixed[q] && drain.tryDrain(a, q);
                }
            }
            drainedAny |= drained;
            if (!drained) {
                break;
            }
        }
        return drainedAny;
    }

    private boolean tryDrain(int a, int q) {
        long before = plan.cost(a) + plan.cost(q);
        if (plan.cost(a) == 0) {
            return false;
        }
        long[][] lack = plan.lack(a, new int[pr.nodeTypes][pr.horizon]);
        List<Integer> candidates = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (plan.poolOf[w] == a && plan.movable(w) && pr.mayRunIn(w, q)) {
                candidates.add(w);
            }
        }
        long[][] loadA = plan.loadCopy(a);
        long[][] loadQ = plan.loadCopy(q);
        List<Integer> moved = new ArrayList<>();
        while (!candidates.isEmpty()) {
            int best = -1;
            double bestCover = 0;
            for (int i = 0; i < candidates.size(); i++) {
                double cover = plan.cover(candidates.get(i), lack);
                if (cover > bestCover) {
                    best = i;
                    bestCover = cover;
                }
            }
            if (best < 0) {
                break;
            }
            int w = candidates.remove(best);
            plan.add(lack, w, -1);
            plan.add(loadA, w, -1);
            plan.add(loadQ, w, 1);
            moved.add(w);
        }
        if (moved.isEmpty()) {
            return false;
        }
        int[][] boughtA = plan.cheapest(a, loadA, before);
        if (boughtA == null) {
            return false;
        }
        int[][] boughtQ = plan.cheapest(q, loadQ, before - StagedPurchases.cost(pr, boughtA));
        if (boughtQ == null) {
            return false;
        }
        for (int w : moved) {
            plan.move(w, q);
        }
        plan.buy(a, boughtA);
        plan.buy(q, boughtQ);
        return true;
    }
}
