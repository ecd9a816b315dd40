package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.app.service.ProjectService;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.report.PaperSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code headroom plan}: read a planning workbook, forecast, plan, write the plan. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Forecast demand and find the cheapest plan of purchases and placement.")
final class PlanCommand implements Callable<Integer> {

    private final PlanningService planning;
    private final PrometheusImports prometheus;
    private final PrometheusImports.Secrets secrets;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "WORKBOOK.xlsx|PROJECT.headroom",
            description = "The planning workbook (see 'headroom template') or a Headroom project.")
    private Path input;

    @Option(names = "--save-project", paramLabel = "PROJECT.headroom",
            description = "Also save the input, its scenarios and the plans made as a Headroom project.")
    private Path saveProject;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Plan this scenario instead of the baseline.")
    private String scenario;

    @Option(names = "--all-scenarios", description = "Plan the baseline and every scenario; each scenario's plan"
            + " goes beside --out (and --json) as NAME-SCENARIO.xlsx, and the scenarios are compared (here, in the"
            + " Comparison sheet of --out and a page of --report).")
    private boolean allScenarios;

    @Option(names = "--out", required = true, paramLabel = "PLAN.xlsx", description = "Where to write the plan workbook.")
    private Path out;

    @Option(names = "--json", paramLabel = "SUMMARY.json", description = "Also write the plan's summary as JSON.")
    private Path json;

    @Option(names = "--report", paramLabel = "PLAN.pdf",
            description = "Also write the printable plan report (PDF).")
    private Path report;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Paper size of the report (default: ${DEFAULT-VALUE}).")
    private String paper;

    @Option(names = "--lang", paramLabel = "en|zh-CN", defaultValue = "en",
            description = "Language of the report: English or Simplified Chinese (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Option(names = "--csv", paramLabel = "DIR",
            description = "Also write the plan's tables as CSV files into this folder (created when missing).")
    private Path csv;

    @Option(names = "--csv-bom", description = "Start the CSV files with a byte order mark, for Excel.")
    private boolean csvBom;

    @Option(names = "--horizon", paramLabel = "N", description = "Periods to plan (overrides the workbook's setting).")
    private Integer horizon;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "How long the solver may search (overrides the workbook's setting).")
    private Double timeLimit;

    @Option(names = "--threads", paramLabel = "N", description = "Solver threads; 1 (the default) repeats exactly.")
    private Integer threads;

    @Option(names = "--refresh", description = "First fetch what the project's imports from Prometheus have not yet"
            + " imported (through yesterday, UTC), merge it and save the project; without it nothing is fetched.")
    private boolean refresh;

    @Option(names = "--refresh-until", paramLabel = "DATE",
            description = "With --refresh: the last day to fetch, YYYY-MM-DD (default: yesterday, UTC).")
    private String refreshUntil;

    PlanCommand(PlanningService planning, PrometheusImports prometheus, PrometheusImports.Secrets secrets) {
        this.planning = planning;
        this.prometheus = prometheus;
        this.secrets = secrets;
    }

    @Override
    public Integer call() {
        OutputPaths.checkInput(input, "--input");
        Path outPath = OutputPaths.check(out, "--out", ".xlsx");
        Path jsonPath = json == null ? null : OutputPaths.check(json, "--json", ".json");
        Path reportPath = report == null ? null : OutputPaths.check(report, "--report", ".pdf");
        PaperSize paperSize = paperSize();
        Locale reportLocale = reportLocale();
        Path csvPath = csv == null ? null : csvFolder(csv);
        Path projectPath = saveProject == null ? null
                : OutputPaths.check(saveProject, "--save-project", ProjectFile.EXTENSION);
        if (refresh) {
            refreshFromPrometheus();
        } else if (refreshUntil != null) {
            throw new UsageException("--refresh-until needs --refresh");
        }
        ScenarioRuns runs = ScenarioRuns.load(planning, input, this::withOverrides, scenario, allScenarios);
        PlanningInput loaded = runs.firstInput();
        Plan plan = runs.planFirst(planning);
        PlanSummaryText.print(plan, loaded, spec.commandLine().getOut());
        // The first plan's workbook and report compare every scenario, so the others are planned first.
        ScenarioComparison comparison = runs.planTheRest(planning, outPath, jsonPath, spec.commandLine().getOut())
                .orElse(null);
        planning.writePlanWorkbook(plan, loaded, comparison, outPath);
        if (jsonPath != null) {
            planning.writeSummaryJson(plan, jsonPath);
        }
        if (reportPath != null) {
            planning.writeReport(plan, loaded, comparison, reportPath, paperSize, reportLocale);
        }
        if (csvPath != null) {
            planning.writeCsv(plan, loaded, csvPath, csvBom);
        }
        if (projectPath != null) {
            runs.saveProject(projectPath);
        }
        return ExitCodes.DONE;
    }

    /** Refreshes the project's imports from Prometheus and saves it in place, before it is read for planning. */
    private void refreshFromPrometheus() {
        if (!ProjectService.isProject(input)) {
            throw new UsageException("--refresh needs a project (.headroom) that keeps an import from Prometheus, not "
                    + input.getFileName());
        }
        LocalDate lastDay;
        try {
            lastDay = refreshUntil == null ? LocalDate.now(ZoneOffset.UTC).minusDays(1) : LocalDate.parse(refreshUntil.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--refresh-until \"" + refreshUntil + "\" is not a day: write YYYY-MM-DD");
        }
        Project before = ProjectFile.read(input);
        Project after = prometheus.refresh(before, lastDay, secrets, ProgressListener.NONE, Cancellation.NEVER);
        ProjectFile.write(input, after);
        PrintWriter out = spec.commandLine().getOut();
        for (PrometheusImport p : after.prometheusImports()) {
            out.println("Refreshed from Prometheus " + p.server() + ": " + p.from() + " to " + p.to() + " (UTC)");
        }
    }

    /** en or zh-CN (also zh, zh_CN, any case): checked before planning, so a typo costs no solver time. */
    private Locale reportLocale() {
        return switch (lang.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "en" -> Locale.ENGLISH;
            case "zh", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
            default -> throw new UsageException("--lang: " + lang + " is not a report language; use en or zh-CN");
        };
    }

    private PaperSize paperSize() {
        try {
            return PaperSize.parse(paper);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--paper: " + e.getMessage());
        }
    }

    /** The CSV folder: it may exist (as a folder) or not yet, but the folder holding it must. */
    private static Path csvFolder(Path dir) {
        Path absolute = dir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new UsageException("--csv " + dir + " is a file, not a folder");
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--csv " + dir + ": the folder " + parent + " does not exist");
        }
        return absolute;
    }

    private PlanningInput withOverrides(PlanningInput in) {
        var settings = in.settings();
        try {
            if (horizon != null) {
                settings = settings.withHorizon(horizon);
            }
            if (timeLimit != null) {
                settings = settings.withTimeLimit(timeLimit);
            }
            if (threads != null) {
                settings = settings.withThreads(threads);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return in.withSettings(settings);
    }
}
