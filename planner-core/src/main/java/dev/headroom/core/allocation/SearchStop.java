package dev.headroom.core.allocation;

/**
 * What ended the search for a plan. {@link #PARALLEL}, {@link #TIME_LIMIT} and {@link #CANCELLED}
 * make the plan depend on timing; a plan ended by the budget on one thread is the same on every
 * machine for the same input and seed. Declared from the most to the least repeatable.
 */
public enum SearchStop {
    /** The search covered every plan: the answer is proven. */
    FINISHED,
    /** The deterministic search budget (dead ends met) was used up. */
    BUDGET,
    /**
     * The budget of a search on several threads was used up: which thread found what first
     * depends on timing, so the plan may differ between runs.
     */
    PARALLEL,
    /** The wall-clock time limit cut the search before its budget: the plan may differ on a faster machine. */
    TIME_LIMIT,
    /** The planner cancelled the search. */
    CANCELLED;

    /** Whether the plan may differ when the same input is planned again on another machine. */
    public boolean dependsOnTiming() {
        return this == PARALLEL || this == TIME_LIMIT || this == CANCELLED;
    }

    /** The stop that says most about repeatability: a timed stop wins over a finished or budgeted one. */
    static SearchStop worse(SearchStop a, SearchStop b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
