package dev.headroom.core.allocation;

/**
 * The least unmet demand any plan must leave, per resource and period, from a relaxation: demand
 * may split over the pools its workloads may run in ({@link TransportFlow}), and each pool offers
 * the most capacity it could have then — its existing nodes, plus, once a node type providing the
 * resource can have arrived, as many of the largest such nodes as max_nodes leaves room for
 * (unbounded without max_nodes). Only pools that surely host workloads hold back an HA reserve, and only that of the largest type among their existing nodes (buying may raise it).
 * Each of these steps can only make room, so no plan leaves less unmet than this.
 */
final class UnmetLowerBound {

    private UnmetLowerBound() {
    }

    /** [r][t] the least scaled unmet demand, summed over pools. */
    static long[][] of(AllocationProblem pr) {
        TransportFlow flow = new TransportFlow(pr);
        long[][] least = new long[pr.resources][pr.horizon];
        double[] demand = new double[pr.workloads];
        double[] capacity = new double[pr.pools];
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                long total = 0;
                for (int w = 0; w < pr.workloads; w++) {
                    demand[w] = pr.demand[w][r][t];
                    total += pr.demand[w][r][t];
                }
                for (int p = 0; p < pr.pools; p++) {
                    capacity[p] = mostCapacity(pr, p, r, t, flow.mustHost[p]);
                }
                // Scaled figures are whole numbers well below 2^53, so the flow is exact.
                long served = Math.round(flow.served(flow.demandByGroup(demand), capacity));
                least[r][t] = Math.max(0, total - served);
            }
        }
        return least;
    }

    private static double mostCapacity(AllocationProblem pr, int p, int r, int t, boolean mustHost) {
        long capacity = 0;
        int largestArrived = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            capacity += (long) pr.nodeUsable[k][r] * pr.existing[p][k][t];
            if (pr.canArrive(k, t)) {
                largestArrived = Math.max(largestArrived, pr.nodeUsable[k][r]);
            }
        }
        int room = pr.purchaseRoom(p, t);
        if (largestArrived > 0) {
            if (room == AllocationProblem.NO_LIMIT) {
                return Double.POSITIVE_INFINITY;
            }
            capacity += (long) room * largestArrived;
        }
        return Math.max(0, capacity - (mustHost ? pr.existingReserve(p, r, t) : 0));
    }
}
