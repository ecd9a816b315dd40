package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The single nodes that node-placed workloads are packed on, numbered once for the whole problem:
 * in every pool where some node-placed workload may run, for each node type in the input's order,
 * first the existing nodes, then the nodes that may be bought.
 *
 * <p>Nodes of one group (pool, type, existing or bought) are interchangeable, so they are told apart
 * only by number. Existing node i of a type is active while the pool has more than i such nodes:
 * the nodes retiring first carry the highest numbers. Bought node j of a type is active from the
 * period in which the pool owns more than j bought nodes of it: nodes are numbered in the order
 * they arrive. Names read {@code pool/type/03} for an existing node and {@code pool/type/new-01}
 * for a bought one, numbered from 1.
 */
final class NodeSlots {

    /** What {@link AllocationSolution#nodeOf()} holds for a workload on no node: pool-placed, or no demand then. */
    static final int NONE = -1;
    /** What {@link AllocationSolution#nodeOf()} holds for a node-placed workload no node could take: its demand is unmet. */
    static final int UNPLACED = -2;

    /** A run of interchangeable nodes: slots {@code first .. first + size - 1}. */
    record Group(int pool, int type, boolean bought, int first, int size) {
    }

    private final AllocationProblem pr;
    /** [s] the pool, type and number within its group of each slot. */
    final int[] pool;
    final int[] type;
    final int[] number;
    final boolean[] bought;
    final List<Group> groups;
    /** [p][k] the group of bought nodes of the type in the pool, or null when the pool takes no node-placed workload. */
    final Group[][] boughtGroup;
    final int count;

    NodeSlots(AllocationProblem pr, boolean[] poolTakesNodes) {
        this.pr = pr;
        List<Group> list = new ArrayList<>();
        this.boughtGroup = new Group[pr.pools][pr.nodeTypes];
        int next = 0;
        for (int p = 0; p < pr.pools; p++) {
            if (!poolTakesNodes[p]) {
                continue;
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                int existingMost = 0;
                for (int t = 0; t < pr.horizon; t++) {
                    existingMost = Math.max(existingMost, pr.existing[p][k][t]);
                }
                if (existingMost > 0) {
                    list.add(new Group(p, k, false, next, existingMost));
                    next += existingMost;
                }
                int buyable = pr.purchaseLimit[p][k];
                if (buyable > 0) {
                    Group g = new Group(p, k, true, next, buyable);
                    list.add(g);
                    boughtGroup[p][k] = g;
                    next += buyable;
                }
            }
        }
        this.groups = List.copyOf(list);
        this.count = next;
        this.pool = new int[count];
        this.type = new int[count];
        this.number = new int[count];
        this.bought = new boolean[count];
        for (Group g : groups) {
            for (int i = 0; i < g.size(); i++) {
                int s = g.first() + i;
                pool[s] = g.pool();
                type[s] = g.type();
                number[s] = i;
                bought[s] = g.bought();
            }
        }
    }

    /** Whether the slot can be active in the period in some plan: an existing node not yet retired, or a node that can have arrived. */
    boolean canBeActive(int s, int t) {
        return bought[s] ? pr.canArrive(type[s], t) : number[s] < pr.existing[pool[s]][type[s]][t];
    }

    /** Whether the slot is active in the period, given the nodes bought: {@code owned[p][k][t]}. */
    boolean isActive(int s, int t, int[][][] owned) {
        return bought[s] ? number[s] < owned[pool[s]][type[s]][t] : number[s] < pr.existing[pool[s]][type[s]][t];
    }

    /** Whether the workload's demand in the period fits one node of the slot's type at target utilization. */
    boolean fits(int w, int s, int t) {
        return fitsType(w, type[s], t);
    }

    boolean fitsType(int w, int k, int t) {
        for (int r = 0; r < pr.resources; r++) {
            if (pr.demand[w][r][t] > pr.nodeUsable[k][r]) {
                return false;
            }
        }
        return true;
    }

    /** The slot's readable name: {@code pool/type/03} existing, {@code pool/type/new-01} bought. */
    String name(int s) {
        return String.format(Locale.ROOT, "%s/%s/%s%02d", pr.poolName(pool[s]), pr.typeName(type[s]),
                bought[s] ? "new-" : "", number[s] + 1);
    }

    /**
     * [p][r][t] scaled demand of node-placed workloads that no node takes in the solution: it is
     * unmet, so the pool's unmet demand must be at least this.
     */
    long[][][] unplacedDemand(AllocationSolution s) {
        long[][][] unplaced = new long[pr.pools][pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (s.nodeOf()[w][t] == UNPLACED) {
                    for (int r = 0; r < pr.resources; r++) {
                        unplaced[s.poolOf()[w][t]][r][t] += pr.demand[w][r][t];
                    }
                }
            }
        }
        return unplaced;
    }

    /** [p][k][t] how many bought nodes the solution's node-placed workloads need: one more than the highest number used. */
    int[][][] boughtInUse(AllocationSolution s) {
        int[][][] used = new int[pr.pools][pr.nodeTypes][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                int slot = s.nodeOf()[w][t];
                if (slot >= 0 && bought[slot]) {
                    int[] row = used[pool[slot]][type[slot]];
                    row[t] = Math.max(row[t], number[slot] + 1);
                }
            }
        }
        return used;
    }
}
