package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.List;

/**
 * The least a mix of nodes providing given raw capacity per resource can cost, bounded from below
 * in two ways, each of which can only err low:
 * <ul>
 *   <li>all resources at once, nodes fractional: the linear programme min c·n subject to
 *   capacity·n ≥ need, n ≥ 0, bounded through its dual — any prices y ≥ 0 per unit of each resource
 *   that no node type's capacity is worth more than its cost at give need·y as a bound. The best
 *   such prices lie on a vertex, found by trying every vertex;</li>
 *   <li>one resource at a time, whole nodes: an unbounded covering knapsack solved on a grid with the
 *   need rounded down and capacities rounded up;</li>
 *   <li>all resources at once, whole nodes ({@link WholeNodeMix}), when its search finishes.</li>
 * </ul>
 */
final class NodeMixBound {

    /** Resolution of the whole-node covering problem: the need in this many steps. */
    private static final int COVER_STEPS = 500;
    /** Beyond this many candidate vertices the linear bound is skipped (it stays valid, only weaker). */
    private static final long MOST_VERTICES = 20_000;

    private final double[][] capacity;
    private final double[] cost;
    private final WholeNodeMix whole;

    /**
     * @param capacity [k][r] raw capacity of one node of each available type
     * @param cost     [k] price of one node
     */
    NodeMixBound(double[][] capacity, double[] cost) {
        this.capacity = capacity;
        this.cost = cost;
        this.whole = new WholeNodeMix(capacity, cost);
    }

    /** A lower bound on the cost of nodes covering {@code need} ([r], raw units; ≤ 0 means nothing needed). */
    double of(double[] need) {
        double bound = 0;
        for (int r = 0; r < need.length; r++) {
            bound = Math.max(bound, wholeNodes(r, need[r]));
        }
        return Math.max(Math.max(bound, fractionalMix(need)), whole.of(need));
    }

    /** The covering knapsack for one resource; 0 when nothing is needed or no type provides it. */
    double wholeNodes(int r, double need) {
        if (!(need > 0)) {
            return 0;
        }
        double step = need / COVER_STEPS;
        List<int[]> types = new ArrayList<>();
        for (int k = 0; k < cost.length; k++) {
            if (capacity[k][r] > 0) {
                types.add(new int[]{k, (int) Math.min(COVER_STEPS, Math.ceil(capacity[k][r] / step))});
            }
        }
        if (types.isEmpty()) {
            return 0;
        }
        double[] least = new double[COVER_STEPS + 1];
        for (int units = 1; units <= COVER_STEPS; units++) {
            least[units] = Double.POSITIVE_INFINITY;
            for (int[] type : types) {
                least[units] = Math.min(least[units], cost[type[0]] + least[Math.max(0, units - type[1])]);
            }
        }
        return least[COVER_STEPS];
    }

    /** The dual of the fractional covering programme, maximised over its vertices. */
    double fractionalMix(double[] need) {
        int resources = need.length;
        int planes = cost.length + resources;
        if (binomial(planes, resources) > MOST_VERTICES) {
            return 0;
        }
        double best = 0;
        int[] chosen = new int[resources];
        for (int i = 0; i < resources; i++) {
            chosen[i] = i;
        }
        do {
            double[] prices = vertex(chosen, resources);
            if (prices != null) {
                best = Math.max(best, value(feasible(prices), need));
            }
        } while (next(chosen, planes));
        return best;
    }

    /**
     * The prices where the chosen planes meet: plane i &lt; types is "type i is worth exactly its cost",
     * plane types + r is "resource r is free". Null when they do not meet in one point.
     */
    private double[] vertex(int[] chosen, int resources) {
        double[][] a = new double[resources][resources + 1];
        for (int row = 0; row < resources; row++) {
            int plane = chosen[row];
            if (plane < cost.length) {
                System.arraycopy(capacity[plane], 0, a[row], 0, resources);
                a[row][resources] = cost[plane];
            } else {
                a[row][plane - cost.length] = 1;
            }
        }
        for (int col = 0; col < resources; col++) {
            int pivot = col;
            for (int row = col + 1; row < resources; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                return null;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < resources; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int c = col; c <= resources; c++) {
                        a[row][c] -= factor * a[col][c];
                    }
                }
            }
        }
        double[] prices = new double[resources];
        for (int r = 0; r < resources; r++) {
            prices[r] = a[r][resources] / a[r][r];
        }
        return prices;
    }

    /**
     * Makes prices dual feasible whatever rounding did: negative prices become 0, then all prices
     * shrink until no node type is worth more than its cost.
     */
    private double[] feasible(double[] prices) {
        double[] y = new double[prices.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = Math.max(0, prices[r]);
        }
        double shrink = 1;
        for (int k = 0; k < cost.length; k++) {
            double worth = 0;
            for (int r = 0; r < y.length; r++) {
                worth += capacity[k][r] * y[r];
            }
            if (worth > cost[k]) {
                shrink = Math.min(shrink, cost[k] / worth);
            }
        }
        for (int r = 0; r < y.length; r++) {
            y[r] *= shrink * (1 - 1e-12);
        }
        return y;
    }

    private static double value(double[] prices, double[] need) {
        double value = 0;
        for (int r = 0; r < need.length; r++) {
            value += prices[r] * Math.max(0, need[r]);
        }
        return value;
    }

    /** The next combination of {@code chosen.length} planes out of {@code planes}, in lexicographic order. */
    private static boolean next(int[] chosen, int planes) {
        int i = chosen.length - 1;
        while (i >= 0 && chosen[i] == planes - chosen.length + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        chosen[i]++;
        for (int j = i + 1; j < chosen.length; j++) {
            chosen[j] = chosen[j - 1] + 1;
        }
        return true;
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
            if (result > Long.MAX_VALUE / (n + 1)) {
                return Long.MAX_VALUE;
            }
        }
        return result;
    }
}
