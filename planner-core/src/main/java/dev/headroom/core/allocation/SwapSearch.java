package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Packs workloads onto a given number of nodes by the consistent neighbourhood search of
 * Buljubašić and Vasquez for bin packing: all but two of the nodes are kept from a packing,
 * fullest first, and the workloads of the others wait on a list; the search is done when what
 * waits fits on two nodes. It alternates two phases. The descent refills each node as full as it
 * can be from its own workloads and the waiting ones ({@link NodeFill}), which is what shrinks the
 * list quickly. When no node can be made fuller, one exchange of one or two of a node's workloads
 * for one or two waiting ones is made: the one leaving fewest workloads larger than half a node
 * waiting beyond the two that two nodes can hold (a list of three such never fits, however small
 * its total; on Scholl's first set this found three more optima), then least waiting, and at the
 * same total the most (so the smallest) workloads waiting, even if every exchange leaves more:
 * that is how the search moves on from where the descent stopped. An exchange of workloads of the
 * same sizes changes nothing and is never made. A workload an exchange puts on a node stays there
 * for a while, and one taken off a node does not go back there (tabu), so that neither phase
 * undoes the last steps; ties are broken at random with a seed. Fill is the sum over resources of
 * a node's shares; anti-affinity groups stay apart.
 * (On Falkenauer's u250 this finds the optimum of all 20 instances, where exchanges alone, aiming
 * at an empty list on all the nodes, missed two.)
 */
final class SwapSearch {

    /** Nodes the waiting list must fit on for the search to end. */
    private static final int SPARE_NODES = 2;
    /** Steps a workload an exchange put on a node stays there, and one taken off a node stays off it. */
    private static final int TABU_STEPS = 10;
    /** The most steps of one {@link NodeFill} search. */
    private static final long FILL_STEPS = 20_000;
    private static final double EPSILON = 1e-9;
    /** What one more workload waiting (at the same total) is worth: far less than any real difference in size. */
    private static final double LATERAL = 1e-7;
    /** The cost of each workload larger than half a node waiting beyond what the spare nodes hold: above any total. */
    private static final double LARGE = 1_000;

    private final PartialPacking p;
    private final int spare;
    private final long[] placedAt;
    private final int[] takenFrom;
    private final long[] takenAt;
    private final SplittableRandom random;
    private long step;

    private SwapSearch(PartialPacking p, int spare, long seed) {
        this.p = p;
        this.spare = spare;
        int items = p.size.length;
        this.placedAt = new long[items];
        this.takenFrom = new int[items];
        this.takenAt = new long[items];
        java.util.Arrays.fill(placedAt, Long.MIN_VALUE / 2);
        java.util.Arrays.fill(takenFrom, -1);
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param nodeOf   [i] a packing (nodes numbered from 0)
     * @param target   how many nodes to pack onto (fewer than the packing uses)
     * @param steps    the most exchange steps
     * @param seed     for the ties between equally good exchanges
     * @param deadline System.nanoTime() at which to give up whatever the steps
     * @return [i] a packing onto at most {@code target} nodes, or null when none was found within the steps
     */
    static int[] pack(long[][] size, long[] capacity, int[] group, int[] nodeOf, int target, long steps, long seed,
                      long deadline) {
        if (target <= 0) {
            return null;
        }
        int spare = Math.min(SPARE_NODES, target);
        PartialPacking p = new PartialPacking(size, capacity, group, target - spare);
        List<List<Integer>> start = new ArrayList<>();
        for (int i = 0; i < nodeOf.length; i++) {
            while (start.size() <= nodeOf[i]) {
                start.add(new ArrayList<>());
            }
            start.get(nodeOf[i]).add(i);
        }
        // Keep the fullest nodes; what the others held waits.
        start.sort(Comparator.comparingDouble((List<Integer> items) -> -NodeFill.shareOf(p.share,
                items.stream().mapToInt(Integer::intValue).toArray())));
        for (int n = 0; n < start.size(); n++) {
            for (int i : start.get(n)) {
                p.sendToWait(i);
                if (n < p.nodeCount()) {
                    p.put(i, n);
                }
            }
        }
        return new SwapSearch(p, spare, seed).run(steps, deadline);
    }

    private int[] run(long steps, long deadline) {
        if (p.nodeCount() == 0) {
            List<int[]> extra = p.packWaiting(spare, FILL_STEPS);
            return extra == null ? null : p.result(extra);
        }
        for (step = 0; step < steps && System.nanoTime() - deadline < 0; step++) {
            descend(deadline);
            List<int[]> extra = p.packWaiting(spare, FILL_STEPS);
            if (extra != null) {
                return p.result(extra);
            }
            if (!exchange()) {
                sendOneBack();
            }
        }
        return null;
    }

    /** Refills nodes, each as full as its own free workloads and the waiting ones allow, until none gets fuller. */
    private void descend(long deadline) {
        boolean fuller = true;
        while (fuller && !p.waiting.isEmpty()) {
            fuller = false;
            // A pass over many nodes can take a while: the deadline is checked at each node.
            for (int n = 0; n < p.nodeCount(); n++) {
                if (System.nanoTime() - deadline >= 0) {
                    return;
                }
                fuller |= refill(n);
            }
        }
    }

    private boolean refill(int n) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i : p.nodes.get(n)) {
            (isTabu(i) ? kept : free).add(i);
        }
        long[] room = p.capacity.clone();
        for (int i : kept) {
            for (int r = 0; r < room.length; r++) {
                room[r] -= p.size[i][r];
            }
        }
        List<Integer> candidates = new ArrayList<>(free);
        for (int i : p.waiting) {
            if (!takenOffLately(i, n) && !p.clashes(i, kept) && fitsRoom(i, room)) {
                candidates.add(i);
            }
        }
        if (candidates.size() == free.size()) {
            return false;
        }
        int[] chosen = NodeFill.best(p.size, p.capacity, p.group, p.share,
                candidates.stream().mapToInt(Integer::intValue).toArray(), room, FILL_STEPS);
        double now = 0;
        for (int i : free) {
            now += p.share[i];
        }
        if (NodeFill.shareOf(p.share, chosen) <= now + EPSILON) {
            return false;
        }
        for (int i : free) {
            p.sendToWait(i);
        }
        for (int i : chosen) {
            p.put(i, n);
        }
        return true;
    }

    private boolean fitsRoom(int i, long[] room) {
        for (int r = 0; r < room.length; r++) {
            if (p.size[i][r] > room[r]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the best exchange of one or two free workloads of a node for one or two waiting ones
     * (ties at random); false when there is none.
     */
    private boolean exchange() {
        List<int[]> joins = sets(p.waiting, false);
        int largeNow = p.largeBeyond(spare, new int[0], new int[0]);
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestNode = -1;
        int[] bestLeave = null;
        int[] bestJoin = null;
        int ties = 0;
        for (int n = 0; n < p.nodeCount(); n++) {
            List<int[]> leaves = sets(p.nodes.get(n), true);
            for (int[] leave : leaves) {
                double out = NodeFill.shareOf(p.share, leave);
                for (int[] join : joins) {
                    double gain = NodeFill.shareOf(p.share, join) - out + (leave.length - join.length) * LATERAL
                            + LARGE * (largeNow - p.largeBeyond(spare, leave, join));
                    if (gain < bestGain - EPSILON * LATERAL || !allowedOn(join, n) || sameSizes(leave, join)
                            || !p.fits(n, leave, join)) {
                        continue;
                    }
                    ties = gain > bestGain + EPSILON * LATERAL ? 1 : ties + 1;
                    if (ties == 1 || random.nextInt(ties) == 0) {
                        bestGain = Math.max(bestGain, gain);
                        bestNode = n;
                        bestLeave = leave;
                        bestJoin = join;
                    }
                }
            }
        }
        if (bestNode < 0) {
            return false;
        }
        for (int i : bestLeave) {
            p.sendToWait(i);
            takenFrom[i] = bestNode;
            takenAt[i] = step;
        }
        for (int i : bestJoin) {
            p.put(i, bestNode);
            placedAt[i] = step;
        }
        return true;
    }

    /** Whether the exchange would only swap workloads of the same sizes: the same packing, seen from the sizes. */
    private boolean sameSizes(int[] leave, int[] join) {
        if (leave.length != join.length) {
            return false;
        }
        if (leave.length == 1) {
            return same(leave[0], join[0]);
        }
        return same(leave[0], join[0]) && same(leave[1], join[1]) || same(leave[0], join[1]) && same(leave[1], join[0]);
    }

    private boolean same(int i, int j) {
        return java.util.Arrays.equals(p.size[i], p.size[j]);
    }

    private boolean allowedOn(int[] join, int n) {
        for (int i : join) {
            if (takenOffLately(i, n)) {
                return false;
            }
        }
        return true;
    }

    /** Every set of one or two of the workloads (tabu ones left out, and the empty set in, for a node's). */
    private List<int[]> sets(List<Integer> items, boolean onNode) {
        List<int[]> sets = new ArrayList<>();
        if (onNode) {
            sets.add(new int[0]);
        }
        for (int x = 0; x < items.size(); x++) {
            int i = items.get(x);
            if (onNode && isTabu(i)) {
                continue;
            }
            sets.add(new int[] {i});
            for (int y = x + 1; y < items.size(); y++) {
                int j = items.get(y);
                if (!onNode || !isTabu(j)) {
                    sets.add(new int[] {i, j});
                }
            }
        }
        return sets;
    }

    /** A random free workload of a random node goes back to the list. */
    private void sendOneBack() {
        int n = random.nextInt(p.nodeCount());
        List<Integer> free = new ArrayList<>();
        for (int i : p.nodes.get(n)) {
            if (!isTabu(i)) {
                free.add(i);
            }
        }
        if (!free.isEmpty()) {
            int i = free.get(random.nextInt(free.size()));
            p.sendToWait(i);
            takenFrom[i] = n;
            takenAt[i] = step;
        }
    }

    private boolean isTabu(int i) {
        return step - placedAt[i] <= TABU_STEPS;
    }

    private boolean takenOffLately(int i, int n) {
        return takenFrom[i] == n && step - takenAt[i] <= TABU_STEPS;
    }
}
