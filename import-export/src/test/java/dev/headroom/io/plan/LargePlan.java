package dev.headroom.io.plan;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeMap;

/**
 * A seeded plan at DESIGN.md's desktop scale: 2,000 workloads × 4 resources × 120 months of history,
 * 20 pools, 5 node types, 24 planned periods. The figures are made up; only the sizes matter.
 */
public final class LargePlan {
    private static final String[] RESOURCES = {"cpu", "memory", "storage", "network"};
    private static final String[] UNITS = {"cores", "GiB", "TiB", "Gbit/s"};

    private final PlanningInput input;
    private final Plan plan;

    private LargePlan(PlanningInput input, Plan plan) {
        this.input = input;
        this.plan = plan;
    }

    public PlanningInput input() {
        return input;
    }

    public Plan plan() {
        return plan;
    }

    public static LargePlan generate(int workloads, int historyMonths, int horizon, long seed) {
        Random random = new Random(seed);
        Period first = Period.parse("2015-01");
        Period start = first.plus(historyMonths);
        List<Resource> resources = new ArrayList<>();
        for (int r = 0; r < RESOURCES.length; r++) {
            resources.add(new Resource(RESOURCES[r], UNITS[r], 0.8, Aggregation.P95));
        }
        List<Pool> pools = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            pools.add(new Pool("pool-" + p, 1, OptionalInt.empty()));
        }
        List<NodeType> types = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            double size = 1 << t;
            types.add(new NodeType("type-" + t, 1000 * size, 2, Map.of("cpu", 16 * size, "memory", 64 * size,
                    "storage", 4 * size, "network", 10 * size)));
        }
        List<ExistingNodes> nodes = new ArrayList<>();
        pools.forEach(p -> nodes.add(new ExistingNodes(p.name(), "type-2", 10, Optional.empty())));
        List<Workload> list = new ArrayList<>();
        List<TimeSeries> usage = new ArrayList<>();
        List<SeriesForecast> forecasts = new ArrayList<>();
        List<Assignment> placement = new ArrayList<>();
        for (int w = 0; w < workloads; w++) {
            String name = "workload-" + w;
            list.add(Workload.anywhere(name));
            String pool = "pool-" + (w % pools.size());
            for (String resource : RESOURCES) {
                double level = 1 + random.nextDouble() * 20;
                double[] values = new double[historyMonths];
                for (int i = 0; i < historyMonths; i++) {
                    values[i] = level * (1 + 0.002 * i) + random.nextDouble();
                }
                SeriesKey key = new SeriesKey(name, resource);
                usage.add(new TimeSeries(key, first, values));
                double[] point = new double[horizon];
                TreeMap<Double, double[]> quantiles = new TreeMap<>();
                double[][] q = new double[4][horizon];
                for (int h = 0; h < horizon; h++) {
                    point[h] = level * (1 + 0.002 * (historyMonths + h));
                    double spread = 0.05 * point[h] * Math.sqrt(h + 1);
                    q[0][h] = point[h] - 2 * spread;
                    q[1][h] = point[h] - spread;
                    q[2][h] = point[h] + spread;
                    q[3][h] = point[h] + 2 * spread;
                }
                quantiles.put(0.025, q[0]);
                quantiles.put(0.1, q[1]);
                quantiles.put(0.9, q[2]);
                quantiles.put(0.975, q[3]);
                forecasts.add(new SeriesForecast(key, start, point, quantiles, "holt-winters", 0.7));
            }
            for (int h = 0; h < horizon; h++) {
                placement.add(new Assignment(name, start.plus(h), pool, ""));
            }
        }
        List<Period> periods = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        List<Utilization> utilization = new ArrayList<>();
        List<Runway> runway = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            periods.add(start.plus(h));
        }
        for (Pool p : pools) {
            for (int h = 3; h < horizon; h += 6) {
                purchases.add(new Purchase(p.name(), "type-3", start.plus(h), 2, start.plus(h - 2), 16000));
            }
            for (String resource : RESOURCES) {
                for (int h = 0; h < horizon; h++) {
                    utilization.add(new Utilization(p.name(), resource, start.plus(h), 1000 + 40 * (h / 6),
                            700 + 15 * h + random.nextDouble() * 50));
                }
                runway.add(new Runway(p.name(), resource, Optional.of(start.plus(12)), 12));
            }
        }
        List<UnmetDemand> unmet = List.of(new UnmetDemand("pool-0", "network", start.plus(5), 3.5,
                "no node type has enough network capacity for one node"));
        PlanningInput input = new PlanningInput("large.xlsx", Settings.defaults().withHorizon(horizon), resources,
                list, pools, types, nodes, usage, List.of());
        Plan plan = new Plan(PlanStatus.FEASIBLE, purchases.stream().mapToDouble(Purchase::cost).sum(),
                OptionalDouble.of(1_000_000), 12.5, periods, purchases, unmet, utilization, placement, runway, forecasts);
        return new LargePlan(input, plan);
    }
}
