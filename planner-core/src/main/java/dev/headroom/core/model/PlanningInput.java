package dev.headroom.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything a plan is made from. Cross-references are checked when it is built; every broken one
 * is reported at once in an {@link InvalidInputException}.
 *
 * @param name        what the planner calls this input (the workbook's or project's name)
 * @param usage       history to forecast from, one series per workload and resource, in the settings' frequency
 * @param knownDemand future demand that replaces the forecast
 * @param budgets     spending limits per ordering period; a period without one has no limit
 */
public record PlanningInput(String name, Settings settings, List<Resource> resources, List<Workload> workloads,
                            List<Pool> pools, List<NodeType> nodeTypes, List<ExistingNodes> inventory,
                            List<TimeSeries> usage, List<KnownDemand> knownDemand, List<PurchaseBudget> budgets) {

    /** An input without spending limits. */
    public PlanningInput(String name, Settings settings, List<Resource> resources, List<Workload> workloads,
                         List<Pool> pools, List<NodeType> nodeTypes, List<ExistingNodes> inventory,
                         List<TimeSeries> usage, List<KnownDemand> knownDemand) {
        this(name, settings, resources, workloads, pools, nodeTypes, inventory, usage, knownDemand, List.of());
    }

    public PlanningInput {
        name = name == null ? "" : name;
        Objects.requireNonNull(settings, "settings");
        resources = List.copyOf(resources);
        workloads = List.copyOf(workloads);
        pools = List.copyOf(pools);
        nodeTypes = List.copyOf(nodeTypes);
        inventory = List.copyOf(inventory);
        usage = List.copyOf(usage);
        knownDemand = List.copyOf(knownDemand);
        budgets = List.copyOf(budgets);
        List<String> problems = crossCheck(settings, resources, workloads, pools, nodeTypes, inventory, usage, knownDemand);
        Set<Period> budgeted = new HashSet<>();
        for (PurchaseBudget b : budgets) {
            if (b.period().frequency() != settings.frequency()) {
                problems.add("budget period " + b.period() + " is not a " + settings.frequency());
            }
            if (!budgeted.add(b.period())) {
                problems.add("budget for " + b.period() + " is given twice");
            }
        }
        if (!problems.isEmpty()) {
            String source = name;
            throw new InvalidInputException(problems.stream().map(p -> InputProblem.general(source, p)).toList());
        }
    }

    private static List<String> crossCheck(Settings settings, List<Resource> resources, List<Workload> workloads,
                                           List<Pool> pools, List<NodeType> nodeTypes, List<ExistingNodes> inventory,
                                           List<TimeSeries> usage, List<KnownDemand> knownDemand) {
        List<String> problems = new ArrayList<>();
        Set<String> resourceNames = unique(resources, Resource::name, "resource", problems);
        Set<String> workloadNames = unique(workloads, Workload::name, "workload", problems);
        Set<String> poolNames = unique(pools, Pool::name, "pool", problems);
        Set<String> typeNames = unique(nodeTypes, NodeType::name, "node type", problems);
        if (resources.isEmpty()) {
            problems.add("no resources are defined");
        }
        if (pools.isEmpty()) {
            problems.add("no pools are defined");
        }
        if (nodeTypes.isEmpty()) {
            problems.add("no node types are defined");
        }
        if (usage.isEmpty() && knownDemand.isEmpty()) {
            problems.add("there is neither usage history nor known demand to plan for");
        }
        for (NodeType t : nodeTypes) {
            for (String r : resourceNames) {
                if (!t.capacity().containsKey(r)) {
                    problems.add("node type " + t.name() + " has no capacity for resource " + r);
                }
            }
        }
        for (Workload w : workloads) {
            w.pinnedPool().filter(p -> !poolNames.contains(p))
                    .ifPresent(p -> problems.add("workload " + w.name() + " is pinned to pool " + p + ", which is not defined"));
            w.allowedPools().stream().filter(p -> !poolNames.contains(p)).sorted()
                    .forEach(p -> problems.add("workload " + w.name() + " allows pool " + p + ", which is not defined"));
            if (!poolNames.isEmpty() && pools.stream().noneMatch(p -> w.mayRunIn(p.name()))) {
                problems.add("workload " + w.name() + " may run in no defined pool");
            }
        }
        for (ExistingNodes n : inventory) {
            if (!poolNames.contains(n.pool())) {
                problems.add("existing nodes name pool " + n.pool() + ", which is not defined");
            }
            if (!typeNames.contains(n.nodeType())) {
                problems.add("existing nodes name node type " + n.nodeType() + ", which is not defined");
            }
            n.retirePeriod().filter(p -> p.frequency() != settings.frequency()).ifPresent(p ->
                    problems.add("retire_period " + p + " is not a " + settings.frequency()));
        }
        for (TimeSeries s : usage) {
            checkSeriesKey(s.key(), workloadNames, resourceNames, "usage", problems);
            if (s.frequency() != settings.frequency()) {
                problems.add("usage of " + s.key() + " is by " + s.frequency() + ", the plan is by " + settings.frequency());
            }
        }
        Set<SeriesKey> seen = new HashSet<>();
        for (TimeSeries s : usage) {
            if (!seen.add(s.key())) {
                problems.add("usage of " + s.key() + " is given twice");
            }
        }
        for (KnownDemand d : knownDemand) {
            checkSeriesKey(new SeriesKey(d.workload(), d.resource()), workloadNames, resourceNames, "demand", problems);
            if (d.period().frequency() != settings.frequency()) {
                problems.add("demand period " + d.period() + " is not a " + settings.frequency());
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void checkSeriesKey(SeriesKey key, Set<String> workloads, Set<String> resources, String what,
                                       List<String> problems) {
        if (!workloads.contains(key.workload())) {
            problems.add(what + " names workload " + key.workload() + ", which is not defined");
        }
        if (!resources.contains(key.resource())) {
            problems.add(what + " names resource " + key.resource() + ", which is not defined");
        }
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> name, String what, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (T item : items) {
            if (!names.add(name.apply(item))) {
                problems.add(what + " " + name.apply(item) + " is defined twice");
            }
        }
        return names;
    }

    public Optional<Resource> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public Optional<Workload> workload(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public Optional<Pool> pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<NodeType> nodeType(String name) {
        return nodeTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The first planned period: the setting when given, else the one after the last history,
     * else the first period of known demand.
     */
    public Period planStart() {
        if (settings.planStart().isPresent()) {
            return settings.planStart().get();
        }
        return usage.stream().map(TimeSeries::end).max(Period::compareTo).map(Period::next)
                .or(() -> knownDemand.stream().map(KnownDemand::period).min(Period::compareTo))
                .orElseThrow();
    }

    /** The planned periods, from {@link #planStart()} for the settings' horizon. */
    public List<Period> plannedPeriods() {
        Period start = planStart();
        List<Period> periods = new ArrayList<>(settings.horizon());
        for (int i = 0; i < settings.horizon(); i++) {
            periods.add(start.plus(i));
        }
        return List.copyOf(periods);
    }

    public PlanningInput withSettings(Settings s) {
        return new PlanningInput(name, s, resources, workloads, pools, nodeTypes, inventory, usage, knownDemand,
                budgets);
    }

    /** The same input with spending limits per ordering period. */
    public PlanningInput withBudgets(List<PurchaseBudget> b) {
        return new PlanningInput(name, settings, resources, workloads, pools, nodeTypes, inventory, usage, knownDemand,
                b);
    }
}
