package dev.headroom.core.allocation;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.constraints.extension.Tuples;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.List;

/**
 * The node level of the Choco model, for workloads whose placement is {@code node}: in each period
 * the node each one runs on (a {@link NodeSlots} slot of its pool), packed per resource with
 * Choco's bin-packing constraint, nodes at target utilization. Posted only when some workload is
 * node-placed; the pool level ({@link AllocationModel}) still counts their demand in the pool's load
 * and HA reserve, so HA spares are kept at pool level for both kinds of workload.
 *
 * <p>Where the plan may leave demand unmet, each pool has one more value, "on no node": a workload
 * placed there counts its whole demand as the pool's unmet demand.
 */
final class NodePlacementModel {

    private final AllocationProblem pr;
    private final AllocationModel m;
    private final Model model;
    private final NodeSlots slots;
    private final boolean unmetAllowed;
    /** [w][t] the slot of a node-placed workload with demand in the period; null otherwise. */
    final IntVar[][] nodeOf;
    /** [s][r][t] the demand packed on each slot, for the resources that are packed. */
    final IntVar[][][] slotLoad;
    /** [r] whether some node-placed workload has demand for the resource: only those are packed. */
    private final boolean[] packed;

    /** [s] whether the slot may be used at all: bought nodes beyond what the most cost pays for may not. */
    private final boolean[] usable;

    NodePlacementModel(AllocationModel m, UnmetAllowance allowance, long mostCost) {
        this.pr = m.pr;
        this.usable = new boolean[pr.slots.count];
        for (int s = 0; s < pr.slots.count; s++) {
            int price = pr.nodeCost[pr.slots.type[s]];
            usable[s] = !pr.slots.bought[s] || price <= 0 || pr.slots.number[s] < mostCost / price;
        }
        this.m = m;
        this.model = m.model;
        this.slots = pr.slots;
        this.unmetAllowed = !allowance.isNone();
        this.nodeOf = new IntVar[pr.workloads][pr.horizon];
        this.slotLoad = new IntVar[slots.count + pr.pools][pr.resources][pr.horizon];
        this.packed = new boolean[pr.resources];
        placeEachNodeWorkloadOnOneNodeOfItsPool();
        packNodesWithinTheirCapacity();
        useOnlyNodesThatAreThere();
        countWorkloadsOnNoNodeAsUnmet();
        keepAntiAffinityGroupsOnDifferentNodes();
        numberInterchangeableNodesByLoad();
    }

    private boolean canBeActive(int s, int t) {
        return usable[s] && slots.canBeActive(s, t);
    }

    /** The value meaning "on no node" in pool p. */
    private int nowhere(int p) {
        return slots.count + p;
    }

