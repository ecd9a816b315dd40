package dev.headroom.app.cli;

import dev.headroom.app.service.PrometheusImports;
import dev.headroom.app.service.ProjectService;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusQuery;
import dev.headroom.io.prometheus.PrometheusUsage;
import dev.headroom.io.prometheus.Steps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code headroom import-prometheus}: usage history from Prometheus range queries, as a usage file (CONTRACT §3). */
@Command(name = "import-prometheus", mixinStandardHelpOptions = true,
        description = {"Import usage history from Prometheus: one PromQL query per resource, one series per value of"
                + " a label, rolled up to the planning period with each resource's aggregation, as a file import is.",
            "Days are UTC days; queries run at --from 00:00 UTC and every --step after, through the end of --to."},
        footer = {"", "Example (Kubernetes, cAdvisor):",
            "  headroom import-prometheus --url http://prometheus:9090 --by namespace --from 2025-01-01 --to 2025-12-31 \\",
            "    --query 'cpu=sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=\"\"}[5m]))' \\",
            "    --query 'memory=sum by (namespace) (container_memory_working_set_bytes{container!=\"\"}) / 2^30' \\",
            "    --out usage.csv"})
final class ImportPrometheusCommand implements Callable<Integer> {

    private final PrometheusImports prometheus;
    private final PrometheusImports.Secrets secrets;

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
            description = "The Prometheus server, e.g. http://prometheus:9090 (https checks the certificate against the"
                    + " system's trust store).")
    private String url;

    @Option(names = "--query", required = true, paramLabel = "RESOURCE=PROMQL",
            description = "A resource and the PromQL giving its usage, one series per workload; repeat per resource.")
    private List<String> queries;

    @Option(names = "--by", required = true, paramLabel = "LABEL",
            description = "The label naming each series' workload, e.g. namespace.")
    private String label;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day, YYYY-MM-DD (UTC).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day, YYYY-MM-DD (UTC), included.")
    private String to;

    @Option(names = "--step", defaultValue = "1h", paramLabel = "DURATION",
            description = "Time between samples, e.g. 5m, 1h (default: ${DEFAULT-VALUE}).")
    private String step;

    @Option(names = "--frequency", paramLabel = "month|week|day",
            description = "The planning period to roll up to (default: the project's, else month).")
    private String frequency;

    @Option(names = "--aggregation", paramLabel = "RESOURCE=AGGREGATION",
            description = "How a resource's samples combine per period: p95 (default), p99, max, mean, sum, last."
                    + " A project's resources keep their own.")
    private List<String> aggregations = List.of();

    @Option(names = "--user", paramLabel = "USER", description = "Basic authentication as this user.")
    private String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "The environment variable holding the password (default: asked for on the terminal).")
    private String passwordEnv;

    @Option(names = "--bearer-env", paramLabel = "VAR",
            description = "Bearer authentication with the token in this environment variable.")
    private String bearerEnv;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS",
            description = "How long one request may take (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Option(names = "--out", required = true, paramLabel = "USAGE.csv", description = "Where to write the usage history.")
    private Path out;

    @Option(names = "--save-project", paramLabel = "PROJECT.headroom",
            description = "Also merge the history into this project (created when missing) and keep the import, so"
                    + " that 'plan --input PROJECT --refresh' fetches the periods since. No secret is saved.")
    private Path saveProject;

    ImportPrometheusCommand(PrometheusImports prometheus, PrometheusImports.Secrets secrets) {
        this.prometheus = prometheus;
        this.secrets = secrets;
    }

    @Override
    public Integer call() {
        Path outPath = OutputPaths.check(out, "--out", ".csv");
        Path projectPath = saveProject == null ? null
                : OutputPaths.check(saveProject, "--save-project", ProjectFile.EXTENSION);
        Optional<Project> project = projectPath != null && Files.exists(projectPath)
                ? Optional.of(ProjectFile.read(projectPath)) : Optional.empty();
        PrometheusImport definition = definition(project.map(Project::input));
        Map<String, Aggregation> rollUp;
        try {
            rollUp = PrometheusImports.aggregations(project.map(Project::input), chosenAggregations());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--aggregation: " + e.getMessage());
        }
        PrometheusUsage usage = prometheus.fetch(definition, PrometheusImports.auth(definition, secrets), rollUp,
                ProgressListener.NONE, Cancellation.NEVER);
        Project saved = null;
        if (projectPath != null) {
            // Built before anything is written: a project the import does not fit leaves both files as they were.
            saved = project.map(p -> PrometheusImports.into(p, usage, rollUp))
                    .orElseGet(() -> PrometheusImports.newProject(name(projectPath), usage, rollUp));
        }
        prometheus.writeUsage(usage, outPath);
        if (saved != null) {
            ProjectFile.write(projectPath, saved);
        }
        var printed = spec.commandLine().getOut();
        usage.lines().forEach(printed::println);
        printed.println("Wrote " + out + (saved == null ? "" : " and saved the import in " + saveProject));
        return ExitCodes.DONE;
    }

    private PrometheusImport definition(Optional<PlanningInput> project) {
        URI server;
        try {
            server = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new UsageException("--url " + url + " is not a URL: " + e.getReason());
        }
        List<PrometheusQuery> parsed = queries.stream().map(q -> {
            try {
                return PrometheusQuery.parse(q);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--query " + e.getMessage());
            }
        }).toList();
        Duration stepDuration;
        try {
            stepDuration = Steps.parse(step);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--step: " + e.getMessage());
        }
        if (timeoutSeconds < 1) {
            throw new UsageException("--timeout must be at least 1 second, not " + timeoutSeconds);
        }
        try {
            return new PrometheusImport(server, credentials(), parsed, label, day("--from", from), day("--to", to),
                    stepDuration, frequency(project));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Frequency frequency(Optional<PlanningInput> project) {
        Optional<Frequency> own = project.map(p -> p.settings().frequency());
        if (frequency == null) {
            return own.orElse(Frequency.MONTH);
        }
        Frequency asked;
        try {
            asked = Frequency.parse(frequency);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--frequency: " + e.getMessage());
        }
        if (own.isPresent() && own.get() != asked) {
            throw new UsageException("--frequency " + frequency + ": the project " + saveProject + " plans by "
                    + own.get() + "; its history must be rolled up the same way");
        }
        return asked;
    }

    private Credentials credentials() {
        if (bearerEnv != null && (user != null || passwordEnv != null)) {
            throw new UsageException("--bearer-env cannot be used with --user or --password-env");
        }
        if (passwordEnv != null && user == null) {
            throw new UsageException("--password-env needs --user");
        }
        try {
            if (bearerEnv != null) {
                return Credentials.bearer(bearerEnv);
            }
            return user == null ? Credentials.NONE : Credentials.basic(user, passwordEnv);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Map<String, Aggregation> chosenAggregations() {
        Map<String, Aggregation> chosen = new LinkedHashMap<>();
        for (String a : aggregations) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--aggregation \"" + a + "\" is not RESOURCE=AGGREGATION (e.g. cpu=max)");
            }
            try {
                chosen.put(a.substring(0, eq).strip(), Aggregation.parse(a.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--aggregation " + a + ": " + e.getMessage());
            }
        }
        return chosen;
    }

    private static LocalDate day(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " \"" + text + "\" is not a day: write YYYY-MM-DD");
        }
    }

    private static String name(Path project) {
        String file = project.getFileName().toString();
        return file.substring(0, file.length() - ProjectFile.EXTENSION.length());
    }
}
