package dev.headroom.core.allocation;

import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.values.IntValueSelector;
import org.chocosolver.solver.search.strategy.selectors.variables.DomOverWDeg;
import org.chocosolver.solver.search.strategy.strategy.AbstractStrategy;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the solver walks the plans: place workloads choosing next the one with the fewest pools
 * left relative to the conflicts it took part in (dom/wdeg, ties broken by the seed), each into
 * the allowed pool with the most room left (with moves allowed, the pool it has in a neighbouring
 * period first; the warm start places them as the greedy plan did); then decide the nodes each pool owns at the end (which alone make the
 * cost), trying the dearest node types per share of capacity at their least first so that
 * propagation makes up the shortfall with the cheapest; then the earlier periods, owning as much of
 * that as the rules allow (the most capacity is never worse; purchases are moved as late as they
 * can go afterwards); then unmet demand at its least.
 */
final class AllocationSearch {

    private AllocationSearch() {
    }

    /** The search for the cheapest plan: buy as little as possible at every step. */
    static AbstractStrategy<?>[] cheapestFirst(AllocationModel m, long seed) {
        return strategies(m, seed, false);
    }

    /** The search for the least unmet demand: buy as much as allowed at every step. */
    static AbstractStrategy<?>[] mostCapacityFirst(AllocationModel m, long seed) {
        return strategies(m, seed, true);
    }

