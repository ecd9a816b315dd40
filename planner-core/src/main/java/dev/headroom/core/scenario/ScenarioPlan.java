package dev.headroom.core.scenario;

import dev.headroom.core.plan.Plan;

import java.util.Objects;

/** The plan made for one scenario. */
public record ScenarioPlan(String scenario, Plan plan) {
    public ScenarioPlan {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(plan, "plan");
    }
}
