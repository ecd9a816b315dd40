package dev.headroom.core.allocation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The node placement rules a solution must keep, checked one by one, in words when one is broken. */
final class NodeChecks {

    private NodeChecks() {
    }

    /** Whether a node-placed workload has demand in the period, so that it needs a node. */
    static boolean needsNode(AllocationProblem pr, int w, int t) {
        if (!pr.nodePlaced[w]) {
            return false;
        }
        for (int r = 0; r < pr.resources; r++) {
            if (pr.demand[w][r][t] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first node placement rule the solution breaks, in words; empty when it keeps them all. */
    static Optional<String> violation(AllocationProblem pr, AllocationSolution s) {
        NodeSlots slots = pr.slots;
        long[][][] onNode = new long[slots.count][pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                int slot = s.nodeOf()[w][t];
                if (!needsNode(pr, w, t)) {
                    if (slot != NodeSlots.NONE) {
                        return Optional.of("workload " + pr.workloadName(w) + " is on a node without needing one");
                    }
                    continue;
                }
                if (slot == NodeSlots.UNPLACED) {
                    continue;
                }
                if (slot < 0 || slot >= slots.count || slots.pool[slot] != s.poolOf()[w][t]) {
                    return Optional.of("workload " + pr.workloadName(w) + " is on no node of its pool in "
                            + pr.periods.get(t));
                }
                if (!slots.isActive(slot, t, s.bought())) {
                    return Optional.of("workload " + pr.workloadName(w) + " is on node " + slots.name(slot)
                            + ", which is not there in " + pr.periods.get(t));
                }
                for (int r = 0; r < pr.resources; r++) {
                    onNode[slot][r][t] += pr.demand[w][r][t];
                }
            }
        }
        for (int slot = 0; slot < slots.count; slot++) {
            int k = slots.type[slot];
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    if (onNode[slot][r][t] > pr.nodeUsable[k][r]) {
                        return Optional.of("node " + slots.name(slot) + " " + pr.resourceName(r) + " over capacity in "
                                + pr.periods.get(t));
                    }
                }
            }
        }
        for (int[] group : pr.antiAffinity) {
            for (int t = 0; t < pr.horizon; t++) {
                Set<Integer> used = new HashSet<>();
                for (int w : group) {
                    int slot = s.nodeOf()[w][t];
                    if (slot >= 0 && !used.add(slot)) {
                        return Optional.of("anti-affinity group " + pr.antiAffinityName(group) + " shares node "
                                + slots.name(slot) + " in " + pr.periods.get(t));
                    }
                }
            }
        }
        long[][][] unplaced = slots.unplacedDemand(s);
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    if (s.unmet()[p][r][t] < unplaced[p][r][t]) {
                        return Optional.of("workloads on no node in pool " + pr.poolName(p)
                                + " are not counted as unmet " + pr.resourceName(r));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