    // Each node-placed workload with demand runs, in each period, on one node of its pool that is
    // large enough for it, or (only where demand may be left unmet) on none.
    private void placeEachNodeWorkloadOnOneNodeOfItsPool() {
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (!NodeChecks.needsNode(pr, w, t)) {
                    continue;
                }
                List<Integer> values = new ArrayList<>();
                for (int s = 0; s < slots.count; s++) {
                    if (pr.mayRunIn(w, slots.pool[s]) && canBeActive(s, t) && slots.fits(w, s, t)) {
                        values.add(s);
                    }
                }
                if (unmetAllowed || values.isEmpty()) {
                    for (int p : pr.allowedPools[w]) {
                        values.add(nowhere(p));
                    }
                }
                nodeOf[w][t] = model.intVar("node of " + pr.workloadName(w),
                        values.stream().mapToInt(Integer::intValue).toArray());
                for (int r = 0; r < pr.resources; r++) {
                    packed[r] |= pr.demand[w][r][t] > 0;
                }
                if (pr.allowedPools[w].length > 1) {
                    Tuples poolOfNode = new Tuples(true);
                    for (int value : values) {
                        poolOfNode.add(value, value >= slots.count ? value - slots.count : slots.pool[value]);
                    }
                    model.table(nodeOf[w][t], m.poolOf[w][t], poolOfNode).post();
                }
            }
        }
    }

    // A node's load is the demand of the workloads on it, per resource and period, at most its
    // usable capacity (raw capacity at the resource's target utilization).
    private void packNodesWithinTheirCapacity() {
        for (int t = 0; t < pr.horizon; t++) {
            List<Integer> items = new ArrayList<>();
            for (int w = 0; w < pr.workloads; w++) {
                if (nodeOf[w][t] != null) {
                    items.add(w);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            IntVar[] bins = new IntVar[items.size()];
            for (int i = 0; i < bins.length; i++) {
                bins[i] = nodeOf[items.get(i)][t];
            }
            for (int r = 0; r < pr.resources; r++) {
                if (!packed[r]) {
                    continue;
                }
                int[] sizes = new int[items.size()];
                long total = 0;
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = pr.demand[items.get(i)][r][t];
                    total += sizes[i];
                }
                IntVar[] loads = new IntVar[slots.count + pr.pools];
                for (int s = 0; s < slots.count; s++) {
                    int most = canBeActive(s, t) ? pr.nodeUsable[slots.type[s]][r] : 0;
                    loads[s] = model.intVar("load of " + slots.name(s), 0, (int) Math.min(most, total));
                }
                for (int p = 0; p < pr.pools; p++) {
                    loads[nowhere(p)] = unmetAllowed
                            ? model.intVar("on no node", 0, Scaling.toInt(total, "node demand")) : model.intVar(0);
                }
                for (int s = 0; s < loads.length; s++) {
                    slotLoad[s][r][t] = loads[s];
                }
                model.binPacking(bins, sizes, loads, 0).post();
            }
        }
    }

    // A bought node carries load only in periods in which the pool owns it: node j of a type once
    // more than j of that type are bought.
    private void useOnlyNodesThatAreThere() {
        for (int s = 0; s < slots.count; s++) {
            if (!slots.bought[s]) {
                continue;
            }
            for (int t = 0; t < pr.horizon; t++) {
                if (!canBeActive(s, t) || slotLoad[s][firstPacked()][t] == null) {
                    continue;
                }
                BoolVar there = model.arithm(m.bought[slots.pool[s]][slots.type[s]][t], ">", slots.number[s]).reify();
                for (int r = 0; r < pr.resources; r++) {
                    if (packed[r]) {
                        int usable = pr.nodeUsable[slots.type[s]][r];
                        model.scalar(new IntVar[]{slotLoad[s][r][t], there}, new int[]{1, -usable}, "<=", 0).post();
                    }
                }
            }
        }
    }

    private int firstPacked() {
        for (int r = 0; r < pr.resources; r++) {
            if (packed[r]) {
                return r;
            }
        }
        return 0;
    }

    // Demand of workloads on no node is unmet in their pool.
    private void countWorkloadsOnNoNodeAsUnmet() {
        if (!unmetAllowed) {
            return;
        }
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    IntVar nowhereLoad = slotLoad[nowhere(p)][r][t];
                    if (nowhereLoad != null) {
                        model.arithm(nowhereLoad, "<=", m.unmet[p][r][t]).post();
                    }
                }
            }
        }
    }

    // Members of an anti-affinity group run on different nodes in every period (being on no node aside).
    private void keepAntiAffinityGroupsOnDifferentNodes() {
        int[] nowhere = new int[pr.pools];
        for (int p = 0; p < pr.pools; p++) {
            nowhere[p] = nowhere(p);
        }
        for (int[] group : pr.antiAffinity) {
            for (int t = 0; t < pr.horizon; t++) {
                List<IntVar> members = new ArrayList<>();
                for (int w : group) {
                    if (nodeOf[w][t] != null) {
                        members.add(nodeOf[w][t]);
                    }
                }
                if (members.size() > 1) {
                    model.allDifferentExceptValues(members.toArray(IntVar[]::new), nowhere).post();
                }
            }
        }
    }

    /*
     * Symmetry: the nodes of one group (pool, type, existing or bought) are interchangeable in a
     * period, so only plans whose nodes carry non-increasing loads (compared resource by resource)
     * are searched; any plan can be renumbered into one (NodeNumbering does so for warm starts).
     */
    private void numberInterchangeableNodesByLoad() {
        for (NodeSlots.Group g : slots.groups) {
            for (int t = 0; t < pr.horizon; t++) {
                List<IntVar[]> chain = new ArrayList<>();
                for (int i = g.size() - 1; i >= 0; i--) {
                    int s = g.first() + i;
                    if (canBeActive(s, t) && slotLoad[s][firstPacked()][t] != null) {
                        chain.add(loadVector(s, t));
                    }
                }
                if (chain.size() > 1) {
                    model.lexChainLessEq(chain.toArray(IntVar[][]::new)).post();
                }
            }
        }
    }

    private IntVar[] loadVector(int s, int t) {
        List<IntVar> vector = new ArrayList<>();
        for (int r = 0; r < pr.resources; r++) {
            if (packed[r]) {
                vector.add(slotLoad[s][r][t]);
            }
        }
        return vector.toArray(IntVar[]::new);
    }

    /** The node variables in search order: period by period, the largest workload first. */
    IntVar[] searchOrder() {
        double[] size = GreedyAllocator.sizes(pr);
        List<IntVar> order = new ArrayList<>();
        for (int t = 0; t < pr.horizon; t++) {
            List<Integer> ws = new ArrayList<>();
            for (int w = 0; w < pr.workloads; w++) {
                if (nodeOf[w][t] != null) {
                    ws.add(w);
                }
            }
            final int period = t;
            ws.sort((a, b) -> Double.compare(periodSize(b, period, size), periodSize(a, period, size)));
            for (int w : ws) {
                order.add(nodeOf[w][t]);
            }
        }
        return order.toArray(IntVar[]::new);
    }

    private double periodSize(int w, int t, double[] overall) {
        double share = 0;
        for (int r = 0; r < pr.resources; r++) {
            long most = 1;
            for (int k = 0; k < pr.nodeTypes; k++) {
                most = Math.max(most, pr.nodeUsable[k][r]);
            }
            share += (double) pr.demand[w][r][t] / most;
        }
        return share + 1e-9 * overall[w];
    }

    /** The slot of each node-placed workload at a solution, with "on no node" as {@link NodeSlots#UNPLACED}. */
    int[][] read() {
        int[][] nodes = AllocationSolution.onNoNode(pr.workloads, pr.horizon);
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (nodeOf[w][t] != null) {
                    int value = nodeOf[w][t].getValue();
                    nodes[w][t] = value >= slots.count ? NodeSlots.UNPLACED : value;
                }
            }
        }
        return nodes;
    }

    /** The value of a solution's node for a workload, as this model numbers it. */
    int valueOf(AllocationSolution s, int w, int t) {
        int slot = s.nodeOf()[w][t];
        return slot == NodeSlots.UNPLACED ? nowhere(s.poolOf()[w][t]) : slot;
    }
}
