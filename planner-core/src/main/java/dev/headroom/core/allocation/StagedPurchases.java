package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The cheapest nodes for one pool's load, found by search over how many of each type the pool ends
 * with. A node costs the same whenever it comes and stays once bought, so only the final counts cost;
 * buying each node as soon as its type can arrive only adds capacity (with at most one HA spare per
 * type held, a node adds at least the reserve it raises). Lead times then split the horizon into
 * stages, each with the same types arrived, and within a stage the final counts must cover, per
 * resource, the largest need of its periods. So the pool's purchases are a covering problem over a
 * handful of integers, searched exhaustively with a cost bound: exact for pools with at most one HA
 * spare and no max_nodes. Where max_nodes leaves less room in a stage (before existing nodes retire),
 * the smallest nodes of the stage are put off while the rest cover it, and counts for which that does
 * not do are not taken: a plan kept to max_nodes, if not always the cheapest. Much faster than the Choco model
 * ({@link PoolPurchaseOptimizer}), so searches can weigh a pool's true cost for each placement they try.
 */
final class StagedPurchases {

    /** Search nodes at most per pool; beyond, the cheapest found so far is returned. */
    static final int MOST_NODES = 200_000;

    private final AllocationProblem pr;
    private final int p;
    private final PurchaseStages stages;
    /** The types the pool may buy, dearest first. */
    private final int[] types;
    private final boolean hosts;
    private final int[] counts;
    /** [i] the most nodes of each type worth trying. */
    private final int[] mostUseful;
    private int[][] best;
    /** [stage][i] nodes of each type held in each stage, for the counts being tried. */
    private final int[][] held;
    private long bestCost;
    /** [r] shortfall a mix may leave and still be collected, when collecting ({@link #nearMixes}); else zeros. */
    private final long[] allowance;
    /** The mixes collected, when collecting; null when searching for the cheapest. */
    private final List<int[][]> collected;
    private int nodes;

    private StagedPurchases(AllocationProblem pr, int p, long[][] load, boolean hosts, long costLimit,
                            long[] allowance, boolean[] banned) {
        this.pr = pr;
        this.allowance = allowance == null ? new long[pr.resources] : allowance;
        this.collected = allowance == null ? null : new ArrayList<>();
        this.p = p;
        this.hosts = hosts;
        this.stages = PurchaseStages.of(pr, p, load, hosts, banned);
        this.types = stages.types();
        this.counts = new int[types.length];
        this.mostUseful = new int[types.length];
        for (int i = 0; i < types.length; i++) {
            mostUseful[i] = Math.min(pr.purchaseLimit[p][types[i]], mostUseful(types[i]));
        }
        this.held = new int[stages.count()][types.length];
        this.bestCost = costLimit;
    }

    /**
     * [k][t] nodes of each type owned by each period, each bought in the first period its type can
     * arrive; null when no purchases cover the load (it would leave demand unmet) or none costs less
     * than {@code costLimit}.
     *
     * @param load   [r][t] scaled demand placed in the pool
     * @param hosts  whether the pool hosts workloads, so that it keeps its HA spares free
     * @param banned [k] types the pool may not buy ({@link TypeBanSearch}); null: none
     */
    static int[][] cheapest(AllocationProblem pr, int p, long[][] load, boolean hosts, long costLimit,
                            boolean[] banned) {
        StagedPurchases search = new StagedPurchases(pr, p, load, hosts, costLimit, null, banned);
        search.search(0, 0);
        return search.best == null ? null : search.bought();
    }

    /**
     * [mix][k][t] every purchase plan costing less than {@code costLimit} that would cover the load if
     * it were smaller by up to {@code allowance} in each resource and period, cheapest first: the plans
     * a pool could move to when a few workloads change places. Bounded by {@link #MOST_NODES}.
     */
    static List<int[][]> nearMixes(AllocationProblem pr, int p, long[][] load, boolean hosts, long costLimit,
                                   long[] allowance, boolean[] banned) {
        StagedPurchases search = new StagedPurchases(pr, p, load, hosts, costLimit, allowance, banned);
        search.search(0, 0);
        List<int[][]> mixes = search.collected;
        mixes.sort(java.util.Comparator.comparingLong(m -> cost(pr, m)));
        return mixes;
    }

