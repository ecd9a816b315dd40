package dev.headroom.io.project;

import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusUsage;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Usage imports into a project, remembered so that next month's export is read the same way: an import's
 * series are merged into the project's usage history, and the import (file name, SHA-256, the mapping with what
 * was found filled in) is recorded.
 *
 * <p>Merging keeps what the project knew and lets the file win: a series the file has is extended to cover
 * both spans, each period taking the file's observation where it has one and the project's otherwise, so an
 * export of the last month alone adds that month and a full export corrects earlier months. A workload new to
 * the project may run in any pool.
 */
public final class ProjectImports {
    private ProjectImports() {
    }

    /**
     * Imports a usage file into the project with a mapping (automatic, or as the import wizard set it up).
     *
     * @throws InvalidInputException listing every problem in the file, or with the project (a resource the
     *                               node types have no capacity for, say)
     */
    public static Project importUsage(Project project, Path file, ImportMapping mapping) {
        PlanningInput input = project.input();
        ImportOptions options = new ImportOptions(java.util.Optional.of(input.settings().frequency()),
                input.resources().stream().collect(Collectors.toMap(Resource::name, Resource::aggregation)),
                input.resources().stream().filter(r -> !r.unit().isEmpty())
                        .collect(Collectors.toMap(Resource::name, Resource::unit)));
        return record(project, String.valueOf(file.getFileName()), UsageImporter.read(file, mapping, options));
    }

    /**
     * Merges an import already read (by the import wizard, which showed it before the planner confirmed) into the
     * project and records it. The project must already define the import's resources; workloads new to it may run
     * in any pool unless the project lists them already.
     *
     * @throws InvalidInputException when the merged input breaks a cross-check (a resource it does not define)
     */
    public static Project record(Project project, String fileName, UsageImport imported) {
        List<ProjectImport> imports = new ArrayList<>(project.imports());
        imports.add(new ProjectImport(fileName, imported.sha256(), imported.mapping()));
        return project.withInput(merge(project.input(), imported.series())).withImports(imports);
    }

    /**
     * Merges an import from Prometheus into the project (its series win where they have an observation, as a file's
     * do) and keeps its definition: a refresh of a kept import replaces it (same server, label and queries) with its
     * new days, counted from the first day it ever imported.
     *
     * @throws InvalidInputException when the merged input breaks a cross-check (a resource it does not define)
     */
    public static Project recordPrometheus(Project project, PrometheusUsage imported) {
        PrometheusImport run = imported.definition();
        List<PrometheusImport> kept = new ArrayList<>();
        boolean replaced = false;
        for (PrometheusImport p : project.prometheusImports()) {
            if (!replaced && sameSource(p, run)) {
                LocalDate from = p.from().isBefore(run.from()) ? p.from() : run.from();
                LocalDate to = p.to().isAfter(run.to()) ? p.to() : run.to();
                kept.add(run.withDays(from, to));
                replaced = true;
            } else {
                kept.add(p);
            }
        }
        if (!replaced) {
            kept.add(run);
        }
        return project.withInput(merge(project.input(), imported.series())).withPrometheusImports(kept);
    }

    /**
     * What a refresh of a kept import fetches: from the first day of the planning period holding the last day
     * imported (that period was likely cut short, and a roll-up needs all of its samples) through {@code lastDay}.
     */
    public static PrometheusImport refreshOf(PrometheusImport kept, LocalDate lastDay) {
        LocalDate from = Period.containing(kept.frequency(), kept.to()).start();
        LocalDate to = lastDay.isBefore(kept.to()) ? kept.to() : lastDay;
        return kept.withDays(from.isBefore(kept.from()) ? kept.from() : from, to);
    }

    private static boolean sameSource(PrometheusImport a, PrometheusImport b) {
        return a.server().equals(b.server()) && a.label().equals(b.label()) && a.queries().equals(b.queries())
                && a.frequency() == b.frequency();
    }

    /** Imports next month's file the way an earlier import was read, with that import's mapping. */
    public static Project reimport(Project project, ProjectImport earlier, Path file) {
        return importUsage(project, file, earlier.mapping());
    }

    static PlanningInput merge(PlanningInput input, List<TimeSeries> imported) {
        Map<SeriesKey, TimeSeries> usage = new LinkedHashMap<>();
        input.usage().forEach(s -> usage.put(s.key(), s));
        for (TimeSeries s : imported) {
            usage.merge(s.key(), s, ProjectImports::combine);
        }
        Set<String> known = new HashSet<>();
        input.workloads().forEach(w -> known.add(w.name()));
        List<Workload> workloads = new ArrayList<>(input.workloads());
        for (TimeSeries s : imported) {
            if (known.add(s.key().workload())) {
                workloads.add(Workload.anywhere(s.key().workload()));
            }
        }
        return new PlanningInput(input.name(), input.settings(), input.resources(), workloads, input.pools(),
                input.nodeTypes(), input.inventory(), List.copyOf(usage.values()), input.knownDemand(), input.budgets());
    }

    /** Both spans; the newer file's observation wins where it has one. */
    private static TimeSeries combine(TimeSeries older, TimeSeries newer) {
        Period start = older.start().isBefore(newer.start()) ? older.start() : newer.start();
        Period end = older.end().isAfter(newer.end()) ? older.end() : newer.end();
        double[] values = new double[Math.toIntExact(start.until(end) + 1)];
        Arrays.fill(values, Double.NaN);
        copy(older, start, values);
        copy(newer, start, values);
        return new TimeSeries(newer.key(), start, values);
    }

    private static void copy(TimeSeries s, Period start, double[] into) {
        int offset = Math.toIntExact(start.until(s.start()));
        for (int i = 0; i < s.length(); i++) {
            if (!Double.isNaN(s.valueAt(i))) {
                into[offset + i] = s.valueAt(i);
            }
        }
    }
}
