package dev.headroom.app.service;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectImport;
import dev.headroom.io.project.ProjectImports;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Usage imports as the import wizard makes them: read in full before the planner confirms (a dry run that
 * changes nothing), then merged into the open project or made into a new project, all or nothing. The new
 * project is the least the planning input's cross-checks accept, and {@link #stillMissing} says in words what
 * the planner must add before a plan means anything.
 */
public final class UsageImports {

    /** The pool of every workload when the file names none. */
    public static final String DEFAULT_POOL = "default";
    /** The node type a project made from usage alone starts with, to be given a price and capacity. */
    public static final String FIRST_NODE_TYPE = "node";

    private UsageImports() {
    }

    /** How the planner wants a resource read: the unit to convert its values to and how finer samples combine. */
    public record ResourceChoice(String resource, String unit, Aggregation aggregation) {
        public ResourceChoice {
            unit = unit == null ? "" : unit.strip();
        }
    }

    /**
     * The options for reading a file: into a project, its frequency and each of its resources' unit and roll-up
     * (which the planner cannot change here, as the project's history is already in them); then the planner's
     * choices for resources new to it; without a project, {@code frequency} or else the file's own.
     */
    public static ImportOptions options(Optional<PlanningInput> project, Optional<Frequency> frequency,
                                        List<ResourceChoice> choices) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (ResourceChoice c : choices) {
            aggregations.put(c.resource(), c.aggregation());
            if (!c.unit().isEmpty()) {
                units.put(c.resource(), c.unit());
            }
        }
        project.ifPresent(input -> input.resources().forEach(r -> {
            aggregations.put(r.name(), r.aggregation());
            if (r.unit().isEmpty()) {
                units.remove(r.name());
            } else {
                units.put(r.name(), r.unit());
            }
        }));
        Optional<Frequency> f = project.map(i -> i.settings().frequency()).or(() -> frequency);
        return new ImportOptions(f, aggregations, units);
    }

    /** Reads the whole file as an import would, changing nothing; problems come as an InvalidInputException. */
    public static UsageImport dryRun(Path file, ImportMapping mapping, ImportOptions options) {
        return UsageImporter.read(file, mapping, options);
    }

    /**
     * Merges a read import into the project: resources new to it are added with the planner's roll-up (and no
     * capacity on the existing node types yet), pools named in a pool column are added, workloads new to the
     * project run in the pool the file gives them (else anywhere), and the import is recorded.
     *
     * @throws dev.headroom.core.model.InvalidInputException when the result breaks a cross-check
     */
    public static Project into(Project project, Path file, UsageImport imported, Map<String, Aggregation> rollUp) {
        return into(project, file, imported, rollUp, ProjectDefaults.standard());
    }

    /** As {@link #into(Project, Path, UsageImport, Map)}, new resources getting the target use of {@code defaults}. */
    public static Project into(Project project, Path file, UsageImport imported, Map<String, Aggregation> rollUp,
                               ProjectDefaults defaults) {
        Project widened = widen(project, imported.series(), imported.units(), imported.pools(), rollUp, defaults);
        return ProjectImports.record(widened, String.valueOf(file.getFileName()), imported);
    }

    /**
     * The project with what the series need added (and not their usage): resources new to it with the planner's
     * roll-up and no capacity yet on the node types, the pools named, and the workloads new to it in their pool
     * (else anywhere). Shared by file imports and imports from Prometheus.
     */
    static Project widen(Project project, List<TimeSeries> series, Map<String, String> units,
                         Map<SeriesKey, String> poolOf, Map<String, Aggregation> rollUp) {
        return widen(project, series, units, poolOf, rollUp, ProjectDefaults.standard());
    }

    /** As {@link #widen(Project, List, Map, Map, Map)}, new resources getting the target use of {@code defaults}. */
    static Project widen(Project project, List<TimeSeries> series, Map<String, String> units,
                         Map<SeriesKey, String> poolOf, Map<String, Aggregation> rollUp, ProjectDefaults defaults) {
        PlanningInput input = project.input();
        List<Resource> resources = new ArrayList<>(input.resources());
        Set<String> known = resources.stream().map(Resource::name).collect(Collectors.toSet());
        for (Resource r : resourcesOf(series, units, rollUp, defaults)) {
            if (known.add(r.name())) {
                resources.add(r);
            }
        }
        List<NodeType> nodeTypes = input.nodeTypes().stream().map(t -> withResources(t, resources)).toList();
        List<Pool> pools = new ArrayList<>(input.pools());
        Set<String> poolNames = pools.stream().map(Pool::name).collect(Collectors.toSet());
        new LinkedHashSet<>(poolOf.values()).stream().filter(poolNames::add).map(Pool::of).forEach(pools::add);
        List<Workload> workloads = new ArrayList<>(input.workloads());
        Set<String> workloadNames = workloads.stream().map(Workload::name).collect(Collectors.toSet());
        for (Workload w : workloadsOf(series, poolOf)) {
            if (workloadNames.add(w.name())) {
                workloads.add(w);
            }
        }
        PlanningInput widened = new PlanningInput(input.name(), input.settings(), resources, workloads, pools, nodeTypes,
                input.inventory(), input.usage(), input.knownDemand(), input.budgets());
        return project.withInput(widened);
    }

    /**
     * A project from usage alone: the file's resources (with the planner's roll-up), workloads and pools (one per
     * value of a pool column, else {@value #DEFAULT_POOL}), planned by the file's frequency for a year ahead, and
     * one node type {@value #FIRST_NODE_TYPE} without price or capacity, since the input needs one; no nodes owned.
     */
    public static Project newProject(String name, Path file, UsageImport imported, Map<String, Aggregation> rollUp) {
        return newProject(name, file, imported, rollUp, ProjectDefaults.standard());
    }

    /**
     * As {@link #newProject(String, Path, UsageImport, Map)}, planned {@code defaults}' horizon ahead, sized for
     * its quantile, each resource with its target use.
     */
    public static Project newProject(String name, Path file, UsageImport imported, Map<String, Aggregation> rollUp,
                                     ProjectDefaults defaults) {
        PlanningInput input = newInput(name, imported.series(), imported.units(), imported.pools(),
                imported.summary().frequency(), rollUp, defaults);
        return Project.of(input).withImports(List.of(new ProjectImport(String.valueOf(file.getFileName()),
                imported.sha256(), imported.mapping())));
    }

    /** The planning input of a project made from usage alone, as {@link #newProject} describes it. */
    static PlanningInput newInput(String name, List<TimeSeries> series, Map<String, String> units,
                                  Map<SeriesKey, String> poolOf, Frequency frequency, Map<String, Aggregation> rollUp) {
        return newInput(name, series, units, poolOf, frequency, rollUp, ProjectDefaults.standard());
    }

    /** As {@link #newInput(String, List, Map, Map, Frequency, Map)}, with the planner's defaults of new projects. */
    static PlanningInput newInput(String name, List<TimeSeries> series, Map<String, String> units,
                                  Map<SeriesKey, String> poolOf, Frequency frequency, Map<String, Aggregation> rollUp,
                                  ProjectDefaults projectDefaults) {
        List<Resource> resources = resourcesOf(series, units, rollUp, projectDefaults);
        List<Workload> workloads = workloadsOf(series, poolOf);
        Set<String> poolNames = new LinkedHashSet<>(new TreeMap<>(invert(poolOf)).keySet());
        if (poolNames.isEmpty() || workloads.stream().anyMatch(w -> w.pinnedPool().isEmpty())) {
            poolNames.add(DEFAULT_POOL);
        }
        List<Pool> pools = poolNames.stream().map(Pool::of).toList();
        Settings defaults = Settings.defaults();
        Settings settings = new Settings(frequency, projectDefaults.horizon(frequency), Optional.empty(),
                projectDefaults.sizingQuantile(), defaults.timeLimitSeconds(), defaults.seed(), defaults.threads());
        NodeType node = withResources(new NodeType(FIRST_NODE_TYPE, 0, 0, Map.of()), resources);
        return new PlanningInput(name, settings, resources, workloads, pools, List.of(node), List.of(), series, List.of());
    }

    /** The file's resources in the order found, each with its unit and the planner's roll-up (p95 unless chosen). */
    private static List<Resource> resourcesOf(List<TimeSeries> series, Map<String, String> units,
                                              Map<String, Aggregation> rollUp, ProjectDefaults defaults) {
        Set<String> names = new LinkedHashSet<>();
        series.forEach(s -> names.add(s.key().resource()));
        return names.stream().map(r -> new Resource(r, units.getOrDefault(r, ""), defaults.targetUtilization(),
                rollUp.getOrDefault(r, Aggregation.P95))).toList();
    }

    /** The file's workloads in the order found, each pinned to the pool the file gives it, else free to run anywhere. */
    private static List<Workload> workloadsOf(List<TimeSeries> series, Map<SeriesKey, String> pools) {
        Map<String, String> poolOf = new LinkedHashMap<>();
        pools.forEach((key, pool) -> poolOf.putIfAbsent(key.workload(), pool));
        Set<String> names = new LinkedHashSet<>();
        series.stream().map(TimeSeries::key).map(SeriesKey::workload).forEach(names::add);
        return names.stream().map(w -> poolOf.containsKey(w)
                ? new Workload(w, PlacementMode.POOL, Optional.of(poolOf.get(w)), Set.of(), Optional.empty())
                : Workload.anywhere(w)).toList();
    }

    /** The node type with capacity 0 for each resource it did not list, as the input's cross-check asks. */
    private static NodeType withResources(NodeType type, List<Resource> resources) {
        Map<String, Double> capacity = new TreeMap<>(type.capacity());
        resources.forEach(r -> capacity.putIfAbsent(r.name(), 0.0));
        return new NodeType(type.name(), type.cost(), type.leadTime(), capacity);
    }

    private static Map<String, SeriesKey> invert(Map<SeriesKey, String> pools) {
        Map<String, SeriesKey> byPool = new LinkedHashMap<>();
        pools.forEach((key, pool) -> byPool.putIfAbsent(pool, key));
        return byPool;
    }
}
