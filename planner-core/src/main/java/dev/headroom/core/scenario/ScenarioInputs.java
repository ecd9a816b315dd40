package dev.headroom.core.scenario;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Wording;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Applies a scenario's changes to a planning input, one change at a time, in the scenario's order. */
final class ScenarioInputs {

    /** One known demand per workload, resource and period: a later change replaces an earlier value. */
    private record DemandKey(Period period, String workload, String resource) {
    }

    private final Scenario scenario;
    private final PlanningInput base;
    private final List<Period> planned;
    private final List<Wording> problems = new ArrayList<>();
    private Settings settings;
    private final List<Resource> resources;
    private final List<Workload> workloads;
    private final List<Pool> pools;
    private final List<NodeType> nodeTypes;
    private final List<TimeSeries> usage;
    private final Map<DemandKey, KnownDemand> demand = new LinkedHashMap<>();
    private final Map<Period, PurchaseBudget> budgets = new LinkedHashMap<>();

    private ScenarioInputs(Scenario scenario, PlanningInput base) {
        this.scenario = scenario;
        this.base = base;
        this.planned = base.plannedPeriods();
        this.settings = base.settings();
        this.resources = new ArrayList<>(base.resources());
        this.workloads = new ArrayList<>(base.workloads());
        this.pools = new ArrayList<>(base.pools());
        this.nodeTypes = new ArrayList<>(base.nodeTypes());
        this.usage = new ArrayList<>(base.usage());
        base.knownDemand().forEach(this::putDemand);
        base.budgets().forEach(b -> budgets.put(b.period(), b));
    }

    static PlanningInput apply(Scenario scenario, PlanningInput base) {
        if (scenario.isBaseline()) {
            return base;
        }
        ScenarioInputs inputs = new ScenarioInputs(scenario, base);
        scenario.changes().forEach(inputs::apply);
        return inputs.result();
    }

    /**
     * A price changed by a percentage in decimal arithmetic: 14,000 + 15% is exactly 16,100, where doubles
     * give 16,099.999999999998 — which would stop the solver from proving the cheapest plan of such a scenario.
     */
    static double changedPrice(double price, double percent) {
        return new java.math.BigDecimal(Double.toString(price))
                .multiply(java.math.BigDecimal.ONE.add(new java.math.BigDecimal(Double.toString(percent)).movePointLeft(2)))
                .doubleValue();
    }

    private void apply(ScenarioChange change) {
        switch (change) {
            case ScenarioChange.Growth g -> checkGrowth(g);
            case ScenarioChange.NewWorkload n -> newWorkload(n);
            case ScenarioChange.Decommission d -> decommission(d);
            case ScenarioChange.NodeCost c -> replace(nodeTypes, NodeType::name, c.nodeType(), "nodeType",
                    t -> new NodeType(t.name(), changedPrice(t.cost(), c.percent()), t.leadTime(), t.capacity()));
            case ScenarioChange.LeadTime l -> replace(nodeTypes, NodeType::name, l.nodeType(), "nodeType",
                    t -> new NodeType(t.name(), t.cost(), l.periods(), t.capacity()));
            case ScenarioChange.HaSpares h -> replace(pools, Pool::name, h.pool(), "pool",
                    p -> new Pool(p.name(), h.nodes(), p.maxNodes()));
            case ScenarioChange.TargetUtilization t -> replace(resources, Resource::name, t.resource(), "resource",
                    r -> new Resource(r.name(), r.unit(), t.target(), r.aggregation()));
            case ScenarioChange.Budget b -> {
                if (checkFrequency(b.period(), ModelWords.of("scenario.budget"))) {
                    budgets.put(b.period(), new PurchaseBudget(b.period(), b.amount()));
                }
            }
            case ScenarioChange.SizingQuantile q -> settings = new Settings(settings.frequency(), settings.horizon(),
                    settings.planStart(), q.quantile(), settings.timeLimitSeconds(), settings.seed(), settings.threads(),
                    settings.allowMoves(), settings.moveCost());
        }
    }

    private void checkGrowth(ScenarioChange.Growth g) {
        switch (g.scope()) {
            case WORKLOAD -> requireWorkload(g.target(), ModelWords.of("scenario.growthNamesWorkload"));
            case POOL -> require(pools, Pool::name, g.target(), ModelWords.of("scenario.growthNamesPool"));
            case RESOURCE -> require(resources, Resource::name, g.target(), ModelWords.of("scenario.growthNamesResource"));
        }
        checkFrequency(g.from(), ModelWords.of("scenario.growthOf", g.target()));
    }

