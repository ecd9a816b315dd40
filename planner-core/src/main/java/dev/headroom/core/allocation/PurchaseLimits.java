package dev.headroom.core.allocation;

/**
 * The most a pool can ever need: the load of every workload that may run there, and from it the
 * nodes of each type worth owning by the end. An optimal plan never buys beyond these limits, so
 * the model's purchase variables, the node slots and the cost scale all stop there.
 *
 * <p>Built while the problem itself is: it reads the problem's sizes, scaled demand, allowed pools,
 * node placement, usable capacity, HA reserves, lead times and max_nodes, which are set by then.
 */
final class PurchaseLimits {

    /** [p][r][t] scaled demand of every workload that may run in the pool: the most its load can be. */
    final long[][][] mostLoad;
    /** [p][k] the most nodes of a type worth owning in a pool by the end (more never helps). */
    final int[][] nodes;

    private final AllocationProblem pr;

    PurchaseLimits(AllocationProblem pr) {
        this.pr = pr;
        this.mostLoad = mostLoad();
        this.nodes = nodes();
    }

    private long[][][] mostLoad() {
        long[][][] most = new long[pr.pools][pr.resources][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int p : pr.allowedPools[w]) {
                for (int r = 0; r < pr.resources; r++) {
                    for (int t = 0; t < pr.horizon; t++) {
                        most[p][r][t] += pr.demand[w][r][t];
                    }
                }
            }
        }
        return most;
    }

    /**
     * Nodes of one type worth owning in a pool: enough for all the demand that may run there plus
     * the HA reserve, for some resource the type provides. Owning more of that type could only be
     * undone without losing anything, so an optimal plan never needs more.
     */
    private int[][] nodes() {
        int[][] limit = new int[pr.pools][pr.nodeTypes];
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                long most = 0;
                for (int r = 0; r < pr.resources; r++) {
                    if (pr.nodeUsable[k][r] <= 0) {
                        continue;
                    }
                    for (int t = 0; t < pr.horizon; t++) {
                        long need = mostLoad[p][r][t] + pr.mostReserve(p, r);
                        most = Math.max(most, Math.ceilDiv(need, (long) pr.nodeUsable[k][r]));
                    }
                }
                // Packing whole workloads may take a node each beyond what the summed demand needs.
                most += most > 0 ? nodePlacedIn(p) : 0;
                if (pr.leadTime[k] >= pr.horizon) {
                    most = 0;
                }
                limit[p][k] = (int) Math.min(most, pr.maxNodes[p]);
            }
        }
        return limit;
    }

    private int nodePlacedIn(int p) {
        int count = 0;
        for (int w = 0; w < pr.workloads; w++) {
            if (pr.nodePlaced[w] && pr.mayRunIn(w, p)) {
                count++;
            }
        }
        return count;
    }
}
