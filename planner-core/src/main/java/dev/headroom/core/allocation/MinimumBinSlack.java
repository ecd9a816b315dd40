package dev.headroom.core.allocation;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The minimum bin slack heuristic (Gupta and Ho, with the largest item first as Fleszar and Hindi
 * use it): fill one node at a time with the set of the remaining workloads, always including the
 * largest, that leaves the least room unused (summed over resources as shares of the node), found
 * by a depth-first search over the workloads from the largest down within a budget of steps. Nodes
 * filled exactly are what packings reaching the bin-packing bound need, and first fit decreasing
 * often misses them.
 */
final class MinimumBinSlack {

    /** Search steps allowed for filling one node. */
    private static final int STEPS_PER_NODE = 20_000;

    private final long[][] size;
    private final long[] capacity;
    private final int[] group;
    private final boolean[] packed;
    private final int[] order;
    private int[] best;
    private int bestCount;
    private double bestSlack;
    private final int[] current;
    private int steps;

    private MinimumBinSlack(long[][] size, long[] capacity, int[] group) {
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        this.packed = new boolean[size.length];
        this.current = new int[size.length];
        this.best = new int[size.length];
        Integer[] byShare = new Integer[size.length];
        for (int i = 0; i < size.length; i++) {
            byShare[i] = i;
        }
        Arrays.sort(byShare, Comparator.comparingDouble((Integer i) -> -share(size[i])).thenComparingInt(i -> i));
        this.order = Arrays.stream(byShare).mapToInt(Integer::intValue).toArray();
    }

    /**
     * @param size     [i][r] each workload's demand
     * @param capacity [r] one node's usable capacity; every workload fits it alone
     * @param group    [i] the workload's anti-affinity group, or -1: two of a group never share a node
     * @return [i] the node (0, 1, ...) of each workload
     */
    static int[] pack(long[][] size, long[] capacity, int[] group) {
        return new MinimumBinSlack(size, capacity, group).run();
    }

    private int[] run() {
        int[] nodeOf = new int[size.length];
        int nodes = 0;
        for (int largest : order) {
            if (packed[largest]) {
                continue;
            }
            current[0] = largest;
            best[0] = largest;
            bestCount = 1;
            long[] load = size[largest].clone();
            bestSlack = slack(load);
            steps = 0;
            search(1, indexOf(largest) + 1, load);
            for (int j = 0; j < bestCount; j++) {
                packed[best[j]] = true;
                nodeOf[best[j]] = nodes;
            }
            nodes++;
        }
        return nodeOf;
    }

    private int indexOf(int item) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == item) {
                return i;
            }
        }
        return order.length;
    }

    private void search(int count, int from, long[] load) {
        for (int i = from; i < order.length && bestSlack > 0 && steps < STEPS_PER_NODE; i++) {
            int item = order[i];
            if (packed[item] || !fits(item, load) || conflicts(item, count)) {
                continue;
            }
            steps++;
            for (int r = 0; r < load.length; r++) {
                load[r] += size[item][r];
            }
            current[count] = item;
            double slack = slack(load);
            if (slack < bestSlack) {
                bestSlack = slack;
                bestCount = count + 1;
                System.arraycopy(current, 0, best, 0, bestCount);
            }
            search(count + 1, i + 1, load);
            for (int r = 0; r < load.length; r++) {
                load[r] -= size[item][r];
            }
        }
    }

    private boolean fits(int item, long[] load) {
        for (int r = 0; r < load.length; r++) {
            if (load[r] + size[item][r] > capacity[r]) {
                return false;
            }
        }
        return true;
    }

    private boolean conflicts(int item, int count) {
        if (group[item] < 0) {
            return false;
        }
        for (int j = 0; j < count; j++) {
            if (group[current[j]] == group[item]) {
                return true;
            }
        }
        return false;
    }

    private double slack(long[] load) {
        double slack = 0;
        for (int r = 0; r < load.length; r++) {
            if (capacity[r] > 0) {
                slack += (double) (capacity[r] - load[r]) / capacity[r];
            }
        }
        return slack;
    }

    private double share(long[] demand) {
        double share = 0;
        for (int r = 0; r < demand.length; r++) {
            if (capacity[r] > 0) {
                share += (double) demand[r] / capacity[r];
            }
        }
        return share;
    }

    /** How many nodes a packing uses. */
    static int nodes(int[] nodeOf) {
        int most = -1;
        for (int node : nodeOf) {
            most = Math.max(most, node);
        }
        return most + 1;
    }
}
