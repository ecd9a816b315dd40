package dev.headroom.core.allocation;

/**
 * Packing again, onto as few nodes as it can, the workloads first fit decreasing put on one pool's
 * bought nodes of one type in one period ({@link NodePacker}): by minimum bin slack
 * ({@link MinimumBinSlack}), then emptying nodes of that packing one by one ({@link BinEmptying});
 * then, from the bin-packing bound up, an exact packing onto that many nodes within a step budget
 * ({@link SlackBudgetPacking}); still above the bound, exchanges with a waiting list aimed straight at
 * it ({@link SwapSearch}). Every search has a step budget and a fixed seed, so the packing is the same
 * on every machine unless the deadline cuts one short.
 */
final class BoughtNodeRepacking {

    /** Search steps for packing one pool's bought nodes of one type onto a given number of nodes. */
    private static final long EXACT_STEPS = 300_000;
    /** The pattern bound's LP solves, and the most workloads it is tried on, when choosing how many nodes to aim for. */
    private static final int PATTERN_ROUNDS = 200;
    private static final int PATTERN_ITEMS = 1_000;
    /** Work of the waiting-list search (its steps times the workloads, as a step looks at each), and its seed. */
    private static final long SWAP_WORK = 2_500_000;
    private static final long SEED = 20_261_122;

    private BoughtNodeRepacking() {
    }

    /**
     * The node of each workload, numbered from 0 among the type's bought nodes in the pool.
     *
     * @param size     [i][r] each workload's demand in the period, in the solver's integers
     * @param capacity [r] the usable capacity of one node of the type
     * @param group    [i] each workload's anti-affinity group, or -1: two of a group never share a node
     * @param before   the nodes owned the period before, which stay: no packing aims below them
     * @param deadline System.nanoTime() after which the exact and exchange searches are cut short
     */
    static int[] pack(long[][] size, long[] capacity, int[] group, int before, long deadline) {
        // First by minimum bin slack, then emptying nodes of that packing one by one.
        int[] nodeOf = BinEmptying.reduce(size, capacity, group, MinimumBinSlack.pack(size, capacity, group), before);
        // Then, from the bin-packing bound up, an exact packing onto that many nodes within a step budget.
        int least = Math.max(before, bound(size, capacity));
        for (int target = least; target < MinimumBinSlack.nodes(nodeOf); target++) {
            int[] exact = SlackBudgetPacking.pack(size, capacity, group, target, EXACT_STEPS, deadline);
            if (exact != null) {
                nodeOf = exact;
                break;
            }
        }
        // Still above the bound: exchanges with a waiting list, aiming straight at it.
        if (least > 0 && MinimumBinSlack.nodes(nodeOf) > least) {
            long steps = Math.clamp(SWAP_WORK / size.length, 1_000, 20_000);
            int[] swapped = SwapSearch.pack(size, capacity, group, nodeOf, least, steps, SEED, deadline);
            nodeOf = swapped != null ? swapped : nodeOf;
        }
        return nodeOf;
    }

    /** The largest of the L2, dual feasible and pattern bounds over the resources, in the solver's integers. */
    private static int bound(long[][] size, long[] capacity) {
        int bound = 0;
        for (int r = 0; r < capacity.length; r++) {
            double[] sizes = new double[size.length];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = size[i][r];
            }
            bound = NodeLowerBound.binsAtLeast(sizes, capacity[r], bound, sizes.length <= PATTERN_ITEMS ? PATTERN_ROUNDS : 0);
        }
        return bound;
    }
}
