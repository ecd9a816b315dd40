package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Packs workloads onto a given number of nodes by exchanging them with a waiting list (after the
 * consistent neighbourhood search of Buljubašić and Vasquez for bin packing): the least filled
 * nodes of a packing are emptied onto the list, and then, step by step, one or two workloads of a
 * node are exchanged for one or two waiting ones that fill it more without going over, so that
 * what waits keeps getting smaller, and whatever fits a node from the list goes on it. A workload
 * just put on a node stays there for a while (tabu), so the search does not undo its own steps;
 * when no exchange leaves less waiting, a seeded random workload goes back on the list to move on.
 * Fill is the sum over resources of the shares of a node; anti-affinity groups stay apart.
 */
final class SwapSearch {

    /** Steps a workload put on a node stays there before it may wait again. */
    private static final int TABU_STEPS = 7;
    private static final double EPSILON = 1e-12;
    /** What one more workload waiting (at the same total) is worth: far less than any real difference in size. */
    private static final double LATERAL = 1e-9;

    private final long[][] size;
    private final long[] capacity;
    private final int[] group;
    private final double[] share;
    /** [i] a workload's smallest share of a node over the resources. */
    private final double[] leastShare;
    /** The workloads by their smallest share, smallest first. */
    private final int[] smallestFirst;
    /** [i] the node a workload is on, −1 while it waits. */
    private final int[] where;
    private final List<List<Integer>> nodes = new ArrayList<>();
    private final long[][] load;
    /** [n] the summed shares on node n. */
    private final double[] fill;
    private final boolean hasGroups;
    private final Pair nothing;
    private final List<Integer> waiting = new ArrayList<>();
    private final long[] placedAt;
    /** [i] the node a workload was last sent back from at random, and when: it does not go straight back there. */
    private final int[] sentFrom;
    private final long[] sentAt;
    private final SplittableRandom random;
    private long step;

