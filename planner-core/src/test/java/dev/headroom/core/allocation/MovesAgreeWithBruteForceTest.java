package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * With moves between pools allowed, on tiny seeded inputs: the planner's proven optimum is the
 * brute-force optimum over every pool in every period, its bound never above it, and allowing moves
 * never makes the cheapest plan dearer than keeping every workload in one pool. Some seeds' optima
 * move workloads (see {@link #someOptimaMove()}), so the agreement covers plans with moves.
 */
class MovesAgreeWithBruteForceTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void provenOptimumWithMovesMatchesBruteForce(long seed) {
        PlanningInput input = TinyInstances.withMoves(seed);
        Plan plan = Planning.plan(input);
        OptionalLong cheapest = new BruteForce(input).cheapest();

        PlanInvariants.check(input, plan);
        if (cheapest.isPresent()) {
            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.totalCost()).isCloseTo(cheapest.getAsLong(), within(1e-9));
            assertThat(plan.lowerBound().getAsDouble()).isLessThanOrEqualTo(cheapest.getAsLong() + 1e-9);
            OptionalLong staying = new BruteForce(withoutMoves(input)).cheapest();
            staying.ifPresent(cost -> assertThat(cheapest.getAsLong()).isLessThanOrEqualTo(cost));
        } else {
            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            assertThat(plan.unmet()).allSatisfy(u -> assertThat(u.reason()).doesNotContain("time limit"));
        }
    }

    /** Four of the hundred seeds' optima move a workload and are cheaper for it. */
    @Test
    void someOptimaMove() {
        long cheaperByMoving = seeds().filter(seed -> {
            PlanningInput input = TinyInstances.withMoves(seed);
            OptionalLong cheapest = new BruteForce(input).cheapest();
            OptionalLong staying = new BruteForce(withoutMoves(input)).cheapest();
            return cheapest.isPresent() && (staying.isEmpty() || cheapest.getAsLong() < staying.getAsLong())
                    && !Planning.plan(input).moves().isEmpty();
        }).count();
        assertThat(cheaperByMoving).isGreaterThanOrEqualTo(3);
    }

    private static PlanningInput withoutMoves(PlanningInput in) {
        return in.withSettings(in.settings().withMoves(false, 0));
    }
}
