package dev.headroom.core.allocation;

import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The cheapest plan of a tiny input by trying everything: every placement of the workloads (in each
 * period separately when the settings allow moves, each move then paid for), and for each pool every
 * sequence of owned node counts over the periods, combined across pools within the budget of each
 * ordering period. A pool keeps its HA spares free in the periods it hosts a workload. Written from the planning
 * rules, not from the allocation model, in exact integer arithmetic: demand, capacity and cost
 * and move cost must be whole numbers and target utilizations whole percentages.
 */
final class BruteForce {

    private final PlanningInput input;
    private final List<Period> periods;
    private final int pools;
    private final int types;
    private final int resources;
    private final boolean moves;
    /** The least cost of each pool's purchases for the workloads it hosts in each period, by pool and placement. */
    private final Map<String, Map<List<Long>, Long>> poolCostsSeen = new HashMap<>();

    BruteForce(PlanningInput input) {
        this.input = input;
        this.periods = input.plannedPeriods();
        this.pools = input.pools().size();
        this.types = input.nodeTypes().size();
        this.resources = input.resources().size();
        this.moves = input.settings().allowMoves();
    }

    /** The least total cost of a plan meeting all demand; empty when no plan does. */
    OptionalLong cheapest() {
        List<Workload> workloads = input.workloads();
        int[][] poolOf = new int[workloads.size()][periods.size()];
        return search(0, poolOf);
    }

    /**
     * Tries every pool for choice {@code i}: workload i for the whole horizon, or, with moves,
     * workload i / periods in period i % periods.
     */
    private OptionalLong search(int i, int[][] poolOf) {
        int choices = moves ? poolOf.length * periods.size() : poolOf.length;
        if (i == choices) {
            List<Map<List<Long>, Long>> options = new ArrayList<>();
            for (int p = 0; p < pools; p++) {
                Map<List<Long>, Long> option = poolCosts(p, poolOf);
                if (option.isEmpty()) {
                    return OptionalLong.empty();
                }
                options.add(option);
            }
            OptionalLong purchases = cheapestWithinBudget(options, 0, new long[periods.size()]);
            return purchases.isEmpty() ? purchases : OptionalLong.of(purchases.getAsLong() + moveCost(poolOf));
        }
        int w = moves ? i / periods.size() : i;
        OptionalLong best = OptionalLong.empty();
        for (int p = 0; p < pools; p++) {
            if (input.workloads().get(w).mayRunIn(input.pools().get(p).name())) {
                if (moves) {
                    poolOf[w][i % periods.size()] = p;
                } else {
                    Arrays.fill(poolOf[w], p);
                }
                OptionalLong cost = search(i + 1, poolOf);
                if (cost.isPresent() && (best.isEmpty() || cost.getAsLong() < best.getAsLong())) {
                    best = cost;
                }
            }
        }
        return best;
    }

    /** Every change of pool between consecutive periods, at the settings' move cost. */
    private long moveCost(int[][] poolOf) {
        long count = 0;
        for (int[] pools : poolOf) {
            for (int t = 1; t < pools.length; t++) {
                count += pools[t] != pools[t - 1] ? 1 : 0;
            }
        }
        return count * (long) input.settings().moveCost();
    }

    /**
     * The cheapest choice of one option per pool (from pool {@code p} on) whose spending, added to
     * {@code spent}, keeps every period's budget.
     */
    private OptionalLong cheapestWithinBudget(List<Map<List<Long>, Long>> options, int p, long[] spent) {
        if (p == options.size()) {
            for (int o = 0; o < spent.length; o++) {
                if (spent[o] > budget(periods.get(o))) {
                    return OptionalLong.empty();
                }
            }
            return OptionalLong.of(0);
        }
        OptionalLong best = OptionalLong.empty();
        for (Map.Entry<List<Long>, Long> option : options.get(p).entrySet()) {
            long[] more = spent.clone();
            for (int o = 0; o < more.length; o++) {
                more[o] += option.getKey().get(o);
            }
            OptionalLong rest = cheapestWithinBudget(options, p + 1, more);
            if (rest.isPresent() && (best.isEmpty() || option.getValue() + rest.getAsLong() < best.getAsLong())) {
                best = OptionalLong.of(option.getValue() + rest.getAsLong());
            }
        }
        return best;
    }

