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
        List<Wording> problems = new ArrayList<>(
                crossCheck(settings, resources, workloads, pools, nodeTypes, inventory, usage, knownDemand));
        Set<Period> budgeted = new HashSet<>();
        for (PurchaseBudget b : budgets) {
            if (b.period().frequency() != settings.frequency()) {
                problems.add(ModelWords.of("budget.periodFrequency", b.period(), ModelWords.frequency(settings.frequency())));
            }
            if (!budgeted.add(b.period())) {
                problems.add(ModelWords.of("budget.twice", b.period()));
            }
        }
        if (!problems.isEmpty()) {
            String source = name;
            throw new InvalidInputException(problems.stream().map(p -> InputProblem.general(source, p)).toList());
        }
    }

    private static List<Wording> crossCheck(Settings settings, List<Resource> resources, List<Workload> workloads,
                                           List<Pool> pools, List<NodeType> nodeTypes, List<ExistingNodes> inventory,
                                           List<TimeSeries> usage, List<KnownDemand> knownDemand) {
        List<Wording> problems = new ArrayList<>();
        Set<String> resourceNames = unique(resources, Resource::name, "resource", problems);
        Set<String> workloadNames = unique(workloads, Workload::name, "workload", problems);
        Set<String> poolNames = unique(pools, Pool::name, "pool", problems);
        Set<String> typeNames = unique(nodeTypes, NodeType::name, "nodeType", problems);
        if (resources.isEmpty()) {
            problems.add(ModelWords.of("input.noResources"));
        }
        if (pools.isEmpty()) {
            problems.add(ModelWords.of("input.noPools"));
        }
        if (nodeTypes.isEmpty()) {
            problems.add(ModelWords.of("input.noNodeTypes"));
        }
        if (usage.isEmpty() && knownDemand.isEmpty()) {
            problems.add(ModelWords.of("input.nothingToPlan"));
        }
        for (NodeType t : nodeTypes) {
            for (String r : resourceNames) {
                if (!t.capacity().containsKey(r)) {
                    problems.add(ModelWords.of("nodeType.noCapacity", t.name(), r));
                }
            }
        }
        for (Workload w : workloads) {
            w.pinnedPool().filter(p -> !poolNames.contains(p))
                    .ifPresent(p -> problems.add(ModelWords.of("workload.pinnedUndefined", w.name(), p)));
            w.allowedPools().stream().filter(p -> !poolNames.contains(p)).sorted()
                    .forEach(p -> problems.add(ModelWords.of("workload.allowsUndefined", w.name(), p)));
            if (!poolNames.isEmpty() && pools.stream().noneMatch(p -> w.mayRunIn(p.name()))) {
                problems.add(ModelWords.of("workload.noPool", w.name()));
            }
        }
        for (ExistingNodes n : inventory) {
            if (!poolNames.contains(n.pool())) {
                problems.add(ModelWords.of("inventory.poolUndefined", n.pool()));
            }
            if (!typeNames.contains(n.nodeType())) {
                problems.add(ModelWords.of("inventory.nodeTypeUndefined", n.nodeType()));
            }
            n.retirePeriod().filter(p -> p.frequency() != settings.frequency()).ifPresent(p ->
                    problems.add(ModelWords.of("inventory.retireFrequency", p, ModelWords.frequency(settings.frequency()))));
        }
        for (TimeSeries s : usage) {
            checkSeriesKey(s.key(), workloadNames, resourceNames, "usage", problems);
            if (s.frequency() != settings.frequency()) {
                problems.add(ModelWords.of("usage.frequency", s.key(), ModelWords.frequency(s.frequency()),
                        ModelWords.frequency(settings.frequency())));
            }
        }
        Set<SeriesKey> seen = new HashSet<>();
        for (TimeSeries s : usage) {
            if (!seen.add(s.key())) {
                problems.add(ModelWords.of("usage.twice", s.key()));
            }
        }
        for (KnownDemand d : knownDemand) {
            checkSeriesKey(new SeriesKey(d.workload(), d.resource()), workloadNames, resourceNames, "demand", problems);
            if (d.period().frequency() != settings.frequency()) {
                problems.add(ModelWords.of("demand.periodFrequency", d.period(), ModelWords.frequency(settings.frequency())));
            }
        }
        return problems.stream().distinct().toList();
    }

    private static void checkSeriesKey(SeriesKey key, Set<String> workloads, Set<String> resources, String what,
                                       List<Wording> problems) {
        if (!workloads.contains(key.workload())) {
            problems.add(ModelWords.of(what + ".workloadUndefined", key.workload()));
        }
        if (!resources.contains(key.resource())) {
            problems.add(ModelWords.of(what + ".resourceUndefined", key.resource()));
        }
    }

    private static <T> Set<String> unique(List<T> items, Function<T, String> name, String what, List<Wording> problems) {
        Set<String> names = new HashSet<>();
        for (T item : items) {
            if (!names.add(name.apply(item))) {
                problems.add(ModelWords.of("defined.twice", ModelWords.of("thing." + what), name.apply(item)));
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
