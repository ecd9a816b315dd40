package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tries to pack workloads onto one node fewer, over and over (the local search of Levine and
 * Ducatelle for bin packing): the least filled node is emptied and its workloads set aside; then,
 * node by node, two or one of a node's workloads are exchanged for two or one set aside whenever
 * that fills the node more without going over, which leaves smaller workloads aside; what is aside
 * then goes onto any node with room. When nothing is left aside the packing uses a node fewer.
 * Fill is the sum over resources of the shares of the node; anti-affinity groups stay apart.
 */
final class BinEmptying {

    /** Rounds of exchanges allowed for one attempt at emptying a node. */
    private static final int ROUNDS_PER_ATTEMPT = 60;
    /** At most this many nodes are emptied at once. */
    private static final int MOST_EMPTIED = 3;

    private final long[][] size;
    private final long[] capacity;
    private final int[] group;
    private final List<List<Integer>> nodes = new ArrayList<>();
    private List<Integer> aside = new ArrayList<>();

    private BinEmptying(long[][] size, long[] capacity, int[] group, int[] nodeOf) {
        this.size = size;
        this.capacity = capacity;
        this.group = group;
        for (int i = 0; i < nodeOf.length; i++) {
            while (nodes.size() <= nodeOf[i]) {
                nodes.add(new ArrayList<>());
            }
            nodes.get(nodeOf[i]).add(i);
        }
        nodes.removeIf(List::isEmpty);
    }

    /**
     * @param nodeOf [i] a packing (nodes numbered from 0)
     * @param least  stop when the packing uses this many nodes
     * @return [i] a packing using no more nodes than the one given
     */
    static int[] reduce(long[][] size, long[] capacity, int[] group, int[] nodeOf, int least) {
        BinEmptying search = new BinEmptying(size, capacity, group, nodeOf);
        boolean better = true;
        while (better && search.nodes.size() > least) {
            better = false;
            for (int emptied = 1; emptied <= MOST_EMPTIED && !better; emptied++) {
                better = search.empty(emptied);
            }
        }
        int[] result = new int[size.length];
        for (int n = 0; n < search.nodes.size(); n++) {
            for (int i : search.nodes.get(n)) {
                result[i] = n;
            }
        }
        return result;
    }

    /**
     * One attempt: empties the {@code count} least filled nodes, exchanges, then packs what is still
     * aside onto new nodes first fit decreasing. Kept when that uses fewer nodes; else undone.
     */
    private boolean empty(int count) {
        if (nodes.size() <= count) {
            return false;
        }
        List<List<Integer>> saved = copy(nodes);
        int before = nodes.size();
        nodes.sort(Comparator.comparingDouble(this::fill));
        aside = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            aside.addAll(nodes.removeFirst());
        }
        for (int round = 0; round < ROUNDS_PER_ATTEMPT && !aside.isEmpty(); round++) {
            boolean changed = false;
            for (List<Integer> node : nodes) {
                changed |= exchange(node);
            }
            changed |= placeAside();
            if (!changed) {
                break;
            }
        }
        while (!aside.isEmpty()) {
            nodes.add(new ArrayList<>());
            placeAside();
        }
        if (nodes.size() < before) {
            return true;
        }
        nodes.clear();
        nodes.addAll(saved);
        return false;
    }

    /** The best exchange of two-for-two, two-for-one, one-for-two or one-for-one that fills the node more. */
    private boolean exchange(List<Integer> node) {
        double before = fill(node);
        List<Integer> bestOut = null;
        List<Integer> bestIn = null;
        double best = before + 1e-12;
        for (List<Integer> out : subsets(node)) {
            for (List<Integer> in : subsets(aside)) {
                List<Integer> trial = new ArrayList<>(node);
                trial.removeAll(out);
                trial.addAll(in);
                double f = fill(trial);
                if (f > best && fits(trial)) {
                    best = f;
                    bestOut = out;
                    bestIn = in;
                }
            }
        }
        if (bestOut == null) {
            return false;
        }
        node.removeAll(bestOut);
        node.addAll(bestIn);
        aside.removeAll(bestIn);
        aside.addAll(bestOut);
        return true;
    }

    /** Subsets of one or two elements. */
    private static List<List<Integer>> subsets(List<Integer> items) {
        List<List<Integer>> subsets = new ArrayList<>();
        for (int a = 0; a < items.size(); a++) {
            subsets.add(List.of(items.get(a)));
            for (int b = a + 1; b < items.size(); b++) {
                subsets.add(List.of(items.get(a), items.get(b)));
            }
        }
        return subsets;
    }

    /** Puts workloads set aside, largest first, onto the fullest node they fit. */
    private boolean placeAside() {
        boolean placed = false;
        List<Integer> order = new ArrayList<>(aside);
        order.sort(Comparator.comparingDouble((Integer i) -> -fill(List.of(i))).thenComparingInt(i -> i));
        for (int item : order) {
            List<Integer> target = null;
            for (List<Integer> node : nodes) {
                List<Integer> trial = new ArrayList<>(node);
                trial.add(item);
                if (fits(trial) && (target == null || fill(node) > fill(target))) {
                    target = node;
                }
            }
            if (target != null) {
                target.add(item);
                aside.remove(Integer.valueOf(item));
                placed = true;
            }
        }
        return placed;
    }

    private boolean fits(List<Integer> node) {
        for (int r = 0; r < capacity.length; r++) {
            long load = 0;
            for (int i : node) {
                load += size[i][r];
            }
            if (load > capacity[r]) {
                return false;
            }
        }
        for (int a = 0; a < node.size(); a++) {
            for (int b = a + 1; b < node.size(); b++) {
                int g = group[node.get(a)];
                if (g >= 0 && g == group[node.get(b)]) {
                    return false;
                }
            }
        }
        return true;
    }

    private double fill(List<Integer> node) {
        double fill = 0;
        for (int r = 0; r < capacity.length; r++) {
            if (capacity[r] > 0) {
                long load = 0;
                for (int i : node) {
                    load += size[i][r];
                }
                fill += (double) load / capacity[r];
            }
        }
        return fill;
    }

    private static List<List<Integer>> copy(List<List<Integer>> nodes) {
        List<List<Integer>> copy = new ArrayList<>();
        for (List<Integer> node : nodes) {
            copy.add(new ArrayList<>(node));
        }
        return copy;
    }
}