    private static AbstractStrategy<?>[] strategies(AllocationModel m, long seed, boolean buyMost) {
        AllocationProblem pr = m.pr;
        IntVar[] pools = placementOrder(m, seed);
        IntVar[] finals = finalOrder(m);
        IntVar[] earlier = earlierOrder(m);
        List<IntVar> unmet = new ArrayList<>();
        List<IntVar> rest = new ArrayList<>();
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (t == 0 || m.hostsWorkloads[p][t] != m.hostsWorkloads[p][t - 1]) {
                    rest.add(m.hostsWorkloads[p][t]);
                }
            }
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = 0; t < pr.horizon; t++) {
                    if (m.held[p][k][t] != null) {
                        rest.add(m.held[p][k][t]);
                    }
                }
            }
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    unmet.add(m.unmet[p][r][t]);
                    rest.add(m.load[p][r][t]);
                }
            }
        }
        if (m.nodes != null) {
            for (IntVar[][] slot : m.nodes.slotLoad) {
                for (IntVar[] resource : slot) {
                    for (IntVar load : resource) {
                        if (load != null) {
                            rest.add(load);
                        }
                    }
                }
            }
        }
        if (m.moves != null) {
            rest.add(m.moves);
        }
        rest.add(m.totalUnmet);
        rest.add(m.cost);
        List<AbstractStrategy<?>> strategies = new ArrayList<>();
        if (pools.length > 0) {
            strategies.add(Search.intVarSearch(new DomOverWDeg<>(pools, seed), new MostRoom(m), pools));
        }
        if (finals.length > 0) {
            strategies.add(buyMost ? Search.inputOrderUBSearch(finals) : Search.inputOrderLBSearch(finals));
        }
        if (earlier.length > 0) {
            strategies.add(Search.inputOrderUBSearch(earlier));
        }
        if (m.nodes != null) {
            // Largest workloads first, each on the lowest-numbered node that takes it (first fit).
            IntVar[] nodes = m.nodes.searchOrder();
            if (nodes.length > 0) {
                strategies.add(Search.inputOrderLBSearch(nodes));
            }
        }
        if (!unmet.isEmpty()) {
            strategies.add(Search.inputOrderLBSearch(unmet.toArray(IntVar[]::new)));
        }
        strategies.add(Search.inputOrderLBSearch(rest.toArray(IntVar[]::new)));
        return strategies.toArray(AbstractStrategy<?>[]::new);
    }

    /** The pool variables in the greedy's placement order of their workloads, each workload's periods in order. */
    private static IntVar[] placementOrder(AllocationModel m, long seed) {
        List<List<IntVar>> byWorkload = new ArrayList<>();
        for (int w = 0; w < m.pr.workloads; w++) {
            byWorkload.add(new ArrayList<>());
        }
        for (int v = 0; v < m.pools.length; v++) {
            byWorkload.get(m.workloadOfPool[v]).add(m.pools[v]);
        }
        return GreedyAllocator.placementOrder(m.pr, seed).stream().flatMap(w -> byWorkload.get(w).stream())
                .toArray(IntVar[]::new);
    }

    /** Nodes owned at the end, pool by pool, the dearest node type per share of capacity first. */
    private static IntVar[] finalOrder(AllocationModel m) {
        AllocationProblem pr = m.pr;
        List<Integer> types = dearestFirst(pr);
        List<IntVar> order = new ArrayList<>();
        for (int p = 0; p < pr.pools; p++) {
            for (int k : types) {
                order.add(m.bought[p][k][pr.horizon - 1]);
            }
        }
        return order.toArray(IntVar[]::new);
    }

    /** Nodes owned before the end, period by period from the first, pool by pool, cheapest type first. */
    private static IntVar[] earlierOrder(AllocationModel m) {
        AllocationProblem pr = m.pr;
        List<Integer> types = dearestFirst(pr).reversed();
        List<IntVar> order = new ArrayList<>();
        for (int t = 0; t < pr.horizon - 1; t++) {
            for (int p = 0; p < pr.pools; p++) {
                for (int k : types) {
                    order.add(m.bought[p][k][t]);
                }
            }
        }
        return order.toArray(IntVar[]::new);
    }

    /** Node types by cost per share of capacity (summed over resources, each against its largest pool load), dearest first. */
    private static List<Integer> dearestFirst(AllocationProblem pr) {
        double[] perShare = new double[pr.nodeTypes];
        for (int k = 0; k < pr.nodeTypes; k++) {
            double share = 0;
            for (int r = 0; r < pr.resources; r++) {
                long most = 1;
                for (int p = 0; p < pr.pools; p++) {
                    for (int t = 0; t < pr.horizon; t++) {
                        most = Math.max(most, pr.mostLoad[p][r][t]);
                    }
                }
                share += (double) pr.nodeUsable[k][r] / most;
            }
            perShare[k] = share > 0 ? pr.nodeCost[k] / share : Double.POSITIVE_INFINITY;
        }
        List<Integer> types = new ArrayList<>();
        for (int k = 0; k < pr.nodeTypes; k++) {
            types.add(k);
        }
        types.sort(Comparator.comparingDouble((Integer k) -> perShare[k]).reversed());
        return types;
    }

    /**
     * The allowed pool whose capacity committed so far (existing nodes and purchases already
     * decided) leaves the most room after the workload, at its tightest resource and period (the
     * variable's own period when moves are allowed), each resource measured as a share of its
     * fleet demand.
     */
    private static final class MostRoom implements IntValueSelector {
        private final AllocationModel m;
        private final Map<IntVar, Integer> indexOf = new IdentityHashMap<>();
        private final double[] peak;

        MostRoom(AllocationModel m) {
            this.m = m;
            for (int v = 0; v < m.pools.length; v++) {
                indexOf.put(m.pools[v], v);
            }
            AllocationProblem pr = m.pr;
            this.peak = new double[pr.resources];
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    long total = 0;
                    for (int w = 0; w < pr.workloads; w++) {
                        total += pr.demand[w][r][t];
                    }
                    peak[r] = Math.max(peak[r], Math.max(1, total));
                }
            }
        }

        /**
         * With moves, the pool the workload has already been given in the period before or after, when
         * this period may take it too: every move costs, so staying is tried first and a move only
         * when staying fails. -1 when there is none.
         */
        private int neighbourPool(IntVar var, int w, int first, int last) {
            if (first != last) {
                return -1;
            }
            for (int t : new int[] {first - 1, first + 1}) {
                if (t >= 0 && t < m.pr.horizon && m.poolOf[w][t].isInstantiated()
                        && var.contains(m.poolOf[w][t].getValue())) {
                    return m.poolOf[w][t].getValue();
                }
            }
            return -1;
        }

        @Override
        public int selectValue(IntVar var) {
            AllocationProblem pr = m.pr;
            int v = indexOf.get(var);
            int w = m.workloadOfPool[v];
            int first = m.periodOfPool[v] == AllocationModel.EVERY_PERIOD ? 0 : m.periodOfPool[v];
            int last = m.periodOfPool[v] == AllocationModel.EVERY_PERIOD ? pr.horizon - 1 : m.periodOfPool[v];
            int stay = neighbourPool(var, w, first, last);
            if (stay >= 0) {
                return stay;
            }
            int best = var.getLB();
            double bestRoom = Double.NEGATIVE_INFINITY;
            for (int p = var.getLB(); p <= var.getUB(); p = var.nextValue(p)) {
                double room = Double.POSITIVE_INFINITY;
                for (int r = 0; r < pr.resources; r++) {
                    for (int t = first; t <= last; t++) {
                        int[] owned = new int[pr.nodeTypes];
                        long committed = 0;
                        for (int k = 0; k < pr.nodeTypes; k++) {
                            owned[k] = m.bought[p][k][t].getLB();
                            committed += (long) pr.nodeUsable[k][r] * (pr.existing[p][k][t] + owned[k]);
                        }
                        committed -= pr.reserve(p, r, t, owned);
                        long left = committed - m.load[p][r][t].getLB() - pr.demand[w][r][t];
                        room = Math.min(room, left / peak[r]);
                    }
                }
                if (room > bestRoom) {
                    best = p;
                    bestRoom = room;
                }
            }
            return best;
        }
    }
}
