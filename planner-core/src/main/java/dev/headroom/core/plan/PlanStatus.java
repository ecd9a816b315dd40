package dev.headroom.core.plan;

/** How good a plan is known to be. */
public enum PlanStatus {
    /** All demand met, and the solver proved that no cheaper plan exists. */
    OPTIMAL,
    /** All demand met; a cheaper plan may exist (the gap to the lower bound says how much cheaper at most). */
    FEASIBLE,
    /** Some demand cannot be met by any plan; the rest is planned and the unmet part explained. */
    UNMET_DEMAND,
    /** The solver found no plan within its time limit. */
    NO_SOLUTION
}
