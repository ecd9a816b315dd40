package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code headroom validate}: import only; print what was read, or every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Read a planning workbook and report what was read, or every problem in it.")
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
        PlanningInput in = planning.load(input);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: valid planning workbook%n", input.getFileName());
        out.printf(Locale.ROOT, "  %d resources, %d workloads, %d pools, %d node types, %d existing nodes%n",
                in.resources().size(), in.workloads().size(), in.pools().size(), in.nodeTypes().size(),
                in.inventory().stream().mapToInt(n -> n.count()).sum());
        List<TimeSeries> usage = in.usage();
        if (!usage.isEmpty()) {
            Period first = usage.stream().map(TimeSeries::start).min(Period::compareTo).orElseThrow();
            Period last = usage.stream().map(TimeSeries::end).max(Period::compareTo).orElseThrow();
            long observations = usage.stream().mapToLong(s -> java.util.Arrays.stream(s.values())
                    .filter(v -> !Double.isNaN(v)).count()).sum();
            out.printf(Locale.ROOT, "  usage: %d series, %d observations, %s to %s%n", usage.size(), observations,
                    first, last);
        }
        List<KnownDemand> known = in.knownDemand();
        if (!known.isEmpty()) {
            out.printf(Locale.ROOT, "  known demand: %d rows for %d workloads%n", known.size(),
                    known.stream().map(KnownDemand::workload).distinct().count());
        }
        List<Period> planned = in.plannedPeriods();
        out.printf(Locale.ROOT, "  plan: %s to %s (%d %s periods), sizing quantile %.2f%n", planned.getFirst(),
                planned.getLast(), planned.size(), in.settings().frequency(), in.settings().sizingQuantile());
        return ExitCodes.DONE;
    }
}
