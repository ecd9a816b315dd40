package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A lower bound on the cost of any plan that meets all demand, from packing node-placed workloads
 * whole: in each period, they need at least as many nodes as the bin-packing bounds say for each
 * resource (L2 of Martello and Toth, and those of the dual feasible functions of Fekete and Schepers
 * and of Carlier, Clautiaux and Moukrim, and the linear relaxation of Gilmore and Gomory in
 * {@link PatternBound}; every node taken as large as the largest type at hand), and at
 * least one node per member of an anti-affinity group. What the existing nodes cannot supply must
 * be bought, each at least at the price of the cheapest type that can have arrived.
 *
 * <p>Pools are joined into sets where node-placed workloads may run in more than one of them;
 * sets share no such workload and buy separately, so their bounds add up. Purchases are never
 * undone, so within a set the dearest period counts. Pool-placed demand is left out (the
 * allocation's other bound, {@link CostLowerBound}, covers it), so this bound never exceeds the
 * true optimum.
 */
final class NodeLowerBound {

    private static final double EPSILON = 1e-9;
    /** The dual feasible functions u_k tried: k = 1 .. this. */
    private static final int MOST_K = 20;
    /** At most about this many thresholds ε are tried (evenly spread over the item sizes). */
    private static final int MOST_THRESHOLDS = 100;

    /** LP solves for the pattern bound of one set of items, and for the whole plan. */
    private static final int PATTERN_ROUNDS = 400;
    private static final int PATTERN_ROUNDS_IN_ALL = 4_000;
    /** Above this many node-placed workloads in a period the pattern bound is skipped (its LP grows with them). */
    private static final int PATTERN_ITEMS = 2_000;

    private final AllocationProblem pr;
    private int patternRoundsLeft = PATTERN_ROUNDS_IN_ALL;

    private NodeLowerBound(AllocationProblem pr) {
        this.pr = pr;
    }

    /** The bound in money; 0 when no workload is node-placed. */
    static double of(AllocationProblem pr) {
        return pr.hasNodePlacement() ? new NodeLowerBound(pr).bound() : 0;
    }

    private double bound() {
        int[] set = poolSets();
        double total = 0;
        for (int c = 0; c < pr.pools; c++) {
            if (set[c] != c) {
                continue;
            }
            double most = 0;
            for (int t = 0; t < pr.horizon; t++) {
                most = Math.max(most, periodBound(set, c, t));
            }
            total += most;
        }
        return total;
    }

    /** [p] the representative pool of the set each pool belongs to (union of node-placed workloads' allowed pools). */
    private int[] poolSets() {
        int[] parent = new int[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            parent[p] = p;
        }
        for (int w = 0; w < pr.workloads; w++) {
            if (pr.nodePlaced[w] && pr.allowedPools[w].length > 1) {
                int root = find(parent, pr.allowedPools[w][0]);
                for (int p : pr.allowedPools[w]) {
                    int other = find(parent, p);
                    parent[Math.max(root, other)] = Math.min(root, other);
                    root = Math.min(root, other);
                }
            }
        }
        for (int p = 0; p < pr.pools; p++) {
            parent[p] = find(parent, p);
        }
        return parent;
    }

    private static int find(int[] parent, int p) {
        while (parent[p] != p) {
            p = parent[p];
        }
        return p;
    }

    private double periodBound(int[] set, int c, int t) {
        List<Integer> items = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (NodeChecks.needsNode(pr, w, t) && set[pr.allowedPools[w][0]] == c) {
                items.add(w);
            }
        }
        if (items.isEmpty()) {
            return 0;
        }
        int existing = 0;
        double cheapest = Double.POSITIVE_INFINITY;
        double[] largest = new double[pr.resources];
        for (int p = 0; p < pr.pools; p++) {
            if (set[p] != c) {
                continue;
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                boolean buyable = pr.purchaseLimit[p][k] > 0 && pr.canArrive(k, t);
                existing += pr.existing[p][k][t];
                if (buyable) {
                    cheapest = Math.min(cheapest, pr.realCost(k));
                }
                if (buyable || pr.existing[p][k][t] > 0) {
                    for (int r = 0; r < pr.resources; r++) {
                        largest[r] = Math.max(largest[r], usable(k, r));
                    }
                }
            }
        }
        if (cheapest == Double.POSITIVE_INFINITY) {
            return 0;
        }
        int nodes = 0;
        for (int r = 0; r < pr.resources; r++) {
            double[] sizes = new double[items.size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = pr.realDemand[items.get(i)][r][t];
                if (sizes[i] > largest[r] * (1 + EPSILON)) {
                    return 0; // no plan meets all demand: any bound holds, and 0 claims nothing
                }
            }
            int rounds = sizes.length <= PATTERN_ITEMS ? Math.min(PATTERN_ROUNDS, patternRoundsLeft) : 0;
            nodes = binsAtLeast(sizes, largest[r], nodes, rounds);
            patternRoundsLeft -= rounds;
        }
        for (int[] group : pr.antiAffinity) {
            int members = 0;
            for (int w : group) {
                members += items.contains(w) ? 1 : 0;
            }
            nodes = Math.max(nodes, members);
        }
        return Math.max(0, nodes - existing) * cheapest;
    }

    /**
     * The most bins of the given capacity that L2, the dual feasible functions and (with LP solves to
     * spend) the pattern bound prove the items need, and at least {@code known}.
     *
     * @param patternRounds LP solves for {@link PatternBound}; 0 leaves it out
     */
    static int binsAtLeast(double[] sizes, double capacity, int known, int patternRounds) {
        int bins = Math.max(known, Math.max(l2(sizes, capacity),
                Math.max(dualFeasible(sizes, capacity), carlierClautiauxMoukrim(sizes, capacity))));
        return patternRounds > 0 ? PatternBound.of(sizes, capacity, patternRounds, bins) : bins;
    }

    private double usable(int k, int r) {
        return pr.resource(r).targetUtilization() * pr.input.nodeTypes().get(k).capacityOf(pr.resourceName(r));
    }

    /**
     * The bound of Fekete and Schepers from dual feasible functions: sizes mapped by u_k after U_ε
     * (an item above capacity − ε counts as a full bin, one below ε as nothing; u_k rounds sizes down
     * to multiples of capacity / k unless (k + 1) · size / capacity is whole). Any packing stays a
     * packing after a dual feasible function, so the mapped sizes summed over a capacity bound the bins.
     */
    static int dualFeasible(double[] sizes, double capacity) {
        if (!(capacity > 0) || sizes.length == 0) {
            return 0;
        }
        double tolerance = EPSILON * capacity;
        List<Double> thresholds = new ArrayList<>();
        thresholds.add(0.0);
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        for (double size : sorted) {
            if (size > 0 && size <= capacity / 2 + tolerance && size != thresholds.getLast()) {
                thresholds.add(size);
            }
        }
        int step = Math.max(1, thresholds.size() / MOST_THRESHOLDS);
        int best = 0;
        for (int i = 0; i < thresholds.size(); i += step) {
            double epsilon = thresholds.get(i);
            for (int k = 1; k <= MOST_K; k++) {
                double sum = 0;
                for (double size : sorted) {
                    double x = size > capacity - epsilon + tolerance ? capacity
                            : size < epsilon - tolerance ? 0 : size;
                    double scaled = (k + 1) * x / capacity;
                    double whole = Math.rint(scaled);
                    sum += Math.abs(scaled - whole) <= EPSILON * (k + 1) ? x : Math.floor(scaled) * capacity / k;
                }
                best = Math.max(best, (int) Math.ceil(sum / capacity - EPSILON));
            }
        }
        return best;
    }

    /**
     * The bound from the dual feasible functions of Carlier, Clautiaux and Moukrim (f_CCM,1): for a
     * step λ up to half a bin, an item above half a bin counts 2(⌊C/λ⌋ − ⌊(C − x)/λ⌋), one of exactly
     * half ⌊C/λ⌋, a smaller one 2⌊x/λ⌋, against a bin of 2⌊C/λ⌋. Steps tried: every item size up to
     * half a bin, and whole numbers up to half a bin when the bin is at most 1,000.
     */
    static int carlierClautiauxMoukrim(double[] sizes, double capacity) {
        if (!(capacity > 0) || sizes.length == 0) {
            return 0;
        }
        double tolerance = EPSILON * capacity;
        double half = capacity / 2;
        TreeSet<Double> steps = new TreeSet<>();
        for (double size : sizes) {
            if (size > tolerance && size <= half + tolerance) {
                steps.add(size);
            }
        }
        if (capacity <= 1_000) {
            for (int lambda = 1; lambda <= half + tolerance; lambda++) {
                steps.add((double) lambda);
            }
        }
        int best = 0;
        for (double lambda : steps) {
            double bin = 2 * Math.floor(capacity / lambda + EPSILON);
            if (bin <= 0) {
                continue;
            }
            double sum = 0;
            for (double x : sizes) {
                if (x > half + tolerance) {
                    sum += 2 * (Math.floor(capacity / lambda + EPSILON) - Math.floor((capacity - x) / lambda + EPSILON));
                } else if (x >= half - tolerance) {
                    sum += Math.floor(capacity / lambda + EPSILON);
                } else {
                    sum += 2 * Math.floor(x / lambda + EPSILON);
                }
            }
            best = Math.max(best, (int) Math.ceil(sum / bin - EPSILON));
        }
        return best;
    }

    /**
     * The L2 bound of Martello and Toth on the bins of capacity {@code capacity} that items of the
     * given sizes need: for each threshold K up to half a bin, items above capacity − K each need a
     * bin of their own, items above half a bin too, and items of at least K fill what those leave.
     */
    static int l2(double[] sizes, double capacity) {
        if (!(capacity > 0)) {
            return 0;
        }
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        double half = capacity / 2;
        List<Double> thresholds = new ArrayList<>();
        thresholds.add(0.0);
        for (double s : sorted) {
            if (s > 0 && s <= half + EPSILON * capacity && s != thresholds.getLast()) {
                thresholds.add(s);
            }
        }
        int best = 0;
        double tolerance = EPSILON * capacity;
        for (double k : thresholds) {
            int big = 0;
            int over = 0;
            double overSum = 0;
            double smallSum = 0;
            for (double s : sorted) {
                if (s > capacity - k + tolerance) {
                    big++;
                } else if (s > half + tolerance) {
                    over++;
                    overSum += s;
                } else if (s >= k - tolerance && s > 0) {
                    smallSum += s;
                }
            }
            double left = smallSum - (over * capacity - overSum);
            int filled = left > tolerance ? (int) Math.ceil(left / capacity - EPSILON) : 0;
            best = Math.max(best, big + over + filled);
        }
        return best;
    }
}
