package dev.headroom.io.project;

import dev.headroom.core.forecast.BacktestAccuracy;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastChoices;
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
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.usage.ImportMapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Seeded projects that use every part of the file: gaps in usage, every kind of scenario change, plans, notes. */
final class SampleProjects {
    private SampleProjects() {
    }

    static Project random(long seed, int workloadCount, int periods, int resourceCount) {
        Random rnd = new Random(seed);
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            resources.add(new Resource("res" + r, r % 2 == 0 ? "cores" : "GiB", 0.5 + rnd.nextInt(50) / 100.0,
                    Aggregation.values()[rnd.nextInt(Aggregation.values().length)]));
        }
        List<Pool> pools = List.of(new Pool("eu-1", 1, OptionalInt.empty()), new Pool("us 2", 0, OptionalInt.of(40)),
                new Pool("ap;3", 2, OptionalInt.of(7)));
        List<NodeType> types = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Map<String, Double> capacity = new HashMap<>();
            for (Resource r : resources) {
                capacity.put(r.name(), 16.0 + rnd.nextInt(200) + rnd.nextDouble());
            }
            types.add(new NodeType("type-" + t, 1000 * rnd.nextDouble(), rnd.nextInt(4), capacity));
        }
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < workloadCount; w++) {
            workloads.add(switch (w % 4) {
                case 0 -> Workload.anywhere("w" + w);
                case 1 -> new Workload("w" + w, PlacementMode.NODE, Optional.of("eu-1"), Set.of(), Optional.of("ha"));
                case 2 -> new Workload("w" + w, PlacementMode.POOL, Optional.empty(), Set.of("us 2", "ap;3"), Optional.empty());
                default -> new Workload("wörk \"" + w + "\"", PlacementMode.POOL, Optional.empty(), Set.of(), Optional.empty());
            });
        }
        Period start = Period.parse("2015-01");
        List<TimeSeries> usage = new ArrayList<>();
        for (Workload w : workloads) {
            for (Resource r : resources) {
                double[] values = new double[periods];
                for (int i = 0; i < periods; i++) {
                    values[i] = rnd.nextInt(50) == 0 ? Double.NaN : rnd.nextDouble() * 100;
                }
                usage.add(new TimeSeries(new SeriesKey(w.name(), r.name()), start, values));
            }
        }
        Period planStart = start.plus(periods);
        List<KnownDemand> demand = new ArrayList<>();
        for (int i = 0; i < Math.min(workloadCount, 50); i++) {
            demand.add(new KnownDemand(planStart.plus(rnd.nextInt(12)), workloads.get(i).name(),
                    resources.get(rnd.nextInt(resourceCount)).name(), rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble() * 10));
        }
        List<ExistingNodes> nodes = List.of(new ExistingNodes("eu-1", "type-0", 5, Optional.empty()),
                new ExistingNodes("us 2", "type-1", 3, Optional.of(planStart.plus(4))));
        Settings settings = new Settings(Frequency.MONTH, 24, Optional.of(planStart), 0.9, 12.5, seed * 7919, 1);
        List<PurchaseBudget> budgets = List.of(new PurchaseBudget(planStart, 5000.5), new PurchaseBudget(planStart.plus(3), 0));
        PlanningInput input = new PlanningInput("sample " + seed + ".xlsx", settings, resources, workloads, pools, types,
                nodes, usage, demand, budgets);

        ImportMapping mapping = ImportMapping.automatic().withSheet("Export").withHeader(2, 3)
                .withLayout(ImportMapping.Layout.LONG).withColumns("ts", "vm", null, "p95")
                .withFixed(null, "GiB").withDecimalComma(true).withZone(ZoneId.of("Europe/Berlin"));
        List<ProjectImport> imports = List.of(new ProjectImport("usage-2025-10.xlsx", "ab".repeat(32), mapping),
                new ProjectImport("hand kept.csv", "", ImportMapping.automatic()));
        List<Scenario> scenarios = scenarios(workloads.get(0).name(), resources.get(0).name(), planStart);
        List<ScenarioPlan> plans = List.of(new ScenarioPlan(Scenario.BASELINE, plan(rnd, planStart, workloads, resources)),
                new ScenarioPlan(scenarios.get(0).name(), plan(rnd, planStart, workloads, resources)));
        return new Project(input, imports, scenarios, plans, List.of("first note", "line one\nline two ünïcødé"),
                forecastChoices(rnd, usage, planStart));
    }

    /** A model forced for a few series and adjustments of every kind, some negative, some for the same series. */
    static ForecastChoices forecastChoices(Random rnd, List<TimeSeries> usage, Period planStart) {
        String[] models = {"theta", "ets", "seasonal-trend", "naive"};
        ForecastChoices choices = ForecastChoices.NONE;
        for (int i = 0; i < usage.size(); i += 3) {
            choices = choices.withModel(usage.get(i).key(), models[rnd.nextInt(models.length)]);
        }
        for (int i = 0; i < Math.min(usage.size(), 12); i++) {
            SeriesKey key = usage.get(rnd.nextInt(usage.size())).key();
            Period at = planStart.plus(rnd.nextInt(12));
            choices = choices.withAdjustment(new ForecastAdjustment(key, ForecastAdjustment.Kind.values()[i % 4], at,
                    i % 4 == 3 ? rnd.nextDouble() * 50 : rnd.nextDouble() * 40 - 20));
        }
        return choices;
    }

    static List<Scenario> scenarios(String workload, String resource, Period from) {
        return List.of(
                new Scenario("project X in March", "what if project X lands in March?", List.of(
                        new ScenarioChange.NewWorkload(Workload.anywhere("X"), from.plus(2), Map.of(resource, 12.5), Optional.empty()),
                        new ScenarioChange.NewWorkload(new Workload("X2", PlacementMode.POOL, Optional.of("eu-1"), Set.of(),
                                Optional.empty()), from.plus(3), Map.of(), Optional.of(workload)),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.WORKLOAD, workload, 12.5, from.plus(1)),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.POOL, "us 2", -20, from),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.RESOURCE, resource, 0.1, from.plus(5)),
                        new ScenarioChange.Decommission(workload, from.plus(9)))),
                new Scenario("spares and prices", "", List.of(new ScenarioChange.HaSpares("*", 2),
                        new ScenarioChange.NodeCost("type-1", 15), new ScenarioChange.LeadTime("*", 3),
                        new ScenarioChange.TargetUtilization(resource, 0.65), new ScenarioChange.SizingQuantile(0.95),
                        new ScenarioChange.Budget(from.plus(1), 12345.678))),
                new Scenario("empty", "nothing changes", List.of()));
    }

    private static Plan plan(Random rnd, Period from, List<Workload> workloads, List<Resource> resources) {
        List<Period> periods = List.of(from, from.plus(1), from.plus(2));
        List<SeriesForecast> forecasts = new ArrayList<>();
        for (Workload w : workloads.subList(0, Math.min(5, workloads.size()))) {
            double[] point = {rnd.nextDouble(), rnd.nextDouble(), Double.NaN};
            TreeMap<Double, double[]> q = new TreeMap<>(Map.of(0.1, point.clone(), 0.9, new double[] {5, 6, 7}));
            forecasts.add(new SeriesForecast(new SeriesKey(w.name(), resources.get(0).name()), from, point, q, "ets(A,N,N)",
                    new BacktestAccuracy(rnd.nextDouble(), Double.NaN, 0.8, 0.95, 3)));
        }
        return new Plan(PlanStatus.values()[rnd.nextInt(4)], rnd.nextDouble() * 1e6,
                rnd.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(rnd.nextDouble()), rnd.nextDouble(), periods,
                List.of(new Purchase("eu-1", "type-0", from.plus(1), 3, from, 3000.5)),
                List.of(new UnmetDemand("ap;3", resources.get(0).name(), from.plus(2), 1.25, "no space: max_nodes 7")),
                List.of(new Utilization("eu-1", resources.get(0).name(), from, 100, 80.5)),
                List.of(new Assignment(workloads.get(0).name(), from, "eu-1", ""), new Assignment("w1", from, "eu-1", "eu-1/type-0#2")),
                List.of(new Runway("eu-1", resources.get(0).name(), Optional.of(from.plus(1)), 1),
                        new Runway("us 2", resources.get(0).name(), Optional.empty(), 3)),
                forecasts);
    }
}
