package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much demand can be served if it may split over the pools its workloads may run in: a
 * maximum flow from groups of workloads (those with the same allowed pools) to pools with given
 * capacity. Used by the lower bounds, which relax whole-workload placement to this.
 */
final class TransportFlow {

    /** Beyond this many distinct sets of allowed pools the flow is replaced by the plain sum of capacities. */
    private static final int MOST_GROUPS_FOR_FLOW = 200;

    /** [g] the pools group g may run in. */
    final List<int[]> groupPools = new ArrayList<>();
    /** [w] the group of each workload. */
    final int[] groupOf;
    /** [p] whether some workload can run only in the pool, so the pool surely hosts workloads. */
    final boolean[] mustHost;
    private final int pools;

    TransportFlow(AllocationProblem pr) {
        this.pools = pr.pools;
        this.groupOf = new int[pr.workloads];
        this.mustHost = new boolean[pr.pools];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int w = 0; w < pr.workloads; w++) {
            int[] allowed = pr.allowedPools[w];
            groupOf[w] = index.computeIfAbsent(Arrays.toString(allowed), key -> {
                groupPools.add(allowed);
                return groupPools.size() - 1;
            });
            if (allowed.length == 1) {
                mustHost[allowed[0]] = true;
            }
        }
    }

    /** Per group, the demand of its workloads. */
    double[] demandByGroup(double[] demandByWorkload) {
        double[] demand = new double[groupPools.size()];
        for (int w = 0; w < demandByWorkload.length; w++) {
            demand[groupOf[w]] += demandByWorkload[w];
        }
        return demand;
    }

    /** The most demand the pools' capacity can serve (at most the total demand). */
    double served(double[] demand, double[] capacity) {
        double total = Arrays.stream(demand).sum();
        if (groupPools.size() > MOST_GROUPS_FOR_FLOW) {
            return Math.min(total, Arrays.stream(capacity).sum());
        }
        return Math.min(total, maxFlow(demand, capacity));
    }

    /** Edmonds–Karp on source → groups → allowed pools → sink. */
    private double maxFlow(double[] demand, double[] capacity) {
        int groups = demand.length;
        int source = groups + pools;
        int sink = source + 1;
        double[][] residual = new double[sink + 1][sink + 1];
        for (int g = 0; g < groups; g++) {
            residual[source][g] = demand[g];
            for (int p : groupPools.get(g)) {
                residual[g][groups + p] = Double.POSITIVE_INFINITY;
            }
        }
        for (int p = 0; p < pools; p++) {
            residual[groups + p][sink] = capacity[p];
        }
        double flow = 0;
        int[] parent = new int[sink + 1];
        while (augmentingPath(residual, source, sink, parent)) {
            double push = Double.POSITIVE_INFINITY;
            for (int v = sink; v != source; v = parent[v]) {
                push = Math.min(push, residual[parent[v]][v]);
            }
            for (int v = sink; v != source; v = parent[v]) {
                residual[parent[v]][v] -= push;
                residual[v][parent[v]] += push;
            }
            flow += push;
        }
        return flow;
    }

    private static boolean augmentingPath(double[][] residual, int source, int sink, int[] parent) {
        Arrays.fill(parent, -1);
        parent[source] = source;
        int[] queue = new int[residual.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int u = queue[head++];
            for (int v = 0; v < residual.length; v++) {
                // Tiny residues left by floating-point subtraction are not room.
                if (parent[v] < 0 && residual[u][v] > 1e-9) {
                    parent[v] = u;
                    if (v == sink) {
                        return true;
                    }
                    queue[tail++] = v;
                }
            }
        }
        return false;
    }
}
