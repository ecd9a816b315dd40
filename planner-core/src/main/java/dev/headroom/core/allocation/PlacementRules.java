package dev.headroom.core.allocation;

import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where the input lets each workload run, numbered like the problem: the pools it may run in, whether
 * it must fit whole on one node (placement {@code node}) and the anti-affinity groups that keep
 * node-placed workloads on different nodes.
 */
final class PlacementRules {

    /** [w] pool indices the workload may run in. */
    final int[][] allowedPools;
    /** [w] whether the whole workload must fit on one node (placement {@code node}). */
    final boolean[] nodePlaced;
    /** Anti-affinity groups of two or more node-placed workloads, in the input's order: members on different nodes. */
    final int[][] antiAffinity;
    /** [p] whether some node-placed workload may run in the pool, so its single nodes are numbered. */
    final boolean[] poolTakesNodes;

    PlacementRules(PlanningInput input) {
        this.allowedPools = allowedPools(input);
        this.nodePlaced = new boolean[allowedPools.length];
        for (int w = 0; w < nodePlaced.length; w++) {
            nodePlaced[w] = input.workloads().get(w).placement() == PlacementMode.NODE;
        }
        this.antiAffinity = antiAffinityGroups(input, nodePlaced);
        this.poolTakesNodes = new boolean[input.pools().size()];
        for (int w = 0; w < nodePlaced.length; w++) {
            for (int p : allowedPools[w]) {
                poolTakesNodes[p] |= nodePlaced[w];
            }
        }
    }

    private static int[][] allowedPools(PlanningInput input) {
        List<Pool> pools = input.pools();
        int[][] allowed = new int[input.workloads().size()][];
        for (int w = 0; w < allowed.length; w++) {
            Workload workload = input.workloads().get(w);
            allowed[w] = IntStream.range(0, pools.size())
                    .filter(p -> workload.mayRunIn(pools.get(p).name())).toArray();
        }
        return allowed;
    }

    /** Groups by name in order of first member; only node-placed members count (pool-placed demand spreads over nodes). */
    private static int[][] antiAffinityGroups(PlanningInput input, boolean[] nodePlaced) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int w = 0; w < nodePlaced.length; w++) {
            Optional<String> group = input.workloads().get(w).antiAffinity();
            if (nodePlaced[w] && group.isPresent()) {
                members.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(w);
            }
        }
        return members.values().stream().filter(m -> m.size() > 1)
                .map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