    private long budget(Period orderPeriod) {
        return input.budgets().stream().filter(b -> b.period().equals(orderPeriod))
                .mapToLong(b -> (long) Math.floor(b.amount())).min().orElse(Long.MAX_VALUE);
    }

    /**
     * For one pool carrying its workloads, every owned-node sequence that fits, as the least cost
     * for each way of spending per ordering period (without budgets, spending is not told apart);
     * empty when no sequence fits.
     */
    private Map<List<Long>, Long> poolCosts(int p, int[][] poolOf) {
        StringBuilder key = new StringBuilder().append(p);
        for (int[] pools : poolOf) {
            for (int pool : pools) {
                key.append(pool == p ? '1' : '0');
            }
        }
        return poolCostsSeen.computeIfAbsent(key.toString(), k -> poolCostsOf(p, poolOf));
    }

    private Map<List<Long>, Long> poolCostsOf(int p, int[][] poolOf) {
        Pool pool = input.pools().get(p);
        boolean[] hosts = new boolean[periods.size()];
        long[][] load = new long[resources][periods.size()];
        for (int w = 0; w < poolOf.length; w++) {
            for (int t = 0; t < periods.size(); t++) {
                if (poolOf[w][t] == p) {
                    hosts[t] = true;
                    for (int r = 0; r < resources; r++) {
                        load[r][t] += demand(input.workloads().get(w).name(), input.resources().get(r).name(),
                                periods.get(t));
                    }
                }
            }
        }
        boolean budgeted = !input.budgets().isEmpty();
        int[] most = mostWorthOwning(pool);
        // A state is the nodes owned so far followed by the spending per ordering period so far.
        Set<List<Long>> reachable = new HashSet<>();
        reachable.add(state(zeros(), new long[periods.size()]));
        for (int t = 0; t < periods.size(); t++) {
            Set<List<Long>> next = new HashSet<>();
            for (List<Long> before : reachable) {
                List<Integer> ownedBefore = owned(before);
                for (List<Integer> owned : atLeast(ownedBefore, most)) {
                    if (allowed(pool, owned, t) && fits(pool, hosts[t], load, owned, t)) {
                        long[] spend = new long[periods.size()];
                        for (int o = 0; o < spend.length; o++) {
                            spend[o] = before.get(types + o);
                        }
                        for (int k = 0; k < types && budgeted; k++) {
                            NodeType type = input.nodeTypes().get(k);
                            int bought = owned.get(k) - ownedBefore.get(k);
                            if (bought > 0) {
                                spend[t - type.leadTime()] += bought * (long) type.cost();
                            }
                        }
                        next.add(state(owned, spend));
                    }
                }
            }
            reachable = next;
        }
        Map<List<Long>, Long> costs = new HashMap<>();
        for (List<Long> end : reachable) {
            long cost = 0;
            for (int k = 0; k < types; k++) {
                cost += end.get(k) * (long) input.nodeTypes().get(k).cost();
            }
            costs.merge(end.subList(types, end.size()), cost, Math::min);
        }
        return costs;
    }

    private List<Long> state(List<Integer> owned, long[] spend) {
        List<Long> state = new ArrayList<>();
        owned.forEach(n -> state.add((long) n));
        for (long s : spend) {
            state.add(s);
        }
        return List.copyOf(state);
    }

