package dev.headroom.io.workbook;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The small worked example the template carries, so that a fresh template is itself a workbook that
 * validates and plans, and shows by example what each sheet holds. Every name in it starts with
 * {@value #PREFIX}, which the Instructions sheet points out: the planner replaces these rows with their own.
 * <p>
 * The example is sized to need purchases within the planned year: two growing workloads, one of them kept
 * on a single node, and a new project known only as future demand, in one pool of four nodes.
 */
final class TemplateExample {
    static final String PREFIX = "example-";
    static final String POOL = PREFIX + "pool";
    private static final Period FIRST_HISTORY = Period.parse("2024-01");
    private static final int HISTORY_MONTHS = 24;

    private TemplateExample() {
    }

    /** The example as the template's reader sees it, named {@code name} (the reader names inputs after their file). */
    static PlanningInput input(String name) {
        List<Resource> resources = List.of(new Resource("cpu", "cores", 0.8, Aggregation.P95),
                new Resource("memory", "GiB", 0.8, Aggregation.P95));
        List<Workload> workloads = List.of(
                new Workload(PREFIX + "web", PlacementMode.POOL, Optional.of(POOL), Set.of(), Optional.empty()),
                new Workload(PREFIX + "database", PlacementMode.NODE, Optional.empty(), Set.of(POOL), Optional.empty()),
                new Workload(PREFIX + "new-project", PlacementMode.POOL, Optional.empty(), Set.of(), Optional.empty()));
        List<Pool> pools = List.of(new Pool(POOL, 1, OptionalInt.of(20)));
        List<NodeType> nodeTypes = List.of(
                new NodeType(PREFIX + "small", 10_000, 2, Map.of("cpu", 32.0, "memory", 128.0)),
                new NodeType(PREFIX + "large", 18_000, 3, Map.of("cpu", 64.0, "memory", 512.0)));
        List<ExistingNodes> nodes = List.of(new ExistingNodes(POOL, PREFIX + "small", 4, Optional.empty()));
        List<TimeSeries> usage = List.of(
                growing(PREFIX + "web", "cpu", 20, 0.8, 2),
                growing(PREFIX + "web", "memory", 80, 2.5, 6),
                growing(PREFIX + "database", "cpu", 8, 0.15, 0.5),
                growing(PREFIX + "database", "memory", 64, 1.25, 0));
        List<KnownDemand> demand = new ArrayList<>();
        // The new project starts half-way through the planned year (2026-01 to 2026-12 after this history).
        for (Period p = Period.parse("2026-07"); !p.isAfter(Period.parse("2026-12")); p = p.plus(1)) {
            demand.add(new KnownDemand(p, PREFIX + "new-project", "cpu", 8));
            demand.add(new KnownDemand(p, PREFIX + "new-project", "memory", 32));
        }
        return new PlanningInput(name, Settings.defaults(), resources, workloads, pools, nodeTypes, nodes, usage,
                List.copyOf(demand));
    }

    /** A monthly series growing by {@code step} a month with a yearly swing, to one decimal like typed data. */
    private static TimeSeries growing(String workload, String resource, double start, double step, double swing) {
        double[] values = new double[HISTORY_MONTHS];
        for (int i = 0; i < values.length; i++) {
            double value = start + step * i + swing * Math.sin(2 * Math.PI * i / 12);
            values[i] = Math.round(value * 10) / 10.0;
        }
        return new TimeSeries(new SeriesKey(workload, resource), FIRST_HISTORY, values);
    }
}
