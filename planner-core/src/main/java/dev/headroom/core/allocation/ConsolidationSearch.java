package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives back bought nodes by filling the room the other pools have left. Each pool buys whole nodes
 * for its own load, so every pool ends the horizon with part of a node spare; over twenty pools that
 * is many nodes, and moving one workload at a time rarely frees a whole one. This takes a pool's
 * last-bought node of a type away (or swaps it for one of a cheaper type), works out what the pool
 * then lacks in each resource and period, and moves out workloads that may run elsewhere, each into
 * the allowed pool whose room it fills best, until nothing is lacking. Only room left over in every
 * period counts, so no other pool buys more: the plan gets cheaper by the node's price (less the
 * cheaper type's), or nothing changes. Removals are tried the most promising first, in rounds, until
 * a round frees nothing or the tries are used up.
 */
final class ConsolidationSearch {

    /** Node removals tried at most per call (a round on 2,000 workloads × 20 pools tries about 300). */
    static final int MOST_TRIES = 3_000;

    private final PoolLoads plan;
    private final AllocationProblem pr;
    /** [r] the largest node type's usable capacity: the scale on which shortfalls and room are summed. */
    private final long[] largestUsable;
    private int tries;

    private ConsolidationSearch(PoolLoads plan) {
        this.plan = plan;
        this.pr = plan.pr;
        this.largestUsable = new long[pr.resources];
        for (int r = 0; r < pr.resources; r++) {
            largestUsable[r] = 1;
            for (int k = 0; k < pr.nodeTypes; k++) {
                largestUsable[r] = Math.max(largestUsable[r], pr.nodeUsable[k][r]);
            }
        }
    }

    /**
     * Takes away the nodes that can be, in the plan itself; whether any was.
     *
     * @param deadline {@link System#nanoTime()} after which no further node is tried
     */
    static boolean improve(PoolLoads plan, long deadline) {
        ConsolidationSearch search = new ConsolidationSearch(plan);
        boolean freedAny = false;
        boolean freed = true;
        while (freed && search.tries < MOST_TRIES && System.nanoTime() < deadline) {
            freed = false;
            for (Removal removal : search.removals()) {
                if (search.tries >= MOST_TRIES || System.nanoTime() >= deadline) {
                    break;
                }
                freed |= search.tryRemoval(removal);
            }
            freedAny |= freed;
        }
        return freedAny;
    }

    /** A node of type {@code type} taken from the pool, and one of {@code instead} bought in its place (-1: none). */
    private record Removal(int pool, int type, int instead, double lacking) {
    }

    /** Every removal that saves money, those leaving least lacking (relative to the saving) first. */
    private List<Removal> removals() {
        List<Removal> removals = new ArrayList<>();
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes && !plan.fixed[p]; k++) {
                for (int instead = -1; instead < pr.nodeTypes && plan.owned[p][k][pr.horizon - 1] > 0; instead++) {
                    if (instead == k || (instead >= 0 && (pr.nodeCost[instead] >= pr.nodeCost[k]
                            || plan.banned[p][instead]))) {
                        continue;
                    }
                    int[][] next = without(p, k, instead);
                    if (next != null) {
                        long saving = pr.nodeCost[k] - (instead < 0 ? 0 : pr.nodeCost[instead]);
                        removals.add(new Removal(p, k, instead, lacking(plan.lack(p, next)) / saving));
                    }
                }
            }
        }
        removals.sort(Comparator.comparingDouble(Removal::lacking));
        return removals;
    }

    /**
     * The pool's purchases with its last-bought node of the type taken away from the period it arrived,
     * and one node of {@code instead} (unless -1) bought from then or as soon as it can arrive; null when
     * that breaks max_nodes or the type's purchase limit.
     */
    private int[][] without(int p, int k, int instead) {
        int last = pr.horizon - 1;
        int[][] next = new int[pr.nodeTypes][];
        for (int j = 0; j < pr.nodeTypes; j++) {
            next[j] = plan.owned[p][j].clone();
        }
        int from = last;
        while (from > 0 && next[k][from - 1] == next[k][last]) {
            from--;
        }
        for (int t = from; t <= last; t++) {
            next[k][t]--;
        }
        if (instead >= 0) {
            if (next[instead][last] + 1 > pr.purchaseLimit[p][instead]) {
                return null;
            }
            for (int t = Math.max(from, pr.leadTime[instead]); t <= last; t++) {
                next[instead][t]++;
                int nodes = 0;
                for (int j = 0; j < pr.nodeTypes; j++) {
                    nodes += next[j][t];
                }
                if (nodes > pr.purchaseRoom(p, t)) {
                    return null;
                }
            }
        }
        return next;
    }

    /** Takes the node away if the pool's movable workloads can make up for it in other pools' room. */
    private boolean tryRemoval(Removal removal) {
        int a = removal.pool();
        int[][] next = without(a, removal.type(), removal.instead());
        if (next == null) {
            return false;
        }
        tries++;
        long[][] lack = plan.lack(a, next);
        List<Integer> candidates = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (plan.poolOf[w] == a && plan.movable(w)) {
                candidates.add(w);
            }
        }
        List<int[]> moves = new ArrayList<>();
        while (lacking(lack) > 0) {
            int[] move = bestMove(a, candidates, lack);
            if (move == null) {
                for (int[] m : moves) {
                    plan.add(plan.room[m[1]], m[0], 1);
                }
                return false;
            }
            candidates.remove(Integer.valueOf(move[0]));
            plan.add(plan.room[move[1]], move[0], -1);
            plan.add(lack, move[0], -1);
            moves.add(move);
        }
        for (int[] m : moves) {
            plan.move(m[0], m[1]);
        }
        plan.buy(a, next);
        for (int[] m : moves) {
            plan.buy(m[1], plan.owned[m[1]]);
        }
        return true;
    }

    /**
     * {workload, pool}: of the candidates that fit in some other allowed pool's room, the one covering
     * most of what is lacking (each resource and period weighed by its share), into the pool it leaves
     * least room in; null when none covers anything.
     */
    private int[] bestMove(int a, List<Integer> candidates, long[][] lack) {
        double[] cover = new double[candidates.size()];
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            cover[i] = plan.cover(candidates.get(i), lack);
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -cover[i]).thenComparingInt(i -> i));
        for (int i : order) {
            if (cover[i] <= 0) {
                return null;
            }
            int w = candidates.get(i);
            int target = tightestFit(a, w);
            if (target >= 0) {
                return new int[] {w, target};
            }
        }
        return null;
    }

    /** The allowed pool other than {@code a} whose room the workload fits and fills best; -1 when none. */
    private int tightestFit(int a, int w) {
        int best = -1;
        double bestLeft = Double.POSITIVE_INFINITY;
        int last = pr.horizon - 1;
        for (int q : pr.allowedPools[w]) {
            if (q == a || plan.fixed[q] || !plan.holds(plan.room[q], w, -1)) {
                continue;
            }
            double left = 0;
            for (int r = 0; r < pr.resources; r++) {
                left += (plan.room[q][r][last] - pr.demand[w][r][last]) / (double) largestUsable[r];
            }
            if (left < bestLeft) {
                best = q;
                bestLeft = left;
            }
        }
        return best;
    }

    /** The sum over resources and periods of what is lacking, each as a share of the largest node's capacity. */
    private double lacking(long[][] lack) {
        double sum = 0;
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                sum += Math.max(0, lack[r][t]) / (double) largestUsable[r];
            }
        }
        return sum;
    }
}
