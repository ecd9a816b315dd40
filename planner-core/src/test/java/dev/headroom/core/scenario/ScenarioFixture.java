package dev.headroom.core.scenario;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small fleet to apply scenarios to: web pinned to eu, db allowed only in us, batch anywhere; web and db
 * have cpu and memory history to 2024-12, batch has known cpu demand of 4 in 2025-01..06; the plan runs
 * 2025-01..06.
 */
final class ScenarioFixture {
    private ScenarioFixture() {
    }

    static Period p(String text) {
        return Period.parse(text);
    }

    static PlanningInput input() {
        Settings settings = new Settings(Frequency.MONTH, 6, Optional.of(p("2025-01")), 0.9, 5, 42, 1);
        List<Resource> resources = List.of(new Resource("cpu", "cores"), new Resource("memory", "GiB"));
        List<Workload> workloads = List.of(
                new Workload("web", PlacementMode.POOL, Optional.of("eu"), Set.of(), Optional.empty()),
                new Workload("db", PlacementMode.POOL, Optional.empty(), Set.of("us"), Optional.empty()),
                Workload.anywhere("batch"));
        List<Pool> pools = List.of(new Pool("eu", 1, OptionalInt.empty()), new Pool("us", 0, OptionalInt.of(10)));
        List<NodeType> types = List.of(new NodeType("std", 100, 1, Map.of("cpu", 32.0, "memory", 128.0)),
                new NodeType("big", 250, 2, Map.of("cpu", 96.0, "memory", 512.0)));
        List<ExistingNodes> nodes = List.of(new ExistingNodes("eu", "std", 2, Optional.empty()),
                new ExistingNodes("us", "std", 1, Optional.of(p("2025-04"))));
        List<TimeSeries> usage = new ArrayList<>();
        for (String w : List.of("web", "db")) {
            for (String r : List.of("cpu", "memory")) {
                double[] values = new double[12];
                Arrays.setAll(values, i -> 10 + i);
                usage.add(new TimeSeries(new SeriesKey(w, r), p("2024-01"), values));
            }
        }
        List<KnownDemand> demand = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            demand.add(new KnownDemand(p("2025-01").plus(i), "batch", "cpu", 4));
        }
        return new PlanningInput("fleet.xlsx", settings, resources, workloads, pools, types, nodes, usage, demand);
    }

    /** Known demand of a workload and resource by period, in period order. */
    static TreeMap<Period, Double> demandOf(PlanningInput input, String workload, String resource) {
        TreeMap<Period, Double> out = new TreeMap<>();
        input.knownDemand().stream().filter(d -> d.workload().equals(workload) && d.resource().equals(resource))
                .forEach(d -> out.put(d.period(), d.demand()));
        return out;
    }

    /** Forecasts every series flat at 10 (point and every quantile) from the period after its history. */
    static Forecaster flatTen() {
        return (history, horizon, options, progress, cancellation) -> history.stream().map(s -> {
            double[] point = new double[horizon];
            Arrays.fill(point, 10);
            TreeMap<Double, double[]> q = new TreeMap<>();
            for (double level : options.quantiles()) {
                q.put(level, point.clone());
            }
            return new SeriesForecast(s.key(), s.end().next(), point, q, "flat", Double.NaN);
        }).toList();
    }

    static ForecastOptions options() {
        return ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS, 0.9);
    }
}
