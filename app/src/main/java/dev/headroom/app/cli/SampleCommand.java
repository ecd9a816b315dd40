package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code headroom sample}: write the bundled sample planning workbook. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write the bundled sample planning workbook: 40 workloads, 3 pools, 36 months of history.")
final class SampleCommand implements Callable<Integer> {

    private final PlanningService planning;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write it.")
    private Path out;

    SampleCommand(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public Integer call() {
        Path path = OutputPaths.check(out, "--out", ".xlsx");
        planning.writeSample(path);
        spec.commandLine().getOut().println("Wrote the sample planning workbook to " + out);
        return ExitCodes.DONE;
    }
}
