package dev.headroom.app.gui.data;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioChange.Growth;
import dev.headroom.core.scenario.ScenarioChange.GrowthScope;
import dev.headroom.io.project.Project;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renaming a pool, node type or resource renames it everywhere the project names it: in the workloads'
 * placements, the inventory, the capacities, the usage history and known demand, and in every scenario's
 * changes. So a rename never leaves a broken reference behind and the scenarios keep meaning what they meant.
 */
final class Renames {

    private Renames() {
    }

    static Project pool(Project p, String from, String to) {
        UnaryOperator<String> r = n -> n.equals(from) ? to : n;
        PlanningInput in = p.input();
        PlanningInput renamed = new PlanningInput(in.name(), in.settings(), in.resources(),
                in.workloads().stream().map(w -> inPools(w, r)).toList(),
                in.pools().stream().map(x -> new Pool(r.apply(x.name()), x.haNodes(), x.maxNodes())).toList(),
                in.nodeTypes(),
                in.inventory().stream().map(n -> new ExistingNodes(r.apply(n.pool()), n.nodeType(), n.count(),
                        n.retirePeriod())).toList(),
                in.usage(), in.knownDemand(), in.budgets());
        return p.withInput(renamed).withScenarios(scenarios(p, c -> switch (c) {
            case ScenarioChange.HaSpares h -> new ScenarioChange.HaSpares(r.apply(h.pool()), h.nodes());
            case Growth g when g.scope() == GrowthScope.POOL -> new Growth(g.scope(), r.apply(g.target()), g.percent(), g.from());
            case ScenarioChange.NewWorkload n -> new ScenarioChange.NewWorkload(inPools(n.workload(), r), n.from(),
                    n.demand(), n.copyOf());
            default -> c;
        }));
    }

    static Project nodeType(Project p, String from, String to) {
        UnaryOperator<String> r = n -> n.equals(from) ? to : n;
        PlanningInput in = p.input();
        PlanningInput renamed = new PlanningInput(in.name(), in.settings(), in.resources(), in.workloads(), in.pools(),
                in.nodeTypes().stream().map(t -> new NodeType(r.apply(t.name()), t.cost(), t.leadTime(), t.capacity())).toList(),
                in.inventory().stream().map(n -> new ExistingNodes(n.pool(), r.apply(n.nodeType()), n.count(),
                        n.retirePeriod())).toList(),
                in.usage(), in.knownDemand(), in.budgets());
        return p.withInput(renamed).withScenarios(scenarios(p, c -> switch (c) {
            case ScenarioChange.NodeCost n -> new ScenarioChange.NodeCost(r.apply(n.nodeType()), n.percent());
            case ScenarioChange.LeadTime l -> new ScenarioChange.LeadTime(r.apply(l.nodeType()), l.periods());
            default -> c;
        }));
    }

    static Project resource(Project p, String from, String to) {
        UnaryOperator<String> r = n -> n.equals(from) ? to : n;
        PlanningInput in = p.input();
        PlanningInput renamed = new PlanningInput(in.name(), in.settings(),
                in.resources().stream().map(x -> new Resource(r.apply(x.name()), x.unit(), x.targetUtilization(),
                        x.aggregation())).toList(),
                in.workloads(), in.pools(),
                in.nodeTypes().stream().map(t -> new NodeType(t.name(), t.cost(), t.leadTime(), keys(t.capacity(), r))).toList(),
                in.inventory(),
                in.usage().stream().map(s -> new TimeSeries(new SeriesKey(s.key().workload(), r.apply(s.key().resource())),
                        s.start(), s.values())).toList(),
                in.knownDemand().stream().map(d -> new KnownDemand(d.period(), d.workload(), r.apply(d.resource()),
                        d.demand())).toList(),
                in.budgets());
        return p.withInput(renamed).withScenarios(scenarios(p, c -> switch (c) {
            case ScenarioChange.TargetUtilization t -> new ScenarioChange.TargetUtilization(r.apply(t.resource()), t.target());
            case Growth g when g.scope() == GrowthScope.RESOURCE -> new Growth(g.scope(), r.apply(g.target()), g.percent(), g.from());
            case ScenarioChange.NewWorkload n -> new ScenarioChange.NewWorkload(n.workload(), n.from(),
                    keys(n.demand(), r), n.copyOf());
            default -> c;
        }));
    }

    /** The scenarios (by name) whose changes name the pool, node type or resource; empty when none does. */
    static List<String> scenariosNaming(Project p, String kind, String name) {
        return p.scenarios().stream().filter(s -> s.changes().stream().anyMatch(c -> names(c, kind, name)))
                .map(Scenario::name).toList();
    }

    private static boolean names(ScenarioChange c, String kind, String name) {
        return switch (kind) {
            case "pool" -> switch (c) {
                case ScenarioChange.HaSpares h -> h.pool().equals(name);
                case Growth g -> g.scope() == GrowthScope.POOL && g.target().equals(name);
                case ScenarioChange.NewWorkload n -> n.workload().pinnedPool().filter(name::equals).isPresent()
                        || n.workload().allowedPools().contains(name);
                default -> false;
            };
            case "node type" -> switch (c) {
                case ScenarioChange.NodeCost n -> n.nodeType().equals(name);
                case ScenarioChange.LeadTime l -> l.nodeType().equals(name);
                default -> false;
            };
            case "resource" -> switch (c) {
                case ScenarioChange.TargetUtilization t -> t.resource().equals(name);
                case Growth g -> g.scope() == GrowthScope.RESOURCE && g.target().equals(name);
                case ScenarioChange.NewWorkload n -> n.demand().containsKey(name);
                default -> false;
            };
            default -> throw new IllegalArgumentException("no such kind of name: " + kind);
        };
    }

    private static List<Scenario> scenarios(Project p, UnaryOperator<ScenarioChange> change) {
        return p.scenarios().stream().map(s -> new Scenario(s.name(), s.description(),
                s.changes().stream().map(change).toList())).toList();
    }

    private static Workload inPools(Workload w, UnaryOperator<String> r) {
        return new Workload(w.name(), w.placement(), w.pinnedPool().map(r),
                w.allowedPools().stream().map(r).collect(Collectors.toSet()), w.antiAffinity());
    }

    private static <V> Map<String, V> keys(Map<String, V> map, UnaryOperator<String> r) {
        Map<String, V> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(r.apply(k), v));
        return out;
    }
}
