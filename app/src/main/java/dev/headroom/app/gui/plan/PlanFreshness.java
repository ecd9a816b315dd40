package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.io.project.Project;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether each scenario's plan still matches what it would be planned from now: the baseline input and the
 * scenario's changes and the forecast choices as they were when the plan was made. A plan made before the input,
 * the scenario or the forecast choices were edited is out of date until it is planned again. Plans in a project as it is opened count as up to date (the
 * file does not say otherwise). One instance per window, made when the window is, so every plan is seen.
 */
public final class PlanFreshness {

    /** A plan and what it was made from. */
    private record Origin(Plan plan, PlanningInput input, Optional<Scenario> scenario, ForecastChoices choices) {
    }

    private final Workspace workspace;
    private final Map<String, Origin> origins = new HashMap<>();

    public PlanFreshness(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        workspace.projectProperty().addListener((o, a, p) -> see(p));
        see(workspace.project().orElse(null));
    }

    /**
     * Says what a plan about to be stored was made from, when that may differ from the project at the time it
     * is stored (the input or the scenario edited while it was being planned).
     */
    public void madeFrom(String scenario, Plan plan, PlanningInput input, Scenario definition) {
        madeFrom(scenario, plan, input, definition, workspace.project().map(Project::forecastChoices)
                .orElse(ForecastChoices.NONE));
    }

    /** As {@link #madeFrom(String, Plan, PlanningInput, Scenario)}, with the forecast choices it was planned with. */
    public void madeFrom(String scenario, Plan plan, PlanningInput input, Scenario definition, ForecastChoices choices) {
        origins.put(scenario, new Origin(plan, input, Optional.of(definition), choices));
    }

    /** Whether the scenario has a plan that was made from another input or other changes than it has now. */
    public boolean isOutOfDate(String scenario) {
        Optional<Project> p = workspace.project();
        Origin origin = origins.get(scenario);
        if (p.isEmpty() || origin == null || workspace.plan(scenario).map(plan -> plan != origin.plan()).orElse(true)) {
            return false;
        }
        return origin.input() != p.get().input() || !origin.scenario().equals(p.get().scenario(scenario))
                || !origin.choices().equals(p.get().forecastChoices());
    }

    private void see(Project p) {
        if (p == null) {
            origins.clear();
            return;
        }
        origins.keySet().removeIf(name -> p.plans().stream().noneMatch(sp -> sp.scenario().equals(name)));
        for (ScenarioPlan sp : p.plans()) {
            Origin known = origins.get(sp.scenario());
            if (known == null || known.plan() != sp.plan()) {
                origins.put(sp.scenario(), new Origin(sp.plan(), p.input(), p.scenario(sp.scenario()),
                        p.forecastChoices()));
            }
        }
    }
}
