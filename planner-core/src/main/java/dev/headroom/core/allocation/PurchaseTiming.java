package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tidies a solution without changing where workloads run: each purchase moves to the latest
 * period it can (the cost only counts what is owned at the end, so the solver is indifferent to
 * buying early, but the planner is not), and unmet demand shrinks to the capacity actually lacking.
 * Bought nodes that node-placed workloads run on in a period are kept in it. Every step keeps every
 * rule of the model, and none raises the cost: owning fewer nodes in a
 * period never raises its HA reserve (the largest type held can only drop out).
 */
final class PurchaseTiming {

    private PurchaseTiming() {
    }

    static AllocationSolution tidy(AllocationProblem pr, AllocationSolution solution) {
        AllocationSolution s = solution.copy();
        shrinkUnmet(pr, s);
        deferPurchases(pr, s);
        shrinkUnmet(pr, s);
        return s;
    }

    /** Unmet demand becomes exactly the shortfall of capacity, never more. */
    private static void shrinkUnmet(AllocationProblem pr, AllocationSolution s) {
        long[][][] need = need(pr, s);
        long[][][] onNoNode = pr.slots.unplacedDemand(s);
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    long shortfall = Math.max(0, need[p][r][t] - s.usable(pr, p, r, t));
                    s.unmet()[p][r][t] = (int) Math.max(shortfall, onNoNode[p][r][t]);
                }
            }
        }
    }

    /**
     * Period by period from the first, owns as few nodes as the period needs: no fewer than the
     * period before (nodes stay) and no more than the solution owned (so later periods still fit).
     * Dearest types are given up first.
     */
    private static void deferPurchases(AllocationProblem pr, AllocationSolution s) {
        List<Integer> dearestFirst = new ArrayList<>();
        for (int k = 0; k < pr.nodeTypes; k++) {
            dearestFirst.add(k);
        }
        dearestFirst.sort(Comparator.comparingInt((Integer k) -> pr.nodeCost[k]).reversed());
        long[][][] need = need(pr, s);
        long[] spend = s.spend(pr);
        int[][][] inUse = pr.slots.boughtInUse(s);
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                for (int k : dearestFirst) {
                    // Bought nodes that node-placed workloads run on in the period stay.
                    int floor = Math.max(t == 0 ? 0 : s.bought()[p][k][t - 1], inUse[p][k][t]);
                    long spare = Math.max(0, s.bought()[p][k][t] - floor);
                    // Nodes deferred from t are bought in t + 1 instead, ordered a period later: that
                    // period's budget must pay for them (deferring past the horizon buys nothing).
                    int later = pr.orderPeriod(k, t) + 1;
                    if (spare > 0 && later >= 0 && t + 1 < pr.horizon && pr.budget[later] != AllocationProblem.NO_BUDGET
                            && pr.nodeCost[k] > 0) {
                        spare = Math.min(spare, Math.max(0, pr.budget[later] - spend[later]) / pr.nodeCost[k]);
                    }
                    for (int r = 0; r < pr.resources && spare > 0; r++) {
                        if (pr.nodeUsable[k][r] > 0) {
                            long surplus = s.usable(pr, p, r, t) + s.unmet()[p][r][t] - need[p][r][t];
                            spare = Math.min(spare, Math.max(0, surplus) / pr.nodeUsable[k][r]);
                        }
                    }
                    s.bought()[p][k][t] -= (int) spare;
                    if (spare > 0 && t >= pr.leadTime[k]) {
                        spend[pr.orderPeriod(k, t)] -= spare * pr.nodeCost[k];
                        if (t + 1 < pr.horizon) {
                            spend[pr.orderPeriod(k, t) + 1] += spare * pr.nodeCost[k];
                        }
                    }
                }
            }
        }
    }

    /** [p][r][t] scaled load of each pool plus its HA reserve when it hosts workloads. */
    private static long[][][] need(AllocationProblem pr, AllocationSolution s) {
        long[][][] need = new long[pr.pools][pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    need[s.poolOf()[w][t]][r][t] += pr.demand[w][r][t];
                }
            }
        }
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (s.hostsWorkloads(p, t)) {
                    for (int r = 0; r < pr.resources; r++) {
                        need[p][r][t] += s.reserve(pr, p, r, t);
                    }
                }
            }
        }
        return need;
    }
}
