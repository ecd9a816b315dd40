package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.UnmetDemand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns the unmet demand of a solution into rows with amounts in the resource's unit and the
 * reasons in words, one check per constraint family that can leave demand unmet.
 */
final class UnmetExplainer {

    private final AllocationProblem pr;
    private final AllocationSolution s;
    private final boolean proven;

    /**
     * @param proven whether the search proved that no plan leaves less demand unmet
     */
    UnmetExplainer(AllocationProblem pr, AllocationSolution s, boolean proven) {
        this.pr = pr;
        this.s = s;
        this.proven = proven;
    }

    List<UnmetDemand> rows() {
        List<UnmetDemand> rows = new ArrayList<>();
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    if (s.unmet()[p][r][t] <= 0) {
                        continue;
                    }
                    double amount = rounded(Math.max(placedDemand(p, r, t) - usable(p, r, t), onNoNode(p, r, t)), r);
                    if (amount > 0) {
                        rows.add(UnmetDemand.because(pr.poolName(p), pr.resourceName(r), pr.periods.get(t), amount,
                                causes(p, r, t).stream().map(UnmetCause::wording).toList()));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The shortfall to the resource's precision in the solver (its power of ten, at most a
     * millionth), so that sums of doubles do not report 4.999999999 or 1e-12 as unmet.
     */
    private double rounded(double amount, int r) {
        int decimals = Math.max(0, pr.resourceExponent[r]);
        return BigDecimal.valueOf(amount).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    List<UnmetCause> causes(int p, int r, int t) {
        List<UnmetCause> causes = new ArrayList<>();
        noNodeTypeProvides(r).ifPresent(causes::add);
        largerThanAnyNode(p, t).ifPresent(causes::add);
        onlyLateTypesFit(p, t).ifPresent(causes::add);
        antiAffinityWiderThanPool(p, t).ifPresent(causes::add);
        leadTimeNotPassed(r, t).ifPresent(causes::add);
        maxNodesReached(p, t).ifPresent(causes::add);
        budgetSpent(r, t).ifPresent(causes::add);
        workloadsBoundToPool(p, r, t).ifPresent(causes::add);
        haSparesKept(p, r, t).ifPresent(causes::add);
        if (causes.isEmpty()) {
            causes.add(new UnmetCause.PoolsFull());
        }
        if (!proven) {
            causes.add(new UnmetCause.NotProven());
        }
        return causes;
    }

    // Nothing can be bought that adds capacity for the resource.
    private Optional<UnmetCause> noNodeTypeProvides(int r) {
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.nodeUsable[k][r] > 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new UnmetCause.NoNodeTypeProvides(pr.resourceName(r)));
    }

    // No node type that provides the resource can arrive by the period.
    private Optional<UnmetCause> leadTimeNotPassed(int r, int t) {
        int soonest = Integer.MAX_VALUE;
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.nodeUsable[k][r] > 0) {
                soonest = Math.min(soonest, pr.leadTime[k]);
            }
        }
        if (soonest == Integer.MAX_VALUE || t >= soonest) {
            return Optional.empty();
        }
        return Optional.of(new UnmetCause.LeadTime(pr.periods.getFirst().plus(soonest), soonest));
    }

    // Every node type that provides the resource and can arrive by the period would have to be
    // ordered in a period whose budget has no room left for one more of it.
    private Optional<UnmetCause> budgetSpent(int r, int t) {
        if (!pr.hasBudget()) {
            return Optional.empty();
        }
        long[] spend = s.spend(pr);
        TreeSet<Integer> spent = new TreeSet<>();
        boolean anyType = false;
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.nodeUsable[k][r] <= 0 || !pr.canArrive(k, t)) {
                continue;
            }
            anyType = true;
            for (int o = 0; o <= pr.orderPeriod(k, t); o++) {
                if (pr.budget[o] == AllocationProblem.NO_BUDGET || pr.budget[o] - spend[o] >= pr.nodeCost[k]) {
                    return Optional.empty();
                }
                spent.add(o);
            }
        }
        if (!anyType) {
            return Optional.empty();
        }
        return Optional.of(new UnmetCause.Budget(spent.stream().map(pr.periods::get).toList()));
    }

    // The pool holds as many nodes as max_nodes allows.
    private Optional<UnmetCause> maxNodesReached(int p, int t) {
        if (pr.maxNodes[p] == AllocationProblem.NO_LIMIT) {
            return Optional.empty();
        }
        int nodes = pr.existingNodes(p, t);
        for (int k = 0; k < pr.nodeTypes; k++) {
            nodes += s.bought()[p][k][t];
        }
        return nodes >= pr.maxNodes[p]
                ? Optional.of(new UnmetCause.MaxNodes(pr.poolName(p), pr.maxNodes[p]))
                : Optional.empty();
    }

    // Workloads with demand here are pinned to the pool or allowed in no other (a choice the planner made).
    private Optional<UnmetCause> workloadsBoundToPool(int p, int r, int t) {
        List<String> pinned = new ArrayList<>();
        List<String> onlyAllowed = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] != p || pr.demand[w][r][t] <= 0 || pr.allowedPools[w].length > 1) {
                continue;
            }
            Workload workload = pr.input.workloads().get(w);
            if (workload.pinnedPool().isPresent()) {
                pinned.add(workload.name());
            } else if (!workload.allowedPools().isEmpty()) {
                onlyAllowed.add(workload.name());
            }
        }
        if (pinned.isEmpty() && onlyAllowed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnmetCause.BoundToPool(pr.poolName(p), pinned, onlyAllowed));
    }

    // The shortfall fits within the capacity held back for HA spares.
    private Optional<UnmetCause> haSparesKept(int p, int r, int t) {
        int haNodes = pr.input.pools().get(p).haNodes();
        if (haNodes == 0 || s.unmet()[p][r][t] > s.reserve(pr, p, r, t)) {
            return Optional.empty();
        }
        return Optional.of(new UnmetCause.HaSpares(pr.poolName(p), haNodes));
    }

    // Node-placed workloads on no node that no node type is large enough for.
    private Optional<UnmetCause> largerThanAnyNode(int p, int t) {
        List<String> names = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] == p && s.nodeOf()[w][t] == NodeSlots.UNPLACED && !fitsAnyType(w, t)) {
                names.add(pr.workloadName(w));
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new UnmetCause.LargerThanAnyNode(names));
    }

    // Workloads on no node that fit only node types which, ordered at the plan start, arrive after the period.
    private Optional<UnmetCause> onlyLateTypesFit(int p, int t) {
        List<String> names = new ArrayList<>();
        int soonest = Integer.MAX_VALUE;
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] != p || s.nodeOf()[w][t] != NodeSlots.UNPLACED || !NodeChecks.needsNode(pr, w, t)) {
                continue;
            }
            int arrives = Integer.MAX_VALUE;
            for (int k = 0; k < pr.nodeTypes; k++) {
                if (pr.slots.fitsType(w, k, t)) {
                    arrives = Math.min(arrives, pr.leadTime[k]);
                }
            }
            if (arrives != Integer.MAX_VALUE && arrives > t) {
                names.add(pr.workloadName(w));
                soonest = Math.min(soonest, arrives);
            }
        }
        return names.isEmpty() ? Optional.empty()
                : Optional.of(new UnmetCause.OnlyLateTypesFit(names, pr.periods.getFirst().plus(soonest), soonest));
    }

    private boolean fitsAnyType(int w, int t) {
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.slots.fitsType(w, k, t)) {
                return true;
            }
        }
        return false;
    }

    // An anti-affinity group with a member on no node has more members needing a node in the pool than max_nodes allows.
    private Optional<UnmetCause> antiAffinityWiderThanPool(int p, int t) {
        if (pr.maxNodes[p] == AllocationProblem.NO_LIMIT) {
            return Optional.empty();
        }
        for (int[] group : pr.antiAffinity) {
            int members = 0;
            boolean unplaced = false;
            for (int w : group) {
                if (s.poolOf()[w][t] == p && NodeChecks.needsNode(pr, w, t)) {
                    members++;
                    unplaced |= s.nodeOf()[w][t] == NodeSlots.UNPLACED;
                }
            }
            if (unplaced && members > pr.maxNodes[p]) {
                return Optional.of(new UnmetCause.AntiAffinityTooWide(pr.antiAffinityName(group), members,
                        pr.poolName(p), pr.maxNodes[p]));
            }
        }
        return Optional.empty();
    }

    /** Real demand of node-placed workloads on no node in the pool. */
    private double onNoNode(int p, int r, int t) {
        double sum = 0;
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] == p && s.nodeOf()[w][t] == NodeSlots.UNPLACED) {
                sum += pr.realDemand[w][r][t];
            }
        }
        return sum;
    }

    private double placedDemand(int p, int r, int t) {
        double sum = 0;
        for (int w = 0; w < pr.workloads; w++) {
            if (s.poolOf()[w][t] == p) {
                sum += pr.realDemand[w][r][t];
            }
        }
        return sum;
    }

    private double usable(int p, int r, int t) {
        Period period = pr.periods.get(t);
        Map<String, Integer> owned = new HashMap<>();
        for (int k = 0; k < pr.nodeTypes; k++) {
            owned.put(pr.typeName(k), s.bought()[p][k][t]);
        }
        return pr.capacity.usable(pr.poolName(p), pr.resourceName(r), period, owned);
    }
}
