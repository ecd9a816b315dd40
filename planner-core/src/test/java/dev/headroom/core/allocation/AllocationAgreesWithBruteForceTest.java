package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** On tiny seeded inputs, the planner's proven optimum is the brute-force optimum. */
class AllocationAgreesWithBruteForceTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void provenOptimumMatchesBruteForce(long seed) {
        PlanningInput input = TinyInstances.generate(seed);
        Plan plan = Planning.plan(input);
        OptionalLong cheapest = new BruteForce(input).cheapest();

        PlanInvariants.check(input, plan);
        if (cheapest.isPresent()) {
            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.totalCost()).isCloseTo(cheapest.getAsLong(), within(1e-9));
        } else {
            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            // Tiny searches finish, so what is left unmet is proven to be the least possible.
            assertThat(plan.unmet()).allSatisfy(u -> assertThat(u.reason()).doesNotContain("time limit"));
        }
    }
}
