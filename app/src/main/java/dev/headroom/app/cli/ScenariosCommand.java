package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ScenarioRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code headroom scenarios}: lists a project's (or a planning workbook's) scenarios, their changes and plans. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the scenarios of a Headroom project or of a planning workbook's Scenarios sheet.")
final class ScenariosCommand implements Callable<Integer> {

    private final PlanningService planning;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PROJECT.headroom",
            description = "The project (or a planning workbook with a Scenarios sheet).")
    private Path input;

    ScenariosCommand(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public Integer call() {
        OutputPaths.checkInput(input, "--input");
        Project project = ScenarioRuns.read(planning, input);
        PrintWriter out = spec.commandLine().getOut();
        for (Scenario s : project.allScenarios()) {
            out.printf(Locale.ROOT, "%s%s%n", s.name(), s.description().isEmpty() ? "" : ": " + s.description());
            for (ScenarioChange change : s.changes()) {
                out.println("  " + describe(ScenarioRow.of(change)));
            }
            for (ScenarioPlan p : project.plans()) {
                if (p.scenario().equals(s.name())) {
                    out.printf(Locale.ROOT, "  plan saved: %s, total cost %,.2f%n", p.plan().status(), p.plan().totalCost());
                }
            }
        }
        return ExitCodes.DONE;
    }

    /** A change in the words of the Scenarios sheet: {@code workload_growth web 10 from 2025-03}. */
    static String describe(ScenarioRow row) {
        List<String> parts = new ArrayList<>(List.of(row.change()));
        if (!row.target().isEmpty()) {
            parts.add(row.target());
        }
        if (!row.value().isEmpty()) {
            parts.add(row.value());
        }
        if (!row.copyOf().isEmpty()) {
            parts.add("copying " + row.copyOf());
        }
        if (!row.pool().isEmpty()) {
            parts.add("in pool " + row.pool());
        }
        if (!row.from().isEmpty()) {
            parts.add("from " + row.from());
        }
        return String.join(" ", parts);
    }
}
