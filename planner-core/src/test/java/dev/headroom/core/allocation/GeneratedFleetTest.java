package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans for generated fleets of realistic shape keep every rule, within their time limit. */
class GeneratedFleetTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void plansForSmallFleetsKeepEveryRule(long seed) {
        PlanningInput input = FleetGenerator.generate(30, 3, 4, 6, 3, 1, seed);
        Plan plan = Planning.plan(input);

        PlanInvariants.check(input, plan);
        assertThat(plan.status()).isNotEqualTo(PlanStatus.NO_SOLUTION);
        assertThat(plan.solveSeconds()).isLessThan(2.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23})
    void plansWithMovesAllowedKeepEveryRuleInEveryPeriodsPool(long seed) {
        PlanningInput fleet = FleetGenerator.generate(30, 3, 4, 6, 3, 1, seed);
        PlanningInput input = fleet.withSettings(fleet.settings().withMoves(true, 500));
        Plan plan = Planning.plan(input);

        PlanInvariants.check(input, plan);
        assertThat(plan.status()).isNotEqualTo(PlanStatus.NO_SOLUTION);
    }

    @Test
    void aFortyWorkloadFleetGetsAPlanThatBuysWithinItsTimeLimit() {
        PlanningInput input = FleetGenerator.generate(40, 3, 4, 12, 3, 3, 1);
        Plan plan = Planning.plan(input);

        PlanInvariants.check(input, plan);
        assertThat(plan.status()).isIn(PlanStatus.OPTIMAL, PlanStatus.FEASIBLE);
        assertThat(plan.purchases()).isNotEmpty();
        assertThat(plan.lowerBound()).isPresent();
        assertThat(plan.lowerBound().getAsDouble()).isPositive();
        assertThat(plan.solveSeconds()).isLessThan(4.0);
    }
}
