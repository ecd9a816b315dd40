package dev.headroom.io.project;

import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.prometheus.PrometheusImport;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a {@code .headroom} project file holds: the planning input, the imports it came from, the
 * scenarios, the plans made, and free-text notes.
 *
 * @param input     the baseline planning input, usage history and known demand included
 * @param imports   the usage imports, so that next month's export can be imported the same way
 * @param scenarios the what-ifs, in the planner's order; the baseline is implied and not listed
 * @param plans     plans made, each for a scenario ({@link Scenario#BASELINE} for the input as it is)
 * @param notes     free-text notes, in order
 * @param forecastChoices the models the planner forced per series and the manual adjustments of forecasts; every
 *                  plan of the project uses them, in every scenario
 * @param prometheusImports imports from Prometheus, kept so that a refresh fetches the periods since (never with
 *                  a secret: the credentials name where the secret comes from)
 */
public record Project(PlanningInput input, List<ProjectImport> imports, List<Scenario> scenarios,
                      List<ScenarioPlan> plans, List<String> notes, ForecastChoices forecastChoices,
                      List<PrometheusImport> prometheusImports) {

    /** A project without imports from Prometheus. */
    public Project(PlanningInput input, List<ProjectImport> imports, List<Scenario> scenarios,
                   List<ScenarioPlan> plans, List<String> notes, ForecastChoices forecastChoices) {
        this(input, imports, scenarios, plans, notes, forecastChoices, List.of());
    }

    /** A project without forecast choices. */
    public Project(PlanningInput input, List<ProjectImport> imports, List<Scenario> scenarios,
                   List<ScenarioPlan> plans, List<String> notes) {
        this(input, imports, scenarios, plans, notes, ForecastChoices.NONE);
    }

    public Project {
        Objects.requireNonNull(input, "input");
        imports = List.copyOf(imports);
        scenarios = List.copyOf(scenarios);
        plans = List.copyOf(plans);
        notes = List.copyOf(notes);
        forecastChoices = forecastChoices == null ? ForecastChoices.NONE : forecastChoices;
        prometheusImports = prometheusImports == null ? List.of() : List.copyOf(prometheusImports);
        Set<String> names = new HashSet<>();
        for (Scenario s : scenarios) {
            if (s.name().equals(Scenario.BASELINE) || !names.add(s.name())) {
                throw new InvalidValueException(null, ReaderWords.of(s.name().equals(Scenario.BASELINE)
                        ? "project.baselineTwice" : "project.scenarioTwice", s.name()));
            }
        }
    }

    /** A project of an input alone. */
    public static Project of(PlanningInput input) {
        return new Project(input, List.of(), List.of(), List.of(), List.of());
    }

    /** The scenario of that name; {@link Scenario#BASELINE} gives the baseline. */
    public Optional<Scenario> scenario(String name) {
        if (name.equals(Scenario.BASELINE)) {
            return Optional.of(Scenario.baseline());
        }
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The baseline, then every what-if in order. */
    public List<Scenario> allScenarios() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(Scenario.baseline()), scenarios.stream()).toList();
    }

    public Project withInput(PlanningInput in) {
        return new Project(in, imports, scenarios, plans, notes, forecastChoices, prometheusImports);
    }

    public Project withScenarios(List<Scenario> s) {
        return new Project(input, imports, s, plans, notes, forecastChoices, prometheusImports);
    }

    public Project withPlans(List<ScenarioPlan> p) {
        return new Project(input, imports, scenarios, p, notes, forecastChoices, prometheusImports);
    }

    public Project withImports(List<ProjectImport> i) {
        return new Project(input, i, scenarios, plans, notes, forecastChoices, prometheusImports);
    }

    public Project withNotes(List<String> n) {
        return new Project(input, imports, scenarios, plans, n, forecastChoices, prometheusImports);
    }

    public Project withPrometheusImports(List<PrometheusImport> p) {
        return new Project(input, imports, scenarios, plans, notes, forecastChoices, p);
    }

    public Project withForecastChoices(ForecastChoices c) {
        return new Project(input, imports, scenarios, plans, notes, c, prometheusImports);
    }
}
