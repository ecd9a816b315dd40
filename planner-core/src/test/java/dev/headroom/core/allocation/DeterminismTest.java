package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search is bounded by a budget of dead ends, not by the clock, so the same input and seed give
 * the same plan however fast the machine; the plan says what ended the search.
 */
class DeterminismTest {

    private static final Duration GENEROUS = Duration.ofSeconds(120);

    private static Allocation allocate(AllocationProblem pr, long budget, long seed) {
        return new Allocator().allocate(pr, GENEROUS, budget, seed, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void twoRunsWithTheSameSeedAndBudgetGiveTheSamePlan() {
        AllocationProblem pr = Planning.problem(FleetGenerator.generate(40, 3, 4, 12, 3, 30, 2));

        Allocation first = allocate(pr, 4_000, 7);
        // Something else runs in between, so that timing and JIT state differ between the runs.
        allocate(Planning.problem(FleetGenerator.generate(30, 3, 4, 6, 3, 30, 5)), 1_000, 1);
        Allocation second = allocate(pr, 4_000, 7);

        assertThat(first.stop()).isEqualTo(SearchStop.BUDGET);
        assertThat(second).isEqualTo(first);
        assertThat(first.stop().dependsOnTiming()).isFalse();
    }

    @Test
    void aSearchThatCoversEveryPlanSaysItFinished() {
        AllocationProblem pr = Planning.problem(TinyInstances.generate(3));

        Allocation allocation = allocate(pr, 100_000, 1);

        assertThat(allocation.stop()).isEqualTo(SearchStop.FINISHED);
    }

    @Test
    void aSearchCutByTheClockSaysSo() {
        AllocationProblem pr = Planning.problem(FleetGenerator.generate(40, 3, 4, 12, 3, 30, 2));

        Allocation allocation = new Allocator().allocate(pr, Duration.ofMillis(1), Long.MAX_VALUE / 2, 7,
                ProgressListener.NONE, Cancellation.NEVER);

        assertThat(allocation.stop()).isEqualTo(SearchStop.TIME_LIMIT);
        assertThat(allocation.stop().dependsOnTiming()).isTrue();
    }

    @Test
    void theBudgetFollowsTheTimeLimitSetAndTheSizeNotTheTimeLeft() {
        PlanningInput small = FleetGenerator.generate(10, 2, 2, 3, 2, 12, 1);
        PlanningInput large = FleetGenerator.generate(2000, 20, 2, 24, 5, 12, 1);

        assertThat(Allocator.budgetFor(small.settings(), Planning.problem(small))).isEqualTo(12 * Allocator.FAILS_PER_SECOND);
        // 2,000 workloads + 20 pools × 5 types × 24 periods = 4,400: a quarter of the budget, roughly.
        assertThat(Allocator.budgetFor(large.settings(), Planning.problem(large)))
                .isEqualTo((long) (12 * Allocator.FAILS_PER_SECOND * (Allocator.REFERENCE_SIZE / 4400.0)));
    }
}