    private List<Integer> owned(List<Long> state) {
        List<Integer> owned = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            owned.add(state.get(k).intValue());
        }
        return owned;
    }

    /** Lead time and max_nodes: a type owned only once it can have arrived, and room in the pool. */
    private boolean allowed(Pool pool, List<Integer> owned, int t) {
        int bought = 0;
        for (int k = 0; k < types; k++) {
            if (owned.get(k) > 0 && t < input.nodeTypes().get(k).leadTime()) {
                return false;
            }
            bought += owned.get(k);
        }
        if (bought == 0 || pool.maxNodes().isEmpty()) {
            return true;
        }
        return existing(pool.name(), null, periods.get(t)) + bought <= pool.maxNodes().getAsInt();
    }

    /** 100 × (load + HA reserve) ≤ target% × raw capacity, for every resource; the reserve is the largest type held. */
    private boolean fits(Pool pool, boolean hosts, long[][] load, List<Integer> owned, int t) {
        for (int r = 0; r < resources; r++) {
            Resource resource = input.resources().get(r);
            long raw = 0;
            long largest = 0;
            for (int k = 0; k < types; k++) {
                NodeType type = input.nodeTypes().get(k);
                long capacity = (long) type.capacityOf(resource.name());
                int nodes = existing(pool.name(), type.name(), periods.get(t)) + owned.get(k);
                raw += capacity * nodes;
                if (nodes > 0) {
                    largest = Math.max(largest, capacity);
                }
            }
            long reserve = hosts ? pool.haNodes() * largest : 0;
            long percent = Math.round(resource.targetUtilization() * 100);
            if (100 * (load[r][t] + reserve) > percent * raw) {
                return false;
            }
        }
        return true;
    }

    /**
     * Per node type, the most nodes worth owning: enough for all the demand and the HA reserve in
     * some resource the type provides. A plan owning more could own fewer and still fit.
     */
    private int[] mostWorthOwning(Pool pool) {
        int[] most = new int[types];
        for (int k = 0; k < types; k++) {
            for (int r = 0; r < resources; r++) {
                Resource resource = input.resources().get(r);
                long capacity = (long) input.nodeTypes().get(k).capacityOf(resource.name());
                if (capacity == 0) {
                    continue;
                }
                long largest = 0;
                for (NodeType type : input.nodeTypes()) {
                    largest = Math.max(largest, (long) type.capacityOf(resource.name()));
                }
                long peak = 0;
                for (Period period : periods) {
                    long total = 0;
                    for (Workload w : input.workloads()) {
                        total += demand(w.name(), resource.name(), period);
                    }
                    peak = Math.max(peak, total);
                }
                long percent = Math.round(resource.targetUtilization() * 100);
                long need = 100 * (peak + pool.haNodes() * largest);
                most[k] = (int) Math.max(most[k], (need + percent * capacity - 1) / (percent * capacity));
            }
        }
        return most;
    }

    private List<List<Integer>> atLeast(List<Integer> floor, int[] most) {
        List<List<Integer>> all = new ArrayList<>();
        all.add(new ArrayList<>(floor));
        for (int k = 0; k < types; k++) {
            List<List<Integer>> grown = new ArrayList<>();
            for (List<Integer> partial : all) {
                for (int n = floor.get(k); n <= most[k]; n++) {
                    List<Integer> copy = new ArrayList<>(partial);
                    copy.set(k, n);
                    grown.add(copy);
                }
            }
            all = grown;
        }
        return all;
    }

    private List<Integer> zeros() {
        List<Integer> zeros = new ArrayList<>();
        for (int k = 0; k < types; k++) {
            zeros.add(0);
        }
        return zeros;
    }

    private long demand(String workload, String resource, Period period) {
        long sum = 0;
        for (KnownDemand d : input.knownDemand()) {
            if (d.workload().equals(workload) && d.resource().equals(resource) && d.period().equals(period)) {
                sum += (long) d.demand();
            }
        }
        return sum;
    }

    private int existing(String pool, String type, Period period) {
        return input.inventory().stream()
                .filter(n -> n.pool().equals(pool) && (type == null || n.nodeType().equals(type)) && n.activeIn(period))
                .mapToInt(n -> n.count()).sum();
    }
}
