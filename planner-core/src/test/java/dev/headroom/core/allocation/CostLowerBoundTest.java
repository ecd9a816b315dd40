package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The cost bound of pool-placed demand, across periods when lead times leave early ones to dearer types. */
class CostLowerBoundTest {

    /**
     * 5 cores needed in the first period, 30 in the second. Only small nodes (10 cores for 10) arrive in
     * time for the first; large ones (30 for 15) arrive from the second. Each period alone needs 10 or
     * 15; but the first period's small node must be bought whatever comes later, so any plan costs at
     * least 10 + 15 (a small one, then a large one).
     */
    @Test
    void anEarlyNeedOnlyDearTypesMeetCountsBesideTheLaterOne() {
        PlanningInput input = InputBuilder.monthly("2025-01", 2)
                .resource("cpu", 1.0).pool("eu-1")
                .nodeType("small", 10, 0, "cpu", 10).nodeType("large", 15, 1, "cpu", 30)
                .workload("web").demand("web", "cpu", 5, 30).build();

        assertThat(CostLowerBound.of(Planning.problem(input))).isEqualTo(25);
        Plan plan = Planning.plan(input);
        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(plan.totalCost()).isEqualTo(25);
    }

    /** The bound never exceeds the brute-force optimum on tiny seeded inputs (with lead times of 0–2). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void neverAboveTheOptimum(long seed) {
        PlanningInput input = TinyInstances.generate(seed);
        OptionalLong cheapest = new BruteForce(input).cheapest();

        if (cheapest.isPresent()) {
            assertThat(CostLowerBound.of(Planning.problem(input))).isLessThanOrEqualTo(cheapest.getAsLong() + 1e-9);
        }
    }
}
