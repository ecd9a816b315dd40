package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.ImportSummary;
import dev.headroom.io.usage.UsageImporter;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code headroom validate}: import only; print what was read, or every problem (exit 2). A planning
 * workbook (one with Resources, Pools or NodeTypes) is read whole; any other file is read as usage
 * history (CSV, .xlsx, .xls, .ods) and its import summary printed.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read a planning workbook or a usage file and report what was read, or every problem in it.")
final class ValidateCommand implements Callable<Integer> {

    private final PlanningService planning;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The file to check.")
    private Path input;

    ValidateCommand(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public Integer call() {
        OutputPaths.checkInput(input, "--input");
        PrintWriter out = spec.commandLine().getOut();
        if (PlanningWorkbookReader.isPlanningWorkbook(input)) {
            planningWorkbook(planning.load(input), out);
        } else {
            // Usage history alone: the importer's own summary says what was read and what was skipped.
            ImportSummary summary = UsageImporter.read(input, ImportMapping.automatic(), ImportOptions.defaults()).summary();
            summary.lines().forEach(out::println);
        }
        return ExitCodes.DONE;
    }

    private void planningWorkbook(PlanningInput in, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: valid planning workbook%n", input.getFileName());
        out.printf(Locale.ROOT, "  %d resources, %d workloads, %d pools, %d node types, %d existing nodes%n",
                in.resources().size(), in.workloads().size(), in.pools().size(), in.nodeTypes().size(),
                in.inventory().stream().mapToInt(n -> n.count()).sum());
        List<TimeSeries> usage = in.usage();
        if (!usage.isEmpty()) {
            Period first = usage.stream().map(TimeSeries::start).min(Period::compareTo).orElseThrow();
            Period last = usage.stream().map(TimeSeries::end).max(Period::compareTo).orElseThrow();
            long observations = usage.stream().mapToLong(s -> Arrays.stream(s.values())
                    .filter(v -> !Double.isNaN(v)).count()).sum();
            out.printf(Locale.ROOT, "  usage: %d series, %d observations, %s to %s%n", usage.size(), observations,
                    first, last);
            out.printf(Locale.ROOT, "  resources: %s%n", String.join(", ", in.resources().stream()
                    .map(r -> r.unit().isEmpty() ? r.name() : r.name() + " (" + r.unit() + ")").toList()));
        }
        List<KnownDemand> known = in.knownDemand();
        if (!known.isEmpty()) {
            out.printf(Locale.ROOT, "  known demand: %d rows for %d workloads%n", known.size(),
                    known.stream().map(KnownDemand::workload).distinct().count());
        }
        List<Period> planned = in.plannedPeriods();
        out.printf(Locale.ROOT, "  plan: %s to %s (%d %s periods), sizing quantile %.2f%n", planned.getFirst(),
                planned.getLast(), planned.size(), in.settings().frequency(), in.settings().sizingQuantile());
    }
}
