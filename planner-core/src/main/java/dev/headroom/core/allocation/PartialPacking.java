package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A packing of some workloads onto a fixed number of nodes, the others waiting on a list: the state
 * {@link SwapSearch} changes. Keeps each node's load per resource and fill (the sum over resources
 * of its shares), and what waits, so that a step can check a change in a few operations.
 */
final class PartialPacking {

    final long[][] size;
    final long[] capacity;
    final int[] group;
    /** [i] a workload's summed share of a node over the resources. */
    final double[] share;
    /** [i] the node a workload is on, −1 while it waits. */
    final int[] where;
    final List<List<Integer>> nodes = new ArrayList<>();
    final long[][] load;
    final List<Integer> waiting = new ArrayList<>();
    private final boolean hasGroups;
    private double waitingShare;
    /** [r] the waiting workloads larger than half a node in resource r: no two of them can share a node. */
    private final int[] largeWaiting;

    PartialPacking(long[][] size, long[] capacity, int[] group, int nodeCount) {
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        this.share = new double[size.length];
        for (int i = 0; i < size.length; i++) {
            for (int r = 0; r < capacity.length; r++) {
                share[i] += capacity[r] > 0 ? (double) size[i][r] / capacity[r] : 0;
            }
        }
        this.where = new int[size.length];
        Arrays.fill(where, -1);
        for (int n = 0; n < nodeCount; n++) {
            nodes.add(new ArrayList<>());
        }
        this.load = new long[nodeCount][capacity.length];
        this.hasGroups = Arrays.stream(group).anyMatch(g -> g >= 0);
        this.largeWaiting = new int[capacity.length];
    }

    int nodeCount() {
        return nodes.size();
    }

    /** The summed share of the waiting workloads. */
    double waitingShare() {
        return waitingShare;
    }

    double fill(int n) {
        double f = 0;
        for (int r = 0; r < capacity.length; r++) {
            f += capacity[r] > 0 ? (double) load[n][r] / capacity[r] : 0;
        }
        return f;
    }

    /** A waiting workload goes on node n. */
    void put(int i, int n) {
        if (where[i] < 0 && waiting.remove(Integer.valueOf(i))) {
            waitingShare -= share[i];
            countLarge(i, -1);
        }
        nodes.get(n).add(i);
        where[i] = n;
        for (int r = 0; r < capacity.length; r++) {
            load[n][r] += size[i][r];
        }
    }

    /** A workload on a node goes to the waiting list. */
    void sendToWait(int i) {
        int n = where[i];
        if (n >= 0) {
            nodes.get(n).remove(Integer.valueOf(i));
            for (int r = 0; r < capacity.length; r++) {
                load[n][r] -= size[i][r];
            }
        }
        where[i] = -1;
        waiting.add(i);
        waitingShare += share[i];
        countLarge(i, 1);
    }

    private void countLarge(int i, int by) {
        for (int r = 0; r < capacity.length; r++) {
            if (isLarge(i, r)) {
                largeWaiting[r] += by;
            }
        }
    }

    private boolean isLarge(int i, int r) {
        return 2 * size[i][r] > capacity[r];
    }

    /**
     * How many more workloads larger than half a node wait, summed over the resources, than {@code spare}
     * nodes could ever hold, once the workloads {@code leave} have joined the list and {@code join} have
     * left it: while any do, what waits cannot fit on the spare nodes, whatever its total.
     */
    int largeBeyond(int spare, int[] leave, int[] join) {
        int beyond = 0;
        for (int r = 0; r < capacity.length; r++) {
            int large = largeWaiting[r];
            for (int i : leave) {
                large += isLarge(i, r) ? 1 : 0;
            }
            for (int i : join) {
                large -= isLarge(i, r) ? 1 : 0;
            }
            beyond += Math.max(0, large - spare);
        }
        return beyond;
    }

    /** Whether node n holds the workloads {@code in} once the workloads {@code out} (on it) have left. */
    boolean fits(int n, int[] out, int[] in) {
        for (int r = 0; r < capacity.length; r++) {
            long l = load[n][r];
            for (int i : out) {
                l -= size[i][r];
            }
            for (int i : in) {
                l += size[i][r];
            }
            if (l > capacity[r]) {
                return false;
            }
        }
        return !hasGroups || groupsApart(n, out, in);
    }

    private boolean groupsApart(int n, int[] out, int[] in) {
        for (int x = 0; x < in.length; x++) {
            int i = in[x];
            if (group[i] < 0) {
                continue;
            }
            for (int y = x + 1; y < in.length; y++) {
                if (group[in[y]] == group[i]) {
                    return false;
                }
            }
            for (int j : nodes.get(n)) {
                if (group[j] == group[i] && !contains(out, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether workload i shares an anti-affinity group with any of the workloads. */
    boolean clashes(int i, List<Integer> items) {
        if (group[i] < 0) {
            return false;
        }
        for (int j : items) {
            if (j != i && group[j] == group[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(int[] items, int i) {
        for (int j : items) {
            if (j == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * The waiting workloads packed onto at most {@code spare} more nodes, each filled as full as it can be
     * ({@link NodeFill}) in turn; null when some are left over. On one resource without groups two nodes
     * are found whenever they exist: the fullest first node leaves the least for the second.
     */
    List<int[]> packWaiting(int spare, long steps) {
        long[] most = new long[capacity.length];
        for (int i : waiting) {
            for (int r = 0; r < capacity.length; r++) {
                most[r] += size[i][r];
            }
        }
        for (int r = 0; r < capacity.length; r++) {
            if (most[r] > spare * capacity[r]) {
                return null;
            }
        }
        List<Integer> left = new ArrayList<>(waiting);
        List<int[]> extra = new ArrayList<>();
        while (!left.isEmpty() && extra.size() < spare) {
            int[] chosen = NodeFill.best(size, capacity, group, share,
                    left.stream().mapToInt(Integer::intValue).toArray(), capacity, steps);
            if (chosen.length == 0) {
                return null;
            }
            for (int i : chosen) {
                left.remove(Integer.valueOf(i));
            }
            extra.add(chosen);
        }
        return left.isEmpty() ? extra : null;
    }

    /** [i] the packing: the nodes in order, then the extra ones. */
    int[] result(List<int[]> extra) {
        int[] nodeOf = new int[size.length];
        int next = 0;
        for (List<Integer> items : nodes) {
            if (!items.isEmpty()) {
                for (int i : items) {
                    nodeOf[i] = next;
                }
                next++;
            }
        }
        for (int[] items : extra) {
            for (int i : items) {
                nodeOf[i] = next;
            }
            next++;
        }
        return nodeOf;
    }
}