    /** Scaled cost of purchases as {@link #cheapest} gives them. */
    static long cost(AllocationProblem pr, int[][] bought) {
        long cost = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            cost += (long) pr.nodeCost[k] * bought[k][pr.horizon - 1];
        }
        return cost;
    }

    private void search(int depth, long cost) {
        if (++nodes > MOST_NODES || cost >= bestCost) {
            return;
        }
        if (depth == types.length) {
            if (covers()) {
                best = new int[held.length][];
                for (int s = 0; s < held.length; s++) {
                    best[s] = held[s].clone();
                }
                if (collected != null) {
                    collected.add(bought());
                } else {
                    bestCost = cost;
                }
            }
            return;
        }
        if (cost + remainingBound(depth) >= bestCost || !roomLeft(depth)) {
            return;
        }
        int k = types[depth];
        int most = mostUseful[depth];
        for (int n = 0; n <= most && cost + (long) n * pr.nodeCost[k] < bestCost; n++) {
            counts[depth] = n;
            int before = collected == null ? 0 : collected.size();
            search(depth + 1, cost + (long) n * pr.nodeCost[k]);
            if (depth == types.length - 1 && collected != null && collected.size() > before) {
                break; // more of the last type covers too, at a higher cost
            }
        }
        counts[depth] = 0;
    }

    /** Nodes of the type that would cover the pool's largest need in every resource it has, with a spare. */
    private int mostUseful(int k) {
        int most = 0;
        for (int r = 0; r < pr.resources; r++) {
            if (pr.nodeUsable[k][r] <= 0) {
                continue;
            }
            long need = 0;
            for (int s = 0; s < stages.count(); s++) {
                need = Math.max(need, need(s, r, pr.mostReserve(p, r)));
            }
            most = Math.max(most, (int) Math.min(Integer.MAX_VALUE - 1, Math.ceilDiv(Math.max(0, need), pr.nodeUsable[k][r])));
        }
        return most + 1;
    }

    /** A lower bound on what the types from {@code depth} on must still cost to cover the last stage. */
    private long remainingBound(int depth) {
        int last = stages.count() - 1;
        double bound = 0;
        for (int r = 0; r < pr.resources; r++) {
            long lack = need(last, r, reserveFor(counts, r)) - capacityOf(counts, r) - allowance[r];
            if (lack <= 0) {
                continue;
            }
            double cheapest = Double.POSITIVE_INFINITY;
            for (int i = depth; i < types.length; i++) {
                int k = types[i];
                if (pr.nodeUsable[k][r] > 0) {
                    cheapest = Math.min(cheapest, (double) pr.nodeCost[k] / pr.nodeUsable[k][r]);
                }
            }
            bound = Math.max(bound, lack * cheapest);
        }
        return bound == Double.POSITIVE_INFINITY ? Long.MAX_VALUE / 2 : (long) Math.ceil(bound - 1e-6);
    }

    /** Whether the room max_nodes leaves in the last stage can still take nodes covering what is lacking. */
    private boolean roomLeft(int depth) {
        int last = stages.count() - 1;
        if (stages.room()[last] == Integer.MAX_VALUE) {
            return true;
        }
        long left = stages.room()[last];
        for (int i = 0; i < depth; i++) {
            left -= counts[i];
        }
        if (left < 0) {
            return false;
        }
        for (int r = 0; r < pr.resources; r++) {
            long lack = need(last, r, reserveFor(counts, r)) - capacityOf(counts, r) - allowance[r];
            long largest = 0;
            for (int i = depth; i < types.length; i++) {
                largest = Math.max(largest, pr.nodeUsable[types[i]][r]);
            }
            if (lack > 0 && left * largest < lack) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the final counts cover every stage, and the nodes held in each, into {@code held}: all of
     * them once arrived, except where max_nodes leaves less room, where the smallest are left for
     * later as long as what stays covers the stage.
     */
    private boolean covers() {
        for (int s = stages.count() - 1; s >= 0; s--) {
            int nodes = 0;
            for (int i = 0; i < types.length; i++) {
                held[s][i] = !arrived(types[i], s) ? 0 : s + 1 < stages.count() ? held[s + 1][i] : counts[i];
                nodes += held[s][i];
            }
            if (!coversStage(s)) {
                return false;
            }
            for (int i = types.length - 1; i >= 0 && nodes > stages.room()[s]; i--) {
                while (held[s][i] > 0 && nodes > stages.room()[s]) {
                    held[s][i]--;
                    if (!coversStage(s)) {
                        held[s][i]++;
                        break;
                    }
                    nodes--;
                }
            }
            if (nodes > stages.room()[s]) {
                return false;
            }
        }
        return true;
    }

    private boolean coversStage(int s) {
        for (int r = 0; r < pr.resources; r++) {
            if (capacityOf(held[s], r) + allowance[r] < need(s, r, reserveFor(held[s], r))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The usable capacity of these nodes per type ({@link #types} order): those held in a stage, or the
     * counts chosen so far, all of which have arrived by the last stage (it starts at the longest lead time).
     */
    private long capacityOf(int[] nodes, int r) {
        long capacity = 0;
        for (int i = 0; i < types.length; i++) {
            capacity += (long) pr.nodeUsable[types[i]][r] * nodes[i];
        }
        return capacity;
    }

    private long need(int s, int r, long reserve) {
        return stages.need(s, r, reserve);
    }

    /**
     * The reserve for the largest type among these nodes per type ({@link #types} order): those held in a
     * stage, or the counts chosen so far. 0 for a pool hosting nothing.
     */
    private long reserveFor(int[] nodes, int r) {
        long reserve = 0;
        for (int i = 0; hosts && i < types.length; i++) {
            if (nodes[i] > 0) {
                reserve = Math.max(reserve, pr.typeReserve[p][types[i]][r]);
            }
        }
        return reserve;
    }

    private boolean arrived(int k, int s) {
        return pr.leadTime[k] <= stages.start()[s];
    }

    private int[][] bought() {
        int[][] bought = new int[pr.nodeTypes][pr.horizon];
        for (int s = 0; s < stages.count(); s++) {
            int to = s + 1 < stages.count() ? stages.start()[s + 1] : pr.horizon;
            for (int i = 0; i < types.length; i++) {
                for (int t = stages.start()[s]; t < to; t++) {
                    bought[types[i]][t] = best[s][i];
                }
            }
        }
        return bought;
    }
}
