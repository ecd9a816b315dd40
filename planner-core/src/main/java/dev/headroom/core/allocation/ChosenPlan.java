package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The plan {@link Allocator} chose, in the planner's words: its status and lower bound in money, and
 * each workload's pool and node, the moves, the purchases and the unmet demand by name.
 */
final class ChosenPlan {

    private ChosenPlan() {
    }

    /**
     * The plan with its status and bound. OPTIMAL needs a finished search, no unmet demand allowed and
     * costs that scaled exactly; a bound from the search is on scaled costs, so it is turned into money
     * allowing for costs rounded up.
     */
    static Allocation allocation(AllocationProblem pr, AllocationSolution chosen, boolean proven,
                                  OptionalLong searchBound, UnmetAllowance allowance, double relaxation,
                                  boolean unmetProven, SearchStop stop) {
        List<UnmetDemand> unmet = new UnmetExplainer(pr, chosen, unmetProven).rows();
        double cost = chosen.realCost(pr);
        OptionalDouble bound = proven
                ? OptionalDouble.of(pr.costRatio() * pr.realCostOf(chosen.cost(pr)))
                : searchBound.isPresent()
                ? OptionalDouble.of(pr.costRatio() * pr.realCostOf(searchBound.getAsLong()))
                : OptionalDouble.empty();
        PlanStatus status;
        OptionalDouble lowerBound;
        if (!unmet.isEmpty()) {
            status = PlanStatus.UNMET_DEMAND;
            lowerBound = capped(bound, cost);
        } else if (proven && allowance.isNone() && pr.costsExact) {
            status = PlanStatus.OPTIMAL;
            lowerBound = OptionalDouble.of(cost);
        } else {
            // All demand is met, so the relaxation (about plans meeting all of it) holds too.
            status = PlanStatus.FEASIBLE;
            lowerBound = capped(OptionalDouble.of(Math.max(relaxation, bound.orElse(0))), cost);
        }
        return new Allocation(status, cost, lowerBound, placement(pr, chosen), nodes(pr, chosen), purchases(pr, chosen),
                unmet, moves(pr, chosen), stop);
    }

    private static OptionalDouble capped(OptionalDouble bound, double cost) {
        return bound.isPresent() ? OptionalDouble.of(Math.min(bound.getAsDouble(), cost)) : bound;
    }

    /** Workload → the name of its pool in each planned period. */
    private static Map<String, List<String>> placement(AllocationProblem pr, AllocationSolution s) {
        Map<String, List<String>> poolOf = new LinkedHashMap<>();
        for (int w = 0; w < pr.workloads; w++) {
            List<String> names = new ArrayList<>();
            for (int t = 0; t < pr.horizon; t++) {
                names.add(pr.poolName(s.poolOf()[w][t]));
            }
            poolOf.put(pr.workloadName(w), names);
        }
        return poolOf;
    }

    /** Node-placed workload → the name of its node in each planned period ("" when on none). */
    private static Map<String, List<String>> nodes(AllocationProblem pr, AllocationSolution s) {
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        for (int w = 0; w < pr.workloads; w++) {
            if (pr.nodePlaced[w]) {
                List<String> names = new ArrayList<>();
                for (int t = 0; t < pr.horizon; t++) {
                    int slot = s.nodeOf()[w][t];
                    names.add(slot >= 0 ? pr.slots.name(slot) : "");
                }
                nodes.put(pr.workloadName(w), names);
            }
        }
        return nodes;
    }

    /** Every change of pool from one period to the next, period by period, workloads in the input's order. */
    private static List<Move> moves(AllocationProblem pr, AllocationSolution s) {
        List<Move> moves = new ArrayList<>();
        for (int t = 1; t < pr.horizon; t++) {
            for (int w = 0; w < pr.workloads; w++) {
                int from = s.poolOf()[w][t - 1];
                int to = s.poolOf()[w][t];
                if (from != to) {
                    moves.add(new Move(pr.workloadName(w), pr.periods.get(t), pr.poolName(from), pr.poolName(to),
                            pr.realMoveCost()));
                }
            }
        }
        return moves;
    }

    private static List<Purchase> purchases(AllocationProblem pr, AllocationSolution s) {
        List<Purchase> purchases = new ArrayList<>();
        for (int t = 0; t < pr.horizon; t++) {
            for (int p = 0; p < pr.pools; p++) {
                for (int k = 0; k < pr.nodeTypes; k++) {
                    int count = s.purchasedIn(p, k, t);
                    if (count > 0) {
                        Period period = pr.periods.get(t);
                        Period orderBy = period.minus(pr.leadTime[k]);
                        purchases.add(new Purchase(pr.poolName(p), pr.typeName(k), period, count, orderBy,
                                count * pr.realCost(k)));
                    }
                }
            }
        }
        return purchases;
    }
}
