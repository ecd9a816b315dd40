package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lower bound on the cost of any plan that meets all demand, from relaxations in the resource's
 * own units (no rounding of demand):
 * <ul>
 *   <li>pool sets: the workloads that may run only within a set of pools must fit in that set's
 *   nodes, with at least the HA reserves of the pools that surely host workloads (or, failing that,
 *   the smallest reserve in the set), each the reserve of the largest type among its existing nodes. What the set's existing nodes cannot carry must be bought from
 *   node types that can have arrived by then, and costs at least what {@link NodeMixBound} says.
 *   Purchases are never undone, so the dearest period bounds the set; disjoint sets buy
 *   separately, so their bounds add up;</li>
 *   <li>fleet-wide: demand that the existing nodes cannot serve even when it may split freely over
 *   the pools its workloads may run in ({@link TransportFlow}) must be bought too.</li>
 * </ul>
 * Each drops constraints (max_nodes, whole workloads), so none exceeds the true optimum; the
 * larger is returned. When the settings allow moves, which pools of a set host workloads may
 * change from one period to the next, so each period takes its own cheapest choice of hosts, and
 * moves are counted as free (their cost is at least 0).
 */
final class CostLowerBound {

    /** Sets up to this size try every choice of hosting pools. */
    private static final int MOST_POOLS_TO_TRY_HOSTS = 6;
    /** Allowance for floating-point error in the flow, so the bound errs low. */
    private static final double TOLERANCE = 1e-9;
    private final AllocationProblem pr;
    private final TransportFlow flow;
    /** [t] bounds on the cost of node mixes, with the node types that can have arrived by period t. */
    private final NodeMixBound[] mixes;
    /** The least cost of whole nodes covering every period's need at once ({@link #acrossPeriods}). */
    private final WholeNodeMix stackedMix;

