package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The greedy start's node level: with the pools decided, each pool packs its node-placed workloads
 * period by period, largest first, each on the lowest-numbered node there that still has room for it
 * and holds no member of its anti-affinity group (first-fit decreasing, existing nodes first); when
 * none has, it buys the cheapest node type the workload fits that can have arrived, within
 * max_nodes and the budget. A workload no node can take is on no node, its demand unmet. The pool
 * then buys what its summed load and HA spares need beyond those nodes ({@link PoolPurchases}).
 */
final class NodePacker {

    private final AllocationProblem pr;
    private final AllocationSolution s;
    private final NodeSlots slots;
    private final boolean repack;
    /** System.nanoTime() after which the exact and exchange searches are cut short (the plan's time limit). */
    private final long deadline;

    private NodePacker(AllocationProblem pr, AllocationSolution s, boolean repack, long deadline) {
        this.repack = repack;
        this.deadline = deadline;
        this.pr = pr;
        this.s = s;
        this.slots = pr.slots;
    }

    /**
     * The solution with its node-placed workloads packed, and purchases and unmet demand to match.
     *
     * @param deadline System.nanoTime() after which the packing searches stop early (the result is still a packing)
     */
    static AllocationSolution pack(AllocationProblem pr, AllocationSolution placed, long deadline) {
        return pack(pr, placed, true, deadline);
    }

    /** Plain first fit decreasing, without repacking: the baseline the node placement benchmark compares with. */
    static AllocationSolution firstFitDecreasing(AllocationProblem pr, AllocationSolution placed) {
        return pack(pr, placed, false, Long.MAX_VALUE);
    }

    private static AllocationSolution pack(AllocationProblem pr, AllocationSolution placed, boolean repack, long deadline) {
        if (!pr.hasNodePlacement()) {
            return placed;
        }
        AllocationSolution s = placed.copy();
        NodePacker packer = new NodePacker(pr, s, repack, deadline);
        for (int p = 0; p < pr.pools; p++) {
            if (packer.hostsNodeWorkloads(p)) {
                packer.packPool(p);
            }
        }
        return s;
    }

    private boolean hostsNodeWorkloads(int p) {
        for (int w = 0; w < pr.workloads; w++) {
            if (pr.nodePlaced[w] && s.visits(w, p)) {
                return true;
            }
        }
        return false;
    }

