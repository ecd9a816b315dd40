package dev.headroom.core.allocation;

import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The allocator's answer: where each workload runs, what to buy and when, what demand stays
 * unmet and why, and how good the plan is known to be.
 *
 * @param status     OPTIMAL only when the search proved it; UNMET_DEMAND when some demand is unmet
 * @param cost       the real cost of all purchases and moves
 * @param lowerBound a proven lower bound on the cost of a plan leaving no more demand unmet, when known
 * @param poolOf     workload → its pool in each planned period, in the input's workload order (the same
 *                   pool in every period unless the settings allow moves)
 * @param nodeOf     node-placed workload → the name of its node in each planned period, "" where it
 *                   is on none (no demand then, or its demand unmet); pool-placed workloads are absent
 * @param purchases  by period, pool and node type
 * @param moves      workloads moved between pools, by period and workload (none unless allowed)
 * @param stop       what ended the search; {@link SearchStop#dependsOnTiming()} tells whether the plan
 *                   may differ on another machine
 */
public record Allocation(PlanStatus status, double cost, OptionalDouble lowerBound, Map<String, List<String>> poolOf,
                         Map<String, List<String>> nodeOf, List<Purchase> purchases, List<UnmetDemand> unmet, List<Move> moves,
                         SearchStop stop) {

    public Allocation {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(lowerBound, "lowerBound");
        Map<String, List<String>> pools = new LinkedHashMap<>();
        poolOf.forEach((w, names) -> pools.put(w, List.copyOf(names)));
        poolOf = Collections.unmodifiableMap(pools);
        Map<String, List<String>> nodes = new LinkedHashMap<>();
        nodeOf.forEach((w, names) -> nodes.put(w, List.copyOf(names)));
        nodeOf = Collections.unmodifiableMap(nodes);
        purchases = List.copyOf(purchases);
        unmet = List.copyOf(unmet);
        moves = List.copyOf(moves);
    }
}
