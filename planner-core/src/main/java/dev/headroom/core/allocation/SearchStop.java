package dev.headroom.core.allocation;

/**
 * What ended the search for a plan. Only {@link #TIME_LIMIT} and {@link #CANCELLED} make the plan
 * depend on the machine's speed or the planner's timing; a plan ended by the budget is the same on
 * every machine for the same input and seed.
 */
public enum SearchStop {
    /** The search covered every plan: the answer is proven. */
    FINISHED,
    /** The deterministic search budget (dead ends met) was used up. */
    BUDGET,
    /** The wall-clock time limit cut the search before its budget: the plan may differ on a faster machine. */
    TIME_LIMIT,
    /** The planner cancelled the search. */
    CANCELLED;

    /** Whether the plan may differ when the same input is planned again on another machine. */
    public boolean dependsOnTiming() {
        return this == TIME_LIMIT || this == CANCELLED;
    }

    /** The stop that says most about repeatability: a timed stop wins over a finished or budgeted one. */
    static SearchStop worse(SearchStop a, SearchStop b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
