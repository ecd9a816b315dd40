package dev.headroom.core.allocation;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Builds small planning inputs for tests: monthly, demand given per period as known demand. */
public final class InputBuilder {

    private final Period start;
    private final int horizon;
    private double timeLimit = 10;
    private boolean allowMoves;
    private double moveCost;
    private final List<Resource> resources = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private final List<NodeType> nodeTypes = new ArrayList<>();
    private final List<ExistingNodes> inventory = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<KnownDemand> demand = new ArrayList<>();
    private final List<TimeSeries> usage = new ArrayList<>();
    private final List<PurchaseBudget> budgets = new ArrayList<>();

    private InputBuilder(Period start, int horizon) {
        this.start = start;
        this.horizon = horizon;
    }

    public static InputBuilder monthly(String planStart, int horizon) {
        return new InputBuilder(Period.parse(planStart, Frequency.MONTH), horizon);
    }

    public InputBuilder timeLimit(double seconds) {
        this.timeLimit = seconds;
        return this;
    }

    /** Moves between pools allowed or not, at a cost per move. */
    public InputBuilder moves(boolean allowed, double costPerMove) {
        this.allowMoves = allowed;
        this.moveCost = costPerMove;
        return this;
    }

    public InputBuilder resource(String name, double targetUtilization) {
        resources.add(new Resource(name, "", targetUtilization, Aggregation.P95));
        return this;
    }

    public InputBuilder pool(String name) {
        return pool(name, 0, OptionalInt.empty());
    }

    public InputBuilder pool(String name, int haNodes, OptionalInt maxNodes) {
        pools.add(new Pool(name, haNodes, maxNodes));
        return this;
    }

    /** A node type; capacities alternate resource name and amount: "cpu", 16.0, "memory", 64.0. */
    public InputBuilder nodeType(String name, double cost, int leadTime, Object... capacities) {
        Map<String, Double> capacity = new LinkedHashMap<>();
        for (int i = 0; i < capacities.length; i += 2) {
            capacity.put((String) capacities[i], ((Number) capacities[i + 1]).doubleValue());
        }
        nodeTypes.add(new NodeType(name, cost, leadTime, capacity));
        return this;
    }

    public InputBuilder existing(String pool, String nodeType, int count) {
        inventory.add(new ExistingNodes(pool, nodeType, count, Optional.empty()));
        return this;
    }

    public InputBuilder existing(String pool, String nodeType, int count, String retirePeriod) {
        inventory.add(new ExistingNodes(pool, nodeType, count, Optional.of(Period.parse(retirePeriod))));
        return this;
    }

    public InputBuilder workload(String name) {
        workloads.add(Workload.anywhere(name));
        return this;
    }

    public InputBuilder pinned(String name, String pool) {
        workloads.add(new Workload(name, PlacementMode.POOL, Optional.of(pool), Set.of(), Optional.empty()));
        return this;
    }

    public InputBuilder allowed(String name, String... pools) {
        workloads.add(new Workload(name, PlacementMode.POOL, Optional.empty(), Set.of(pools), Optional.empty()));
        return this;
    }

    /** A workload that must fit on one node, in any pool or only the given ones, in an anti-affinity group or none (null). */
    public InputBuilder onNode(String name, String antiAffinity, String... pools) {
        workloads.add(new Workload(name, PlacementMode.NODE, Optional.empty(), Set.of(pools),
                Optional.ofNullable(antiAffinity)));
        return this;
    }

    /** Known demand of a workload for a resource, one value per planned period from the plan start. */
    public InputBuilder demand(String workload, String resource, double... perPeriod) {
        for (int t = 0; t < perPeriod.length; t++) {
            demand.add(new KnownDemand(start.plus(t), workload, resource, perPeriod[t]));
        }
        return this;
    }

    /** The most that may be spent on nodes ordered in the period. */
    public InputBuilder budget(String period, double amount) {
        budgets.add(new PurchaseBudget(Period.parse(period, Frequency.MONTH), amount));
        return this;
    }

    public InputBuilder usage(TimeSeries series) {
        usage.add(series);
        return this;
    }

    public PlanningInput build() {
        Settings settings = new Settings(Frequency.MONTH, horizon, Optional.of(start), 0.9, timeLimit, 42L, 1,
                allowMoves, moveCost);
        return new PlanningInput("test", settings, resources, workloads, pools, nodeTypes, inventory, usage, demand,
                budgets);
    }
}
