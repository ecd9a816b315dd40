package dev.headroom.core.scenario;

import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.List;

/**
 * A named what-if: the baseline input with an ordered list of changes. The baseline itself is the
 * scenario without changes.
 *
 * @param name        unique within a project; compared as written
 * @param description what the planner wants to know, in their words (may be empty)
 * @param changes     applied in this order
 */
public record Scenario(String name, String description, List<ScenarioChange> changes) {

    /** The name of the scenario that changes nothing. */
    public static final String BASELINE = "baseline";

    public Scenario {
        if (name == null || name.isBlank()) {
            throw ModelWords.invalid("name.empty", ModelWords.thing("scenario"));
        }
        name = name.trim();
        description = description == null ? "" : description.strip();
        changes = List.copyOf(changes);
    }

    /** The input as it is. */
    public static Scenario baseline() {
        return new Scenario(BASELINE, "the input as it is", List.of());
    }

    /** Whether this scenario changes nothing. */
    public boolean isBaseline() {
        return changes.isEmpty();
    }

    /**
     * The baseline input with this scenario's changes: new workloads, decommissions, node type, pool,
     * resource and settings changes, and growth on known demand. Growth on forecast demand is applied by
     * {@link #forecaster}.
     *
     * @throws InvalidInputException naming this scenario and every workload, pool, resource or node type it
     *                               names that the input does not define
     */
    public PlanningInput apply(PlanningInput base) {
        return ScenarioInputs.apply(this, base);
    }

    /**
     * The forecaster for planning {@code applied} (this scenario's {@link #apply result}): the base
     * forecaster with this scenario's growth applied to every forecast it makes.
     */
    public Forecaster forecaster(Forecaster base, PlanningInput applied) {
        GrowthFactors growth = GrowthFactors.of(this, applied);
        return growth.isNone() ? base : new GrowingForecaster(base, growth);
    }

    /** Plans this scenario: applies it to {@code base} and runs the planning pipeline with growth applied. */
    public Plan plan(PlanningInput base, Forecaster forecaster, ProgressListener progress, Cancellation cancellation) {
        PlanningInput applied = apply(base);
        return new Planner(forecaster(forecaster, applied)).plan(applied, progress, cancellation);
    }
}