    private CostLowerBound(AllocationProblem pr) {
        this.pr = pr;
        this.flow = new TransportFlow(pr);
        this.stackedMix = stackedMix();
        this.mixes = new NodeMixBound[pr.horizon];
        for (int t = 0; t < pr.horizon; t++) {
            List<double[]> capacity = new ArrayList<>();
            List<Double> cost = new ArrayList<>();
            for (int k = 0; k < pr.nodeTypes; k++) {
                if (pr.canArrive(k, t)) {
                    double[] perResource = new double[pr.resources];
                    for (int r = 0; r < pr.resources; r++) {
                        perResource[r] = pr.input.nodeTypes().get(k).capacityOf(pr.resourceName(r));
                    }
                    capacity.add(perResource);
                    cost.add(pr.realCost(k));
                }
            }
            mixes[t] = new NodeMixBound(capacity.toArray(double[][]::new),
                    cost.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    static double of(AllocationProblem pr) {
        CostLowerBound bound = new CostLowerBound(pr);
        return Math.max(bound.fleetWide(), bound.disjointPoolSets());
    }

    private double fleetWide() {
        double bound = 0;
        double[] demand = new double[pr.workloads];
        double[] capacity = new double[pr.pools];
        double[][] needs = new double[pr.horizon][];
        for (int t = 0; t < pr.horizon; t++) {
            double[] need = new double[pr.resources];
            needs[t] = need;
            for (int r = 0; r < pr.resources; r++) {
                double target = pr.resource(r).targetUtilization();
                double total = 0;
                for (int w = 0; w < pr.workloads; w++) {
                    demand[w] = pr.realDemand[w][r][t];
                    total += demand[w];
                }
                for (int p = 0; p < pr.pools; p++) {
                    double reserve = flow.mustHost[p] ? reserve(p, r, t) : 0;
                    capacity[p] = Math.max(0, target * existingRaw(p, r, t) - reserve);
                }
                double unserved = total - flow.served(flow.demandByGroup(demand), capacity) - TOLERANCE * total;
                need[r] = unserved / target;
            }
            bound = Math.max(bound, mixes[t].of(need));
        }
        return Math.max(bound, acrossPeriods(needs));
    }

    /**
     * The least whole nodes covering every period's need at once can cost, each period only with the
     * types that can have arrived by then ({@link WholeNodeMix} on the periods' needs stacked). Nodes
     * stay once bought, so the cost is that of the nodes owned at the end, and an early need met by
     * the only types that arrive in time still counts later: tighter than the dearest period alone
     * when lead times leave the early periods to dearer types. 0 when the search gives up.
     *
     * @param needs [t][r] raw capacity to buy by each period (≤ 0: none)
     */
    private double acrossPeriods(double[][] needs) {
        double[] stacked = new double[pr.horizon * pr.resources];
        for (int t = 0; t < pr.horizon; t++) {
            System.arraycopy(needs[t], 0, stacked, t * pr.resources, pr.resources);
        }
        return Math.max(0, stackedMix.of(stacked));
    }

    /** Whole node mixes over the periods stacked: a type provides its capacity in the periods it can have arrived by. */
    private WholeNodeMix stackedMix() {
        double[][] capacity = new double[pr.nodeTypes][pr.horizon * pr.resources];
        double[] cost = new double[pr.nodeTypes];
        for (int k = 0; k < pr.nodeTypes; k++) {
            cost[k] = pr.realCost(k);
            for (int t = 0; t < pr.horizon; t++) {
                for (int r = 0; r < pr.resources; r++) {
                    capacity[k][t * pr.resources + r] = pr.canArrive(k, t)
                            ? pr.input.nodeTypes().get(k).capacityOf(pr.resourceName(r)) : 0;
                }
            }
        }
        return new WholeNodeMix(capacity, cost);
    }

    /** The largest sum of set bounds over disjoint pool sets, chosen greedily from the allowed sets. */
    private double disjointPoolSets() {
        Set<Set<Integer>> candidates = new LinkedHashSet<>();
        for (int[] allowed : flow.groupPools) {
            candidates.add(setOf(allowed));
        }
        for (int p = 0; p < pr.pools; p++) {
            candidates.add(Set.of(p));
        }
        List<Set<Integer>> sets = new ArrayList<>(candidates);
        double[] bounds = sets.stream().mapToDouble(this::setBound).toArray();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> bounds[i]).reversed());
        boolean[] used = new boolean[pr.pools];
        double total = 0;
        for (int i : order) {
            if (bounds[i] > 0 && sets.get(i).stream().noneMatch(p -> used[p])) {
                sets.get(i).forEach(p -> used[p] = true);
                total += bounds[i];
            }
        }
        return total;
    }

    /**
     * The set's bound. Which of its pools host workloads decides whose capacity counts and whose HA
     * reserve is kept, so for small sets every choice of hosts that could carry the set's workloads
     * is tried and the cheapest taken; larger sets count all their nodes and the reserve they surely keep.
     */
    private double setBound(Set<Integer> pools) {
        boolean[] inside = new boolean[pr.workloads];
        boolean any = false;
        for (int w = 0; w < pr.workloads; w++) {
            inside[w] = Arrays.stream(pr.allowedPools[w]).allMatch(pools::contains);
            any |= inside[w];
        }
        if (!any) {
            return 0;
        }
        double[][] demand = new double[pr.horizon][pr.resources];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; inside[w] && t < pr.horizon; t++) {
                for (int r = 0; r < pr.resources; r++) {
                    demand[t][r] += pr.realDemand[w][r][t];
                }
            }
        }
        if (pools.size() > MOST_POOLS_TO_TRY_HOSTS) {
            return hostsBound(pools, demand, (r, t) -> setReserve(pools, r, t));
        }
        List<Integer> members = new ArrayList<>(pools);
        double cheapest = Double.POSITIVE_INFINITY;
        double[] cheapestIn = new double[pr.horizon];
        Arrays.fill(cheapestIn, Double.POSITIVE_INFINITY);
        for (int mask = 1; mask < 1 << members.size(); mask++) {
            Set<Integer> hosts = new TreeSet<>();
            for (int i = 0; i < members.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    hosts.add(members.get(i));
                }
            }
            if (canHost(hosts, pools, inside)) {
                Reserve kept = (r, t) -> hosts.stream().mapToDouble(p -> reserve(p, r, t)).sum();
                double[] perPeriod = periodBounds(hosts, demand, kept);
                double dearest = Math.max(0, Arrays.stream(perPeriod).max().orElse(0));
                cheapest = Math.min(cheapest, pr.movesAllowed ? dearest
                        : Math.max(dearest, acrossPeriods(needs(hosts, demand, kept))));
                for (int t = 0; t < pr.horizon; t++) {
                    cheapestIn[t] = Math.min(cheapestIn[t], perPeriod[t]);
                }
            }
        }
        if (pr.movesAllowed) {
            // Hosts may differ per period: the dearest period's cheapest hosts bound the set.
            cheapest = Math.max(0, Arrays.stream(cheapestIn).max().orElse(0));
        }
        return Double.isInfinite(cheapest) ? 0 : cheapest;
    }

    /** Whether these pools alone could host the set: every sure host among them, every workload allowed in one. */
    private boolean canHost(Set<Integer> hosts, Set<Integer> pools, boolean[] inside) {
        for (int p : pools) {
            if (flow.mustHost[p] && !hosts.contains(p)) {
                return false;
            }
        }
        for (int w = 0; w < pr.workloads; w++) {
            if (inside[w] && Arrays.stream(pr.allowedPools[w]).noneMatch(hosts::contains)) {
                return false;
            }
        }
        return true;
    }

    /** What the hosts must buy, in the dearest period, to carry the demand and keep the reserve. */
    private double hostsBound(Set<Integer> hosts, double[][] demand, Reserve reserve) {
        double dearest = Math.max(0, Arrays.stream(periodBounds(hosts, demand, reserve)).max().orElse(0));
        return pr.movesAllowed ? dearest : Math.max(dearest, acrossPeriods(needs(hosts, demand, reserve)));
    }

    /** [t] what the hosts must own by each period to carry its demand and keep the reserve. */
    private double[] periodBounds(Set<Integer> hosts, double[][] demand, Reserve reserve) {
        double[][] needs = needs(hosts, demand, reserve);
        double[] bound = new double[pr.horizon];
        for (int t = 0; t < pr.horizon; t++) {
            bound[t] = mixes[t].of(needs[t]);
        }
        return bound;
    }

    /** [t][r] the raw capacity the hosts must buy by each period to carry its demand and keep the reserve. */
    private double[][] needs(Set<Integer> hosts, double[][] demand, Reserve reserve) {
        double[][] needs = new double[pr.horizon][pr.resources];
        for (int t = 0; t < pr.horizon; t++) {
            for (int r = 0; r < pr.resources; r++) {
                double existing = 0;
                for (int p : hosts) {
                    existing += existingRaw(p, r, t);
                }
                needs[t][r] = (demand[t][r] + reserve.of(r, t)) / pr.resource(r).targetUtilization() - existing;
            }
        }
        return needs;
    }

    /** HA reserve the set surely keeps once it hosts anything: its sure hosts', or at least its smallest. */
    private double setReserve(Set<Integer> pools, int r, int t) {
        double sure = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (int p : pools) {
            sure += flow.mustHost[p] ? reserve(p, r, t) : 0;
            smallest = Math.min(smallest, reserve(p, r, t));
        }
        return Math.max(sure, smallest);
    }

    /**
     * The HA reserve a hosting pool surely keeps in the period: that of the largest type among its
     * active existing nodes (buying a larger type would only raise it).
     */
    private double reserve(int p, int r, int t) {
        double largest = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.existing[p][k][t] > 0) {
                largest = Math.max(largest, pr.input.nodeTypes().get(k).capacityOf(pr.resourceName(r)));
            }
        }
        return pr.input.pools().get(p).haNodes() * largest;
    }

    /** The HA reserve counted for a resource and period. */
    @FunctionalInterface
    private interface Reserve {
        double of(int r, int t);
    }

    private double existingRaw(int p, int r, int t) {
        double raw = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            raw += pr.existing[p][k][t] * pr.input.nodeTypes().get(k).capacityOf(pr.resourceName(r));
        }
        return raw;
    }

    private static Set<Integer> setOf(int[] pools) {
        Set<Integer> set = new TreeSet<>();
        for (int p : pools) {
            set.add(p);
        }
        return Set.copyOf(set);
    }
}
