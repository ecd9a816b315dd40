package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The cheapest plan of a tiny one-period node-placement instance by trying everything, written
 * from the planning rules in whole numbers: every partition of the node-placed workloads into
 * nodes, every choice of an existing node or a bought type for each part, then every number of
 * extra nodes per type for the pool-placed demand (which spreads over what the nodes leave).
 * Capacities are compared as demand × 100 ≤ capacity × target percent.
 */
final class NodeBruteForce {

    /** One instance: [i][r] node-placed demand, [i] anti-affinity group or -1, [r] pool-placed demand, ... */
    record Instance(int[][] items, int[] group, int[] spread, int[][] capacity, int[] cost, int[] percent,
                    int existing, int maxNodes) {
    }

    private static final int MOST_EXTRA = 4;

    private final Instance in;
    private final int types;
    private final int resources;
    private long best = Long.MAX_VALUE;

    private NodeBruteForce(Instance in) {
        this.in = in;
        this.types = in.cost().length;
        this.resources = in.spread().length;
    }

    /** The least cost of a plan meeting all demand, or empty when none does. Existing nodes are of type 0. */
    static OptionalLong cheapest(Instance in) {
        NodeBruteForce b = new NodeBruteForce(in);
        b.partitions(0, new int[in.items().length], 0);
        return b.best == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(b.best);
    }

    private void partitions(int i, int[] block, int blocks) {
        if (i == block.length) {
            List<int[]> parts = new ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                int[] load = new int[resources];
                List<Integer> members = new ArrayList<>();
                for (int j = 0; j < block.length; j++) {
                    if (block[j] == b) {
                        members.add(j);
                        for (int r = 0; r < resources; r++) {
                            load[r] += in.items()[j][r];
                        }
                    }
                }
                if (!separatesGroups(members)) {
                    return;
                }
                parts.add(load);
            }
            assign(parts, 0, new boolean[in.existing()], new int[types], 0);
            return;
        }
        for (int b = 0; b <= blocks; b++) {
            block[i] = b;
            partitions(i + 1, block, Math.max(blocks, b + 1));
        }
    }

    private boolean separatesGroups(List<Integer> members) {
        for (int a : members) {
            for (int b : members) {
                if (a < b && in.group()[a] >= 0 && in.group()[a] == in.group()[b]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Each part on an unused existing node (type 0) or a bought node of a type it fits. */
    private void assign(List<int[]> parts, int i, boolean[] used, int[] bought, long cost) {
        if (cost >= best) {
            return;
        }
        if (i == parts.size()) {
            extra(bought, 0, cost);
            return;
        }
        for (int e = 0; e < used.length; e++) {
            if (!used[e] && fits(parts.get(i), 0)) {
                used[e] = true;
                assign(parts, i + 1, used, bought, cost);
                used[e] = false;
                break; // existing nodes are interchangeable
            }
        }
        for (int k = 0; k < types; k++) {
            if (fits(parts.get(i), k)) {
                bought[k]++;
                assign(parts, i + 1, used, bought, cost + in.cost()[k]);
                bought[k]--;
            }
        }
    }

    /** Extra nodes per type so that all demand fits the pool's summed usable capacity. */
    private void extra(int[] bought, int k, long cost) {
        if (cost >= best) {
            return;
        }
        if (k == types) {
            int nodes = in.existing() + Arrays.stream(bought).sum();
            if (in.maxNodes() > 0 && nodes > in.maxNodes() && Arrays.stream(bought).sum() > 0) {
                return;
            }
            for (int r = 0; r < resources; r++) {
                long demand = in.spread()[r];
                for (int[] item : in.items()) {
                    demand += item[r];
                }
                long usable = (long) in.existing() * in.capacity()[0][r] * in.percent()[r];
                for (int t = 0; t < types; t++) {
                    usable += (long) bought[t] * in.capacity()[t][r] * in.percent()[r];
                }
                if (demand * 100 > usable) {
                    return;
                }
            }
            best = cost;
            return;
        }
        for (int n = 0; n <= MOST_EXTRA; n++) {
            bought[k] += n;
            extra(bought, k + 1, cost + (long) n * in.cost()[k]);
            bought[k] -= n;
        }
    }

    private boolean fits(int[] load, int k) {
        for (int r = 0; r < resources; r++) {
            if ((long) load[r] * 100 > (long) in.capacity()[k][r] * in.percent()[r]) {
                return false;
            }
        }
        return true;
    }
}