    private void packPool(int p) {
        long[] budgetLeft = budgetLeftFor(p);
        long[] spent = new long[pr.horizon];
        int[][] floor = new int[pr.nodeTypes][pr.horizon];
        long[][] unplaced = new long[pr.resources][pr.horizon];
        for (int t = 0; t < pr.horizon; t++) {
            long[][] used = new long[slots.count][pr.resources];
            for (int w : itemsInOrder(p, t)) {
                int slot = firstFit(p, w, t, floor, used);
                if (slot < 0) {
                    slot = buyFor(p, w, t, floor, budgetLeft, spent);
                }
                if (slot < 0) {
                    s.nodeOf()[w][t] = NodeSlots.UNPLACED;
                    for (int r = 0; r < pr.resources; r++) {
                        unplaced[r][t] += pr.demand[w][r][t];
                    }
                    continue;
                }
                s.nodeOf()[w][t] = slot;
                for (int r = 0; r < pr.resources; r++) {
                    used[slot][r] += pr.demand[w][r][t];
                }
            }
            for (int k = 0; k < pr.nodeTypes && repack; k++) {
                repackBought(p, k, t, floor, spent);
            }
        }
        long[][] load = new long[pr.resources][pr.horizon];
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                load[r][t] = s.load(pr, p, r, t);
            }
        }
        PoolPurchases bought = PoolPurchases.buy(pr, p, load, s.hosting(p), budgetLeft, floor);
        s.bought()[p] = bought.bought();
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                s.unmet()[p][r][t] = (int) Math.max(bought.unmet()[r][t], unplaced[r][t]);
            }
        }
    }

    /** The pool's node-placed workloads needing a node in the period, largest first (summed shares of the largest node). */
    private List<Integer> itemsInOrder(int p, int t) {
        long[] largest = new long[pr.resources];
        for (int r = 0; r < pr.resources; r++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                largest[r] = Math.max(largest[r], pr.nodeUsable[k][r]);
            }
        }
        List<Integer> items = new ArrayList<>();
        double[] size = new double[pr.workloads];
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] == p && NodeChecks.needsNode(pr, w, t)) {
                items.add(w);
                for (int r = 0; r < pr.resources; r++) {
                    size[w] += largest[r] > 0 ? (double) pr.demand[w][r][t] / largest[r] : 0;
                }
            }
        }
        items.sort(Comparator.comparingDouble((Integer w) -> size[w]).reversed().thenComparingInt(w -> w));
        return items;
    }

    /**
     * Repacks the workloads on the bought nodes of one type in the period ({@link BoughtNodeRepacking}),
     * and keeps the packing when it needs fewer of those nodes than first fit decreasing did (never
     * fewer than the period before, since bought nodes stay).
     */
    private void repackBought(int p, int k, int t, int[][] floor, long[] spent) {
        NodeSlots.Group g = slots.boughtGroup[p][k];
        int before = t == 0 ? 0 : floor[k][t - 1];
        if (g == null || floor[k][t] <= before) {
            return;
        }
        List<Integer> items = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            int slot = s.nodeOf()[w][t];
            if (slot >= g.first() && slot < g.first() + g.size()) {
                items.add(w);
            }
        }
        long[][] size = new long[items.size()][pr.resources];
        int[] group = new int[items.size()];
        for (int i = 0; i < size.length; i++) {
            int w = items.get(i);
            for (int r = 0; r < pr.resources; r++) {
                size[i][r] = pr.demand[w][r][t];
            }
            group[i] = groupOf(w);
        }
        long[] capacity = new long[pr.resources];
        for (int r = 0; r < pr.resources; r++) {
            capacity[r] = pr.nodeUsable[k][r];
        }
        int[] nodeOf = BoughtNodeRepacking.pack(size, capacity, group, before, deadline);
        int count = Math.max(before, MinimumBinSlack.nodes(nodeOf));
        if (count >= floor[k][t]) {
            return;
        }
        for (int i = 0; i < size.length; i++) {
            s.nodeOf()[items.get(i)][t] = g.first() + nodeOf[i];
        }
        spent[pr.orderPeriod(k, t)] -= (long) pr.nodeCost[k] * (floor[k][t] - count);
        for (int later = t; later < pr.horizon; later++) {
            floor[k][later] = count;
        }
    }

    private int groupOf(int w) {
        for (int a = 0; a < pr.antiAffinity.length; a++) {
            for (int v : pr.antiAffinity[a]) {
                if (v == w) {
                    return a;
                }
            }
        }
        return -1;
    }

    private int firstFit(int p, int w, int t, int[][] floor, long[][] used) {
        for (int slot = 0; slot < slots.count; slot++) {
            if (slots.pool[slot] != p || !slots.fits(w, slot, t) || !isThere(slot, t, floor)
                    || sharesGroup(w, slot, t)) {
                continue;
            }
            boolean room = true;
            for (int r = 0; r < pr.resources && room; r++) {
                room = used[slot][r] + pr.demand[w][r][t] <= pr.nodeUsable[slots.type[slot]][r];
            }
            if (room) {
                return slot;
            }
        }
        return -1;
    }

    private boolean isThere(int slot, int t, int[][] floor) {
        return slots.bought[slot] ? slots.number[slot] < floor[slots.type[slot]][t] : slots.canBeActive(slot, t);
    }

    /** Whether a member of the workload's anti-affinity group is already on the slot in the period. */
    private boolean sharesGroup(int w, int slot, int t) {
        for (int[] group : pr.antiAffinity) {
            boolean member = false;
            for (int v : group) {
                member |= v == w;
            }
            for (int v : group) {
                if (member && v != w && s.nodeOf()[v][t] == slot) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Buys the cheapest node the workload fits that may be bought in the period; its slot, or -1. */
    private int buyFor(int p, int w, int t, int[][] floor, long[] budgetLeft, long[] spent) {
        int best = -1;
        for (int k = 0; k < pr.nodeTypes; k++) {
            NodeSlots.Group g = slots.boughtGroup[p][k];
            if (g == null || !pr.canArrive(k, t) || !slots.fitsType(w, k, t) || floor[k][t] >= g.size()
                    || !roomFromOn(p, t, floor)) {
                continue;
            }
            int o = pr.orderPeriod(k, t);
            if (budgetLeft != null && budgetLeft[o] != AllocationProblem.NO_BUDGET
                    && spent[o] + pr.nodeCost[k] > budgetLeft[o]) {
                continue;
            }
            if (best < 0 || pr.nodeCost[k] < pr.nodeCost[best]) {
                best = k;
            }
        }
        if (best < 0) {
            return -1;
        }
        int count = floor[best][t] + 1;
        for (int later = t; later < pr.horizon; later++) {
            floor[best][later] = Math.max(floor[best][later], count);
        }
        spent[pr.orderPeriod(best, t)] += pr.nodeCost[best];
        return slots.boughtGroup[p][best].first() + count - 1;
    }

    /** Whether one more bought node stays within max_nodes in this and every later period. */
    private boolean roomFromOn(int p, int t, int[][] floor) {
        for (int later = t; later < pr.horizon; later++) {
            int owned = 0;
            for (int k = 0; k < pr.nodeTypes; k++) {
                owned += floor[k][later];
            }
            if ((long) owned + 1 > pr.purchaseRoom(p, later)) {
                return false;
            }
        }
        return true;
    }

    /** [o] what the other pools' purchases leave of each period's budget; null without budgets. */
    private long[] budgetLeftFor(int p) {
        if (!pr.hasBudget()) {
            return null;
        }
        long[] left = pr.budget.clone();
        long[] all = s.spend(pr);
        for (int k = 0; k < pr.nodeTypes; k++) {
            for (int t = pr.leadTime[k]; t < pr.horizon; t++) {
                all[pr.orderPeriod(k, t)] -= (long) pr.nodeCost[k] * s.purchasedIn(p, k, t);
            }
        }
        for (int o = 0; o < pr.horizon; o++) {
            if (left[o] != AllocationProblem.NO_BUDGET) {
                left[o] -= all[o];
            }
        }
        return left;
    }
}