    private SwapSearch(long[][] size, long[] capacity, int[] group, int nodeCount, long seed) {
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        this.share = new double[size.length];
        this.leastShare = new double[size.length];
        for (int i = 0; i < size.length; i++) {
            leastShare[i] = Double.POSITIVE_INFINITY;
            for (int r = 0; r < capacity.length; r++) {
                double part = capacity[r] > 0 ? (double) size[i][r] / capacity[r] : 0;
                share[i] += part;
                leastShare[i] = Math.min(leastShare[i], part);
            }
        }
        this.smallestFirst = java.util.stream.IntStream.range(0, size.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> leastShare[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.where = new int[size.length];
        java.util.Arrays.fill(where, -1);
        for (int n = 0; n < nodeCount; n++) {
            nodes.add(new ArrayList<>());
        }
        this.load = new long[nodeCount][capacity.length];
        this.fill = new double[nodeCount];
        this.hasGroups = java.util.Arrays.stream(group).anyMatch(g -> g >= 0);
        this.nothing = new Pair(-1, -1);
        this.placedAt = new long[size.length];
        java.util.Arrays.fill(placedAt, -TABU_STEPS - 1);
        this.sentFrom = new int[size.length];
        this.sentAt = new long[size.length];
        java.util.Arrays.fill(sentFrom, -1);
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param nodeOf [i] a packing (nodes numbered from 0)
     * @param target how many nodes to pack onto (fewer than the packing uses)
     * @param steps    the most exchange steps
     * @param deadline System.nanoTime() at which to give up whatever the steps
     * @return [i] a packing onto at most {@code target} nodes, or null when none was found within the steps
     */
    static int[] pack(long[][] size, long[] capacity, int[] group, int[] nodeOf, int target, long steps, long seed,
                      long deadline) {
        if (target <= 0) {
            return null;
        }
        int used = MinimumBinSlack.nodes(nodeOf);
        List<List<Integer>> start = new ArrayList<>();
        for (int n = 0; n < used; n++) {
            start.add(new ArrayList<>());
        }
        for (int i = 0; i < nodeOf.length; i++) {
            start.get(nodeOf[i]).add(i);
        }
        SwapSearch search = new SwapSearch(size, capacity, group, target, seed);
        // Keep the fullest nodes; what the others held waits.
        start.sort(Comparator.comparingDouble((List<Integer> items) -> -search.fill(items)));
        for (int n = 0; n < start.size(); n++) {
            for (int i : start.get(n)) {
                if (n < target) {
                    search.put(i, n);
                } else {
                    search.waiting.add(i);
                }
            }
        }
        return search.run(steps, deadline) ? search.result() : null;
    }

    private boolean run(long steps, long deadline) {
        for (step = 0; step < steps && ((step & 15) != 0 || System.nanoTime() - deadline < 0); step++) {
            placeWhatFits();
            if (waiting.isEmpty()) {
                return true;
            }
            if (!exchange() && !makeRoom()) {
                sendOneBack();
            }
        }
        placeWhatFits();
        return waiting.isEmpty();
    }

    /** Puts each waiting workload, largest first, on the node it fills most, where it fits. */
    private void placeWhatFits() {
        waiting.sort(Comparator.comparingDouble((Integer i) -> -share[i]).thenComparingInt(i -> i));
        for (int k = 0; k < waiting.size(); k++) {
            int i = waiting.get(k);
            int best = -1;
            double bestFill = -1;
            Pair alone = new Pair(i, -1);
            for (int n = 0; n < nodes.size(); n++) {
                if (fill[n] + share[i] > bestFill && !sentBackFrom(i, n) && fits(n, nothing, alone)) {
                    bestFill = fill[n] + share[i];
                    best = n;
                }
            }
            if (best >= 0) {
                waiting.remove(k--);
                put(i, best);
            }
        }
    }

    /** The exchange that leaves least waiting (then more, smaller workloads waiting); false when none helps. */
    private boolean exchange() {
        List<Pair> outs = pairs(waiting, false);
        double bestGain = EPSILON;
        int bestNode = -1;
        Pair bestIn = null;
        Pair bestOut = null;
        for (int n = 0; n < nodes.size(); n++) {
            for (Pair in : pairs(nodes.get(n), true)) {
                for (Pair out : outs) {
                    // Less waiting is better; as much waiting, but in more (so smaller) workloads, is a step too.
                    double gain = out.share - in.share + (in.count() - out.count()) * LATERAL;
                    if (gain > bestGain && fits(n, in, out) && !sentBackFrom(out.a, n)
                            && (out.b < 0 || !sentBackFrom(out.b, n))) {
                        bestGain = gain;
                        bestNode = n;
                        bestIn = in;
                        bestOut = out;
                    }
                }
            }
        }
        if (bestNode < 0) {
            return false;
        }
        for (int i : bestIn.members()) {
            take(i, bestNode);
            waiting.add(i);
            sentFrom[i] = bestNode;
            sentAt[i] = step;
        }
        for (int i : bestOut.members()) {
            waiting.remove(Integer.valueOf(i));
            put(i, bestNode);
        }
        return true;
    }

    /**
     * Moves one workload from a node to another, or swaps it for a smaller one, so that some node
     * has more room than any has now (room: the least share left over in any resource); the waiting
     * workloads need room gathered on one node, not spread thinly. False when no move gathers more.
     * (Moving pairs as well was tried on Falkenauer's u250: no more instances solved, at twice the time.)
     */
    private boolean makeRoom() {
        double most = 0;
        for (int n = 0; n < nodes.size(); n++) {
            most = Math.max(most, roomWith(n, nothing, nothing));
        }
        double best = most + EPSILON;
        // Each workload that may move, with the room its node would have without it: the most
        // any move of it can gather there (taking a smaller one back only gives less). Best first,
        // so that the search can stop as soon as no candidate can beat the best move found.
        List<int[]> candidates = new ArrayList<>();
        List<Double> roomWithout = new ArrayList<>();
        for (int a = 0; a < nodes.size(); a++) {
            for (int i : nodes.get(a)) {
                double without = roomWith(a, new Pair(i, -1), nothing);
                if (!isTabu(i) && without > best) {
                    candidates.add(new int[] {a, i});
                    roomWithout.add(without);
                }
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(roomWithout.get(y), roomWithout.get(x)));
        int from = -1;
        int to = -1;
        Pair moved = null;
        Pair back = nothing;
        for (int c : order) {
            double without = roomWithout.get(c);
            if (without <= best) {
                break;
            }
            int a = candidates.get(c)[0];
            Pair out = new Pair(candidates.get(c)[1], -1);
            int target = nodeWithRoomFor(out, a);
            if (target >= 0) {
                best = without;
                from = a;
                to = target;
                moved = out;
                back = nothing;
                continue;
            }
            for (int j : smallestFirst) {
                // Taking j in costs node a at least j's smallest share of a resource.
                if (without - leastShare[j] <= best) {
                    break;
                }
                int b = where[j];
                if (b < 0 || b == a || share[j] >= out.share || isTabu(j)) {
                    continue;
                }
                Pair in = new Pair(j, -1);
                double r = roomWith(a, out, in);
                if (r > best && fits(b, in, out) && fits(a, out, in)) {
                    best = r;
                    from = a;
                    to = b;
                    moved = out;
                    back = in;
                }
            }
        }
        if (moved == null) {
            return false;
        }
        for (int i : moved.members()) {
            take(i, from);
        }
        for (int j : back.members()) {
            take(j, to);
            put(j, from);
        }
        for (int i : moved.members()) {
            put(i, to);
        }
        return true;
    }

    /** The first node other than {@code a} with room for the workloads, or −1. */
    private int nodeWithRoomFor(Pair out, int a) {
        for (int b = 0; b < nodes.size(); b++) {
            if (b != a && fits(b, nothing, out)) {
                return b;
            }
        }
        return -1;
    }

    /** The least share of a resource node n would have left without {@code out} and with {@code in}. */
    private double roomWith(int n, Pair out, Pair in) {
        double least = Double.POSITIVE_INFINITY;
        for (int r = 0; r < capacity.length; r++) {
            if (capacity[r] > 0) {
                long l = load[n][r] - out.sum[r] + in.sum[r];
                least = Math.min(least, (double) (capacity[r] - l) / capacity[r]);
            }
        }
        return least == Double.POSITIVE_INFINITY ? 0 : least;
    }

    /** A random workload that is not tabu goes back to the list, from a random node. */
    private void sendOneBack() {
        int n = random.nextInt(nodes.size());
        List<Integer> free = new ArrayList<>();
        for (int i : nodes.get(n)) {
            if (!isTabu(i)) {
                free.add(i);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        int i = free.get(random.nextInt(free.size()));
        take(i, n);
        waiting.add(i);
        sentFrom[i] = n;
        sentAt[i] = step;
    }

    private boolean sentBackFrom(int i, int n) {
        return sentFrom[i] == n && step - sentAt[i] <= TABU_STEPS;
    }

    /** One or two workloads (b = −1 for one), with their summed share and sizes. */
    private final class Pair {
        final int a;
        final int b;
        final double share;
        final long[] sum;

        Pair(int a, int b) {
            this.a = a;
            this.b = b;
            this.sum = new long[capacity.length];
            double s = 0;
            for (int i : members()) {
                s += SwapSearch.this.share[i];
                for (int r = 0; r < capacity.length; r++) {
                    sum[r] += size[i][r];
                }
            }
            this.share = s;
        }

        int[] members() {
            return a < 0 ? new int[0] : b < 0 ? new int[] {a} : new int[] {a, b};
        }

        int count() {
            return a < 0 ? 0 : b < 0 ? 1 : 2;
        }
    }

    /** Every set of one or two of the workloads (tabu ones left out when asked). */
    private List<Pair> pairs(List<Integer> items, boolean leaveTabuOut) {
        List<Pair> sets = new ArrayList<>();
        for (int x = 0; x < items.size(); x++) {
            int i = items.get(x);
            if (leaveTabuOut && isTabu(i)) {
                continue;
            }
            sets.add(new Pair(i, -1));
            for (int y = x + 1; y < items.size(); y++) {
                int j = items.get(y);
                if (!leaveTabuOut || !isTabu(j)) {
                    sets.add(new Pair(i, j));
                }
            }
        }
        return sets;
    }

    private boolean isTabu(int i) {
        return step - placedAt[i] <= TABU_STEPS;
    }

    /** Whether node n holds {@code out} in place of {@code in}: capacity in every resource, groups apart. */
    private boolean fits(int n, Pair in, Pair out) {
        for (int r = 0; r < capacity.length; r++) {
            if (load[n][r] - in.sum[r] + out.sum[r] > capacity[r]) {
                return false;
            }
        }
        if (!hasGroups) {
            return true;
        }
        for (int i : out.members()) {
            if (group[i] < 0) {
                continue;
            }
            for (int j : nodes.get(n)) {
                if (group[j] == group[i] && j != in.a && j != in.b) {
                    return false;
                }
            }
            if (out.b >= 0 && group[out.a] == group[out.b]) {
                return false;
            }
        }
        return true;
    }

    private void put(int i, int n) {
        nodes.get(n).add(i);
        where[i] = n;
        fill[n] += share[i];
        placedAt[i] = step;
        for (int r = 0; r < capacity.length; r++) {
            load[n][r] += size[i][r];
        }
    }

    private void take(int i, int n) {
        nodes.get(n).remove(Integer.valueOf(i));
        where[i] = -1;
        fill[n] -= share[i];
        for (int r = 0; r < capacity.length; r++) {
            load[n][r] -= size[i][r];
        }
    }

    private double fill(List<Integer> items) {
        double t = 0;
        for (int i : items) {
            t += share[i];
        }
        return t;
    }

    private int[] result() {
        int[] nodeOf = new int[size.length];
        int next = 0;
        for (List<Integer> items : nodes) {
            if (items.isEmpty()) {
                continue;
            }
            for (int i : items) {
                nodeOf[i] = next;
            }
            next++;
        }
        return nodeOf;
    }
}