    private void newWorkload(ScenarioChange.NewWorkload n) {
        String name = n.workload().name();
        if (workloads.stream().anyMatch(w -> w.name().equals(name))) {
            problems.add(ModelWords.of("scenario.newWorkloadDefined", name));
            return;
        }
        if (!checkFrequency(n.from(), ModelWords.of("scenario.newWorkload", name))) {
            return;
        }
        workloads.add(n.workload());
        n.demand().forEach((resource, amount) -> {
            if (require(resources, Resource::name, resource,
                    ModelWords.of("scenario.newWorkloadNamesResource", name))) {
                planned.stream().filter(p -> !p.isBefore(n.from()))
                        .forEach(p -> putDemand(new KnownDemand(p, name, resource, amount)));
            }
        });
        n.copyOf().ifPresent(source -> copyProfile(source, name, n.from()));
    }

    /** The source's usage and its known demand from {@code from}; nothing before then. */
    private void copyProfile(String source, String name, Period from) {
        if (!requireWorkload(source, ModelWords.of("scenario.newWorkloadCopies", name))) {
            return;
        }
        Set<String> copied = new LinkedHashSet<>();
        for (TimeSeries s : List.copyOf(usage)) {
            if (s.key().workload().equals(source)) {
                usage.add(new TimeSeries(new SeriesKey(name, s.key().resource()), s.start(), s.values()));
                copied.add(s.key().resource());
            }
        }
        for (KnownDemand d : List.copyOf(demand.values())) {
            if (d.workload().equals(source)) {
                copied.add(d.resource());
                if (!d.period().isBefore(from)) {
                    putDemand(new KnownDemand(d.period(), name, d.resource(), d.demand()));
                }
            }
        }
        for (String resource : copied) {
            planned.stream().filter(p -> p.isBefore(from)).forEach(p -> putDemand(new KnownDemand(p, name, resource, 0)));
        }
    }

    private void decommission(ScenarioChange.Decommission d) {
        if (!requireWorkload(d.workload(), ModelWords.of("scenario.decommissionNamesWorkload")) || !checkFrequency(d.from(),
                ModelWords.of("scenario.decommissionOf", d.workload()))) {
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        usage.stream().filter(s -> s.key().workload().equals(d.workload())).forEach(s -> used.add(s.key().resource()));
        demand.values().stream().filter(k -> k.workload().equals(d.workload())).forEach(k -> used.add(k.resource()));
        demand.values().removeIf(k -> k.workload().equals(d.workload()) && !k.period().isBefore(d.from()));
        for (String resource : used) {
            planned.stream().filter(p -> !p.isBefore(d.from()))
                    .forEach(p -> putDemand(new KnownDemand(p, d.workload(), resource, 0)));
        }
    }

    /** Replaces the named item (or every item for {@link ScenarioChange#ALL}) with its changed copy. */
    private <T> void replace(List<T> items, Function<T, String> name, String target, String what, UnaryOperator<T> change) {
        if (!target.equals(ScenarioChange.ALL) && !require(items, name, target, ModelWords.of("scenario.names", ModelWords.of("thing." + what)))) {
            return;
        }
        items.replaceAll(item -> target.equals(ScenarioChange.ALL) || name.apply(item).equals(target)
                ? change.apply(item) : item);
    }

    /** @param what the subject that names the workload, e.g. "growth names workload" */
    private boolean requireWorkload(String workload, Wording what) {
        return require(workloads, Workload::name, workload, what);
    }

    private <T> boolean require(List<T> items, Function<T, String> name, String target, Wording what) {
        if (items.stream().map(name).noneMatch(target::equals)) {
            problems.add(ModelWords.of("scenario.undefined", what, target));
            return false;
        }
        return true;
    }

    private boolean checkFrequency(Period from, Wording what) {
        if (from.frequency() != settings.frequency()) {
            problems.add(ModelWords.of("scenario.startsFrequency", what, from, ModelWords.frequency(settings.frequency())));
            return false;
        }
        return true;
    }

    private void putDemand(KnownDemand d) {
        DemandKey key = new DemandKey(d.period(), d.workload(), d.resource());
        demand.remove(key);
        demand.put(key, d);
    }

    private PlanningInput result() {
        if (!problems.isEmpty()) {
                        throw new InvalidInputException(problems.stream().distinct()
                    .map(p -> InputProblem.general(base.name(), ModelWords.of("scenario.problem", scenario.name(), p))).toList());
        }
        PlanningInput changed = new PlanningInput(base.name(), settings, resources, workloads, pools, nodeTypes,
                base.inventory(), usage, List.copyOf(demand.values()), List.copyOf(budgets.values()));
        GrowthFactors growth = GrowthFactors.of(scenario, changed);
        if (growth.isNone()) {
            return changed;
        }
        List<KnownDemand> grown = changed.knownDemand().stream().map(d -> {
            double f = growth.factor(new SeriesKey(d.workload(), d.resource()), d.period());
            return f == 1 ? d : new KnownDemand(d.period(), d.workload(), d.resource(), d.demand() * f);
        }).toList();
        return new PlanningInput(changed.name(), changed.settings(), changed.resources(), changed.workloads(),
                changed.pools(), changed.nodeTypes(), changed.inventory(), changed.usage(), grown, changed.budgets());
    }
}
