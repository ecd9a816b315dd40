package dev.headroom.app.cli;

import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What {@code headroom plan} and {@code headroom scenarios} read and plan: a planning workbook (with its
 * optional Scenarios sheet) or a project file, the scenarios chosen, and the plans made for them.
 */
final class ScenarioRuns {

    private final Project project;
    private final List<Scenario> chosen;
    private final List<ScenarioPlan> plans = new ArrayList<>();

    private ScenarioRuns(Project project, List<Scenario> chosen) {
        this.project = project;
        this.chosen = chosen;
    }

    /** The project a file holds, or a project made of a planning workbook and its Scenarios sheet. */
    static Project read(PlanningService planning, Path input) {
        if (ProjectService.isProject(input)) {
            return ProjectFile.read(input);
        }
        return planning.loadProject(input);
    }

    /**
     * Reads the input and chooses what to plan: the baseline, the named scenario, or the baseline and every
     * scenario.
     *
     * @param overrides settings given on the command line, applied to the baseline before any scenario
     */
    static ScenarioRuns load(PlanningService planning, Path input, UnaryOperator<PlanningInput> overrides,
                             String scenario, boolean all) {
        if (scenario != null && all) {
            throw new UsageException("--scenario and --all-scenarios cannot be used together");
        }
        Project read = read(planning, input);
        Project project = read.withInput(overrides.apply(read.input()));
        List<Scenario> chosen;
        if (all) {
            chosen = project.allScenarios();
        } else if (scenario != null) {
            chosen = List.of(project.scenario(scenario).orElseThrow(() -> new UsageException("--scenario " + scenario
                    + ": " + input.getFileName() + " has no such scenario (it has: " + String.join(", ",
                    project.allScenarios().stream().map(Scenario::name).toList()) + ")")));
        } else {
            chosen = List.of(Scenario.baseline());
        }
        return new ScenarioRuns(project, chosen);
    }

    /** The input of the first scenario chosen, with that scenario's changes applied. */
    PlanningInput firstInput() {
        return chosen.getFirst().apply(project.input());
    }

    /** Plans the first scenario chosen. */
    Plan planFirst(PlanningService planning) {
        return plan(planning, chosen.getFirst());
    }

    private Plan plan(PlanningService planning, Scenario scenario) {
        Plan plan = planning.plan(scenario, project, ProgressListener.NONE, Cancellation.NEVER);
        plans.add(new ScenarioPlan(scenario.name(), plan));
        return plan;
    }

    /**
     * Plans every other scenario chosen (for {@code --all-scenarios}), writes each one's plan workbook (and JSON
     * summary) beside the first one's as {@code NAME-SCENARIO.xlsx}, and prints the scenarios side by side.
     *
     * @return the scenarios planned side by side, the first one's first; empty when only one was chosen
     */
    Optional<ScenarioComparison> planTheRest(PlanningService planning, Path out, Path json, PrintWriter print) {
        if (chosen.size() < 2) {
            return Optional.empty();
        }
        Set<String> used = new HashSet<>();
        for (Scenario scenario : chosen.subList(1, chosen.size())) {
            Plan plan = plan(planning, scenario);
            String suffix = uniqueSlug(scenario.name(), used);
            Path scenarioOut = sibling(out, suffix);
            planning.writePlanWorkbook(plan, scenario.apply(project.input()), scenarioOut);
            if (json != null) {
                planning.writeSummaryJson(plan, sibling(json, suffix));
            }
            print.printf(Locale.ROOT, "Scenario %s: %s, total cost %,.2f -> %s%n", scenario.name(), plan.status(),
                    plan.totalCost(), scenarioOut.getFileName());
        }
        ScenarioComparison comparison = ScenarioComparison.of(plans);
        printComparison(comparison, print);
        return Optional.of(comparison);
    }

    /** Saves the input, its scenarios and the plans made (replacing earlier plans of the same scenarios). */
    void saveProject(Path file) {
        Set<String> planned = new HashSet<>();
        plans.forEach(p -> planned.add(p.scenario()));
        List<ScenarioPlan> kept = new ArrayList<>(project.plans().stream().filter(p -> !planned.contains(p.scenario())).toList());
        kept.addAll(plans);
        ProjectFile.write(file, project.withPlans(kept));
    }

    static void printComparison(ScenarioComparison comparison, PrintWriter out) {
        out.println("Scenarios side by side:");
        out.printf(Locale.ROOT, "  %-24s %-13s %14s %8s %12s  %s%n", "scenario", "status", "total cost", "nodes",
                "unmet", "first runway end");
        for (ScenarioComparison.Column c : comparison.scenarios()) {
            int nodes = c.purchases().values().stream().mapToInt(ScenarioComparison.Bought::nodes).sum();
            Optional<String> runway = c.runway().entrySet().stream().filter(e -> e.getValue().isPresent())
                    .min(java.util.Map.Entry.comparingByValue((a, b) -> a.orElseThrow().compareTo(b.orElseThrow())))
                    .map(e -> e.getValue().orElseThrow() + " (" + e.getKey().pool() + " " + e.getKey().resource() + ")");
            out.printf(Locale.ROOT, "  %-24s %-13s %,14.2f %8d %,12.2f  %s%n", c.scenario(), c.status(), c.totalCost(),
                    nodes, c.unmetTotal(), runway.orElse("none"));
        }
    }

    private static String uniqueSlug(String name, Set<String> used) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.isEmpty() ? "scenario" : slug;
        String candidate = slug;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = slug + "-" + i;
        }
        return candidate;
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "-" + suffix + name.substring(dot));
    }
}
