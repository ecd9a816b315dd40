package dev.headroom.app.service;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectImports;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusAuth;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusImporter;
import dev.headroom.io.prometheus.PrometheusOptions;
import dev.headroom.io.prometheus.PrometheusUsage;
import dev.headroom.io.csv.UsageCsvWriter;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports from Prometheus as the command line and the import wizard make them: fetched and rolled up (all or
 * nothing), written as a usage file, merged into a project that keeps the import's definition, and refreshed
 * later from that definition.
 */
public final class PrometheusImports {

    /** Where secrets come from: the environment and, when a variable is not named, the planner. */
    public record Secrets(Map<String, String> environment, Supplier<Optional<char[]>> ask) {
        public Secrets {
            environment = Map.copyOf(environment);
        }

        /** The process environment; nobody to ask. */
        public static Secrets fromEnvironment() {
            return new Secrets(System.getenv(), Optional::empty);
        }

        PrometheusAuth resolve(Credentials credentials) {
            try {
                return credentials.resolve(environment, ask);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(InputProblem.general("", e.getMessage()));
            }
        }
    }

    private final PrometheusOptions options;

    public PrometheusImports(PrometheusOptions options) {
        this.options = options;
    }

    /**
     * Fetches and rolls up an import.
     *
     * @param aggregations each resource's roll-up; p95 for those not listed
     * @throws InvalidInputException saying what failed, nothing imported
     */
    public PrometheusUsage fetch(PrometheusImport definition, PrometheusAuth auth, Map<String, Aggregation> aggregations,
                                 ProgressListener progress, Cancellation cancellation) {
        return PrometheusImporter.read(definition, auth, aggregations, options, progress, cancellation);
    }

    /** Writes the series as a usage file in CONTRACT §3's long layout. */
    public void writeUsage(PrometheusUsage usage, Path out) {
        UsageCsvWriter.write(usage.series(), out);
    }

    /**
     * The roll-up of each resource: the project's for the resources it has (its history is already rolled up
     * so), the planner's choices for the others.
     *
     * @throws IllegalArgumentException when a choice contradicts the project's roll-up of a resource
     */
    public static Map<String, Aggregation> aggregations(Optional<PlanningInput> project, Map<String, Aggregation> chosen) {
        Map<String, Aggregation> result = new LinkedHashMap<>(chosen);
        project.ifPresent(input -> {
            for (Resource r : input.resources()) {
                Aggregation asked = chosen.get(r.name());
                if (asked != null && asked != r.aggregation()) {
                    throw new InvalidValueException(null, ReaderWords.of("prometheus.aggregationContradicts", r.name(),
                            r.aggregation(), asked));
                }
                result.put(r.name(), r.aggregation());
            }
        });
        return result;
    }

    /**
     * Merges an import into a project, adding the resources and workloads new to it, and keeps its definition.
     *
     * @throws InvalidInputException when the merged input breaks a cross-check
     */
    public static Project into(Project project, PrometheusUsage usage, Map<String, Aggregation> rollUp) {
        return into(project, usage, rollUp, ProjectDefaults.standard());
    }

    /** As {@link #into(Project, PrometheusUsage, Map)}, new resources getting the target use of {@code defaults}. */
    public static Project into(Project project, PrometheusUsage usage, Map<String, Aggregation> rollUp,
                               ProjectDefaults defaults) {
        Project widened = UsageImports.widen(project, usage.series(), Map.of(), Map.of(), rollUp, defaults);
        return ProjectImports.recordPrometheus(widened, usage);
    }

    /** A new project of an import alone (see {@link UsageImports#newProject}), keeping its definition. */
    public static Project newProject(String name, PrometheusUsage usage, Map<String, Aggregation> rollUp) {
        return newProject(name, usage, rollUp, ProjectDefaults.standard());
    }

