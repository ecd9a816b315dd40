package dev.headroom.core.allocation;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The least cost of whole nodes covering a need in every resource at once: min c·n subject to
 * capacity·n ≥ need, n ≥ 0 whole, by depth-first branch and bound over the node types (a handful)
 * with a per-resource fractional bound for pruning. Needs are relaxed by a relative 1e-9 so that
 * floating-point error can only make the answer lower. When the search would take more than a
 * fixed number of steps it gives up, and the caller keeps its other bounds.
 */
final class WholeNodeMix {

    /** Steps of the depth-first search before giving up. */
    private static final long MOST_STEPS = 200_000;

    private final double[][] capacity;
    private final double[] cost;
    private final int[] order;
    private double best;
    private long steps;

    /**
     * @param capacity [k][r] raw capacity of one node of each available type
     * @param cost     [k] price of one node
     */
    WholeNodeMix(double[][] capacity, double[] cost) {
        this.capacity = capacity;
        this.cost = cost;
        this.order = IntStream.range(0, cost.length).boxed()
                .sorted((a, b) -> Double.compare(cost[a], cost[b])).mapToInt(Integer::intValue).toArray();
    }

    /** The least cost, or -1 when the search gave up or no mix covers the need. */
    double of(double[] need) {
        double[] left = new double[need.length];
        boolean any = false;
        for (int r = 0; r < need.length; r++) {
            left[r] = need[r] > 0 ? need[r] * (1 - 1e-9) : 0;
            any |= left[r] > 0;
        }
        if (!any) {
            return 0;
        }
        best = Double.POSITIVE_INFINITY;
        steps = 0;
        search(0, left, 0);
        if (steps > MOST_STEPS || Double.isInfinite(best)) {
            return -1;
        }
        return best;
    }

    private void search(int depth, double[] left, double spent) {
        if (++steps > MOST_STEPS) {
            return;
        }
        if (covered(left)) {
            best = Math.min(best, spent);
            return;
        }
        if (depth == order.length || spent + fractional(depth, left) >= best) {
            return;
        }
        int k = order[depth];
        int most = 0;
        for (int r = 0; r < left.length; r++) {
            if (left[r] > 0 && capacity[k][r] > 0) {
                most = Math.max(most, (int) Math.ceil(left[r] / capacity[k][r]));
            }
        }
        // More nodes of this type first: the covering is found sooner and prunes the rest.
        for (int n = most; n >= 0 && steps <= MOST_STEPS; n--) {
            double[] next = Arrays.copyOf(left, left.length);
            for (int r = 0; r < next.length; r++) {
                next[r] -= n * capacity[k][r];
            }
            search(depth + 1, next, spent + n * cost[k]);
        }
    }

    /** A lower bound on covering what is left with the types from {@code depth} on: its dearest resource, fractionally. */
    private double fractional(int depth, double[] left) {
        double bound = 0;
        for (int r = 0; r < left.length; r++) {
            if (left[r] <= 0) {
                continue;
            }
            double cheapest = Double.POSITIVE_INFINITY;
            for (int i = depth; i < order.length; i++) {
                int k = order[i];
                if (capacity[k][r] > 0) {
                    cheapest = Math.min(cheapest, cost[k] / capacity[k][r]);
                }
            }
            bound = Math.max(bound, left[r] * cheapest);
        }
        return bound;
    }

    private static boolean covered(double[] left) {
        for (double l : left) {
            if (l > 0) {
                return false;
            }
        }
        return true;
    }
}
