package dev.headroom.core.allocation;

import java.util.Arrays;

/**
 * The fullest one node can be made from a set of candidate workloads: the subset with the largest
 * summed share (the sum over resources of each workload's share of the node) that fits the node in
 * every resource and holds no two members of one anti-affinity group; among equally full subsets,
 * the one with fewest workloads, so that the smaller ones stay free to fill other nodes. This is the
 * "pack set" step of the consistent neighbourhood search of Buljubašić and Vasquez, where a node is
 * refilled from its own workloads and the waiting ones.
 *
 * <p>A depth-first search, largest share first, pruned by the fill still possible (the candidates left,
 * and the room left in every resource) and, at equal fill, by the fewest workloads that could reach
 * it; on one resource that is a subset-sum search that stops looking once the node is full with as few
 * workloads as its largest candidates allow. It is exact unless it runs out of steps, and then
 * answers with the best subset found.
 */
final class NodeFill {

    private static final double EPSILON = 1e-12;

    private final long[][] size;
    private final long[] capacity;
    private final int[] group;
    private final double[] share;
    /** The candidates, largest share first. */
    private final int[] order;
    /** [k] the summed share of the candidates from position k on. */
    private final double[] shareFrom;
    private final long[] room;
    private final int[] taken;
    private int takenCount;
    private int[] best = new int[0];
    private double bestShare = -1;
    private long stepsLeft;

    private NodeFill(long[][] size, long[] capacity, int[] group, double[] share, int[] candidates, long[] room,
                     long steps) {
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        this.share = share;
        this.order = Arrays.stream(candidates).boxed()
                .sorted((a, b) -> a.equals(b) ? 0 : share[a] != share[b] ? Double.compare(share[b], share[a]) : a - b)
                .mapToInt(Integer::intValue).toArray();
        this.shareFrom = new double[order.length + 1];
        for (int k = order.length - 1; k >= 0; k--) {
            shareFrom[k] = shareFrom[k + 1] + share[order[k]];
        }
        this.room = room.clone();
        this.taken = new int[order.length];
        this.stepsLeft = steps;
    }

    /**
     * The fullest subset of the candidates that fits in {@code room}.
     *
     * @param share      [i] a workload's summed share of the node over the resources
     * @param candidates the workloads that may go on the node (distinct)
     * @param room       [r] what the node has free in each resource for them
     * @param steps      the most search steps
     * @return the chosen workloads, largest share first
     */
    static int[] best(long[][] size, long[] capacity, int[] group, double[] share, int[] candidates, long[] room,
                      long steps) {
        NodeFill search = new NodeFill(size, capacity, group, share, candidates, room, steps);
        search.descend(0, 0);
        return search.best;
    }

    /** The summed share of the workloads. */
    static double shareOf(double[] share, int[] items) {
        double s = 0;
        for (int i : items) {
            s += share[i];
        }
        return s;
    }

    private void descend(int k, double filled) {
        if (filled > bestShare + EPSILON || (filled > bestShare - EPSILON && takenCount < best.length)) {
            bestShare = filled;
            best = Arrays.copyOf(taken, takenCount);
        }
        if (k == order.length || --stepsLeft < 0) {
            return;
        }
        // Even taking every candidate left (or filling the room) cannot beat the best: stop, unless
        // fewer workloads could still fill as much (each adds at most the share of the largest left).
        double most = filled + Math.min(shareFrom[k], roomShare());
        if (most < bestShare - EPSILON) {
            return;
        }
        if (most <= bestShare + EPSILON) {
            double needed = Math.ceil((bestShare - filled - EPSILON) / share[order[k]]);
            if (takenCount + Math.max(1, Math.min(needed, order.length)) >= best.length) {
                return;
            }
        }
        int i = order[k];
        if (fits(i)) {
            for (int r = 0; r < capacity.length; r++) {
                room[r] -= size[i][r];
            }
            taken[takenCount++] = i;
            descend(k + 1, filled + share[i]);
            takenCount--;
            for (int r = 0; r < capacity.length; r++) {
                room[r] += size[i][r];
            }
        }
        descend(k + 1, filled);
    }

    private double roomShare() {
        double s = 0;
        for (int r = 0; r < capacity.length; r++) {
            s += capacity[r] > 0 ? (double) room[r] / capacity[r] : 0;
        }
        return s;
    }

    private boolean fits(int i) {
        for (int r = 0; r < capacity.length; r++) {
            if (size[i][r] > room[r]) {
                return false;
            }
        }
        if (group[i] >= 0) {
            for (int t = 0; t < takenCount; t++) {
                if (group[taken[t]] == group[i]) {
                    return false;
                }
            }
        }
        return true;
    }
}