    /** As {@link #newProject(String, PrometheusUsage, Map)}, with the planner's defaults of new projects. */
    public static Project newProject(String name, PrometheusUsage usage, Map<String, Aggregation> rollUp,
                                     ProjectDefaults defaults) {
        PlanningInput input = UsageImports.newInput(name, usage.series(), Map.of(), Map.of(),
                usage.definition().frequency(), rollUp, defaults);
        return Project.of(input).withPrometheusImports(List.of(usage.definition()));
    }

    /**
     * Fetches every import the project keeps again, from the start of the period each last imported through
     * {@code lastDay}, and merges the series: new periods are appended and the last, likely cut short, is replaced.
     * All or nothing: when one import fails, the project is returned by no one and nothing changes.
     *
     * @throws InvalidInputException when the project keeps no import from Prometheus, or one fails
     */
    public Project refresh(Project project, LocalDate lastDay, Secrets secrets, ProgressListener progress,
                           Cancellation cancellation) {
        return applyRefresh(project, fetchRefresh(project, lastDay, kept -> secrets.resolve(kept.credentials()),
                progress, cancellation));
    }

    /**
     * The first half of {@link #refresh}: fetches every import the project keeps again (see
     * {@link ProjectImports#refreshOf}) without touching the project, so that the window can fetch in the background
     * and apply the result as one edit on its own thread.
     *
     * @param auth the authentication of each kept import, its secret already at hand
     * @throws InvalidInputException when the project keeps no import from Prometheus, or one fails
     */
    public List<PrometheusUsage> fetchRefresh(Project project, LocalDate lastDay,
                                              Function<PrometheusImport, PrometheusAuth> auth,
                                              ProgressListener progress, Cancellation cancellation) {
        if (project.prometheusImports().isEmpty()) {
            throw new InvalidInputException(InputProblem.general("", "the project keeps no import from Prometheus to"
                    + " refresh; make one with headroom import-prometheus ... --save-project"));
        }
        Map<String, Aggregation> rollUp = rollUpOf(project);
        List<PrometheusUsage> fetched = new ArrayList<>();
        for (PrometheusImport kept : project.prometheusImports()) {
            PrometheusImport run = ProjectImports.refreshOf(kept, lastDay);
            fetched.add(fetch(run, auth.apply(kept), rollUp, progress, cancellation));
        }
        return List.copyOf(fetched);
    }

    /**
     * The second half of {@link #refresh}: merges what {@link #fetchRefresh} read into the project, each import's
     * definition extended to its new last day.
     *
     * @throws InvalidInputException when the merged input breaks a cross-check
     */
    public static Project applyRefresh(Project project, List<PrometheusUsage> fetched) {
        Map<String, Aggregation> rollUp = rollUpOf(project);
        Project result = project;
        for (PrometheusUsage usage : fetched) {
            result = into(result, usage, rollUp);
        }
        return result;
    }

    private static Map<String, Aggregation> rollUpOf(Project project) {
        Map<String, Aggregation> rollUp = new HashMap<>();
        project.input().resources().forEach(r -> rollUp.put(r.name(), r.aggregation()));
        return rollUp;
    }

    /**
     * Whether the secret of these credentials must be asked for: they name no environment variable, or one that
     * is not set in {@code environment}.
     */
    public static boolean needsSecret(Credentials credentials, Map<String, String> environment) {
        if (credentials.kind() == Credentials.Kind.NONE) {
            return false;
        }
        String variable = credentials.secretVariable();
        return variable.isEmpty() || environment.getOrDefault(variable, "").isEmpty();
    }

    /** The authentication of these credentials with a secret the planner typed (kept in memory only). */
    public static PrometheusAuth auth(Credentials credentials, char[] secret) {
        return switch (credentials.kind()) {
            case NONE -> PrometheusAuth.NONE;
            case BASIC -> PrometheusAuth.basic(credentials.user(), secret);
            case BEARER -> PrometheusAuth.bearer(secret);
        };
    }

    /** The authentication of a definition, its secret from where the definition says. */
    public static PrometheusAuth auth(PrometheusImport definition, Secrets secrets) {
        return secrets.resolve(definition.credentials());
    }
}
