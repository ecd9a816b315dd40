package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Packs workloads onto exactly a given number of nodes, or says it found no way within its steps:
 * a depth-first search that fills one node at a time with the largest workload left and a set of
 * others, trying the fullest sets first. Together the nodes can leave only so much room unused in
 * each resource (their capacity minus all the demand), so a set that would leave more room than
 * the rest of that allowance is never tried; when the bound says the nodes must be nearly full,
 * this prunes nearly everything that cannot work. Sets of equal sizes are tried once.
 */
final class SlackBudgetPacking {

    /** Sets tried for one node before the search backs up. */
    private static final int SETS_PER_NODE = 12;
    /** Steps spent looking for the sets of one node. */
    private static final int STEPS_PER_NODE = 20_000;
    /** The most times a path may take a set other than the fullest. */
    private static final int MOST_DISCREPANCIES = 6;

    private final long[][] size;
    private final long[] capacity;
    private final int[] group;
    private final int[] order;
    private final boolean[] used;
    private final int[] nodeOf;
    private long steps;
    private long stepLimit;
    /** System.nanoTime() past which the search gives up as if out of steps: the plan's time limit. */
    private final long deadline;
    private long collectLimit;

    private SlackBudgetPacking(long[][] size, long[] capacity, int[] group, long stepLimit, long deadline) {
        this.deadline = deadline;
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        this.stepLimit = stepLimit;
        this.used = new boolean[size.length];
        this.nodeOf = new int[size.length];
        Integer[] byShare = new Integer[size.length];
        for (int i = 0; i < size.length; i++) {
            byShare[i] = i;
        }
        Arrays.sort(byShare, Comparator.comparingDouble((Integer i) -> -share(i)).thenComparingInt(i -> i));
        this.order = Arrays.stream(byShare).mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param nodes     how many nodes to pack onto
     * @param stepLimit the most search steps (sets looked at)
     * @param deadline  System.nanoTime() at which to give up whatever the steps
     * @return [i] the node (0 .. nodes − 1) of each workload, or null when none was found within the steps
     */
    static int[] pack(long[][] size, long[] capacity, int[] group, int nodes, long stepLimit, long deadline) {
        long[] slack = new long[capacity.length];
        for (int r = 0; r < capacity.length; r++) {
            slack[r] = capacity[r] * nodes;
            for (long[] s : size) {
                slack[r] -= s[r];
            }
            if (slack[r] < 0) {
                return null;
            }
        }
        SlackBudgetPacking search = new SlackBudgetPacking(size, capacity, group, stepLimit, deadline);
        // Limited discrepancy: first the fullest set everywhere, then paths straying from it ever more often.
        for (int discrepancies = 0; discrepancies <= MOST_DISCREPANCIES && search.steps <= stepLimit; discrepancies++) {
            if (search.fill(0, nodes, slack, discrepancies)) {
                return search.nodeOf;
            }
        }
        return null;
    }

    private boolean fill(int node, int nodesLeft, long[] slack, int discrepancies) {
        int largest = -1;
        for (int i : order) {
            if (!used[i]) {
                largest = i;
                break;
            }
        }
        if (largest < 0) {
            return true;
        }
        if (nodesLeft == 0 || steps > stepLimit) {
            return false;
        }
        List<int[]> sets = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        chosen.add(largest);
        used[largest] = true;
        collectLimit = Math.min(stepLimit, steps + STEPS_PER_NODE);
        collect(positionOf(largest) + 1, chosen, size[largest].clone(), slack, sets);
        used[largest] = false;
        // Fullest first; among equally full sets, those of fewer (so larger) workloads, keeping small ones for later gaps.
        sets.sort(Comparator.comparingDouble(this::unusedShare).thenComparingInt(set -> set.length)
                .thenComparingDouble(set -> -share(set[set.length - 1])));
        for (int s = 0; s < Math.min(Math.min(SETS_PER_NODE, discrepancies + 1), sets.size()); s++) {
            int[] set = sets.get(s);
            long[] left = slack.clone();
            for (int r = 0; r < capacity.length; r++) {
                left[r] -= capacity[r];
                for (int i : set) {
                    left[r] += size[i][r];
                }
            }
            for (int i : set) {
                used[i] = true;
                nodeOf[i] = node;
            }
            if (fill(node + 1, nodesLeft - 1, left, discrepancies - s)) {
                return true;
            }
            for (int i : set) {
                used[i] = false;
            }
            if (steps > stepLimit) {
                return false;
            }
        }
        return false;
    }

    /** Every set extending {@code chosen} with workloads after position {@code from} that fits and leaves no more room than allowed. */
    private void collect(int from, List<Integer> chosen, long[] load, long[] slack, List<int[]> sets) {
        if (++steps > collectLimit) {
            return;
        }
        if ((steps & 1023) == 0 && System.nanoTime() - deadline > 0) {
            stepLimit = collectLimit = steps - 1; // out of time: stop as when out of steps
            return;
        }
        boolean withinSlack = true;
        for (int r = 0; r < capacity.length; r++) {
            withinSlack &= capacity[r] - load[r] <= slack[r];
        }
        if (withinSlack) {
            sets.add(chosen.stream().mapToInt(Integer::intValue).toArray());
        }
        int skippedEqual = -1;
        for (int p = from; p < order.length; p++) {
            int i = order[p];
            if (used[i] || !fits(i, load) || conflicts(i, chosen)) {
                continue;
            }
            if (skippedEqual >= 0 && Arrays.equals(size[skippedEqual], size[i]) && group[i] < 0 && group[skippedEqual] < 0) {
                continue; // the same set as with the equal workload just tried
            }
            chosen.add(i);
            for (int r = 0; r < load.length; r++) {
                load[r] += size[i][r];
            }
            collect(p + 1, chosen, load, slack, sets);
            for (int r = 0; r < load.length; r++) {
                load[r] -= size[i][r];
            }
            chosen.removeLast();
            skippedEqual = i;
            if (steps > collectLimit) {
                return;
            }
        }
    }

    private int positionOf(int item) {
        for (int p = 0; p < order.length; p++) {
            if (order[p] == item) {
                return p;
            }
        }
        return order.length;
    }

    private boolean fits(int item, long[] load) {
        for (int r = 0; r < load.length; r++) {
            if (load[r] + size[item][r] > capacity[r]) {
                return false;
            }
        }
        return true;
    }

    private boolean conflicts(int item, List<Integer> chosen) {
        if (group[item] < 0) {
            return false;
        }
        for (int j : chosen) {
            if (group[j] == group[item]) {
                return true;
            }
        }
        return false;
    }

    private double unusedShare(int[] set) {
        double unused = 0;
        for (int r = 0; r < capacity.length; r++) {
            if (capacity[r] > 0) {
                long load = 0;
                for (int i : set) {
                    load += size[i][r];
                }
                unused += (double) (capacity[r] - load) / capacity[r];
            }
        }
        return unused;
    }

    private double share(int item) {
        double share = 0;
        for (int r = 0; r < capacity.length; r++) {
            if (capacity[r] > 0) {
                share += (double) size[item][r] / capacity[r];
            }
        }
        return share;
    }
}
