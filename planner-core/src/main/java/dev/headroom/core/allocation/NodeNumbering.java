package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renumbers interchangeable nodes (one {@link NodeSlots.Group}, one period) without changing what
 * runs together: a solution stays a solution, with the same cost.
 */
final class NodeNumbering {

    private NodeNumbering() {
    }

    /** The numbering the model searches: within a group and period, loads non-increasing, resource by resource. */
    static AllocationSolution byLoad(AllocationProblem pr, AllocationSolution solution) {
        AllocationSolution s = solution.copy();
        for (NodeSlots.Group g : pr.slots.groups) {
            for (int t = 0; t < pr.horizon; t++) {
                long[][] load = loads(pr, s, g, t);
                List<Integer> active = active(pr, s, g, t);
                List<Integer> order = new ArrayList<>(active);
                order.sort(Comparator.comparing((Integer i) -> load[i], NodeNumbering::compareLoads).reversed()
                        .thenComparing(i -> i));
                Map<Integer, Integer> to = new HashMap<>();
                for (int i = 0; i < order.size(); i++) {
                    to.put(g.first() + order.get(i), g.first() + active.get(i));
                }
                renumber(pr, s, t, to);
            }
        }
        return s;
    }

    /**
     * The numbering shown to the planner: a workload keeps its node's name from one period to the
     * next wherever the node is still there, so that names only change when something moves.
     */
    static AllocationSolution stable(AllocationProblem pr, AllocationSolution solution) {
        AllocationSolution s = solution.copy();
        for (NodeSlots.Group g : pr.slots.groups) {
            for (int t = 1; t < pr.horizon; t++) {
                List<Integer> active = active(pr, s, g, t);
                Map<Integer, Integer> to = new HashMap<>();
                List<Integer> free = new ArrayList<>();
                for (int i : active) {
                    free.add(g.first() + i);
                }
                // Each node takes the name its first workload (in input order) had in the period before, when free.
                for (int w = 0; w < pr.workloads; w++) {
                    int now = s.nodeOf()[w][t];
                    int before = s.nodeOf()[w][t - 1];
                    if (inGroup(g, now) && inGroup(g, before) && !to.containsKey(now) && free.contains(before)) {
                        to.put(now, before);
                        free.remove(Integer.valueOf(before));
                    }
                }
                for (int i : active) {
                    int slot = g.first() + i;
                    if (!to.containsKey(slot)) {
                        int target = free.contains(slot) ? slot : free.getFirst();
                        to.put(slot, target);
                        free.remove(Integer.valueOf(target));
                    }
                }
                renumber(pr, s, t, to);
            }
        }
        return s;
    }

    private static boolean inGroup(NodeSlots.Group g, int slot) {
        return slot >= g.first() && slot < g.first() + g.size();
    }

    /** Numbers within the group of the nodes there in the period, in order. */
    private static List<Integer> active(AllocationProblem pr, AllocationSolution s, NodeSlots.Group g, int t) {
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (pr.slots.isActive(g.first() + i, t, s.bought())) {
                active.add(i);
            }
        }
        return active;
    }

    private static long[][] loads(AllocationProblem pr, AllocationSolution s, NodeSlots.Group g, int t) {
        long[][] load = new long[g.size()][pr.resources];
        for (int w = 0; w < pr.workloads; w++) {
            int slot = s.nodeOf()[w][t];
            if (inGroup(g, slot)) {
                for (int r = 0; r < pr.resources; r++) {
                    load[slot - g.first()][r] += pr.demand[w][r][t];
                }
            }
        }
        return load;
    }

    private static int compareLoads(long[] a, long[] b) {
        for (int r = 0; r < a.length; r++) {
            int c = Long.compare(a[r], b[r]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void renumber(AllocationProblem pr, AllocationSolution s, int t, Map<Integer, Integer> to) {
        for (int w = 0; w < pr.workloads; w++) {
            Integer target = to.get(s.nodeOf()[w][t]);
            if (target != null) {
                s.nodeOf()[w][t] = target;
            }
        }
    }
}
