package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code headroom template}: write a planning workbook to fill in, with instructions and a worked example. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write a planning workbook to fill in: every sheet with its columns, instructions, and a"
                + " small worked example (names starting with 'example-') to replace with your own.")
final class TemplateCommand implements Callable<Integer> {

    private final PlanningService planning;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write it.")
    private Path out;

    TemplateCommand(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public Integer call() {
        Path path = OutputPaths.check(out, "--out", ".xlsx");
        planning.writeTemplate(path);
        spec.commandLine().getOut().println("Wrote a planning workbook with a worked example to replace to " + out);
        return ExitCodes.DONE;
    }
}
