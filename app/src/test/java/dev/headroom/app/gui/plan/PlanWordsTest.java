package dev.headroom.app.gui.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Utilization;
import dev.headroom.core.model.PlanningInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PlanWordsTest {

    private static final Period MARCH = Period.parse("2027-03");

    private static Plan plan(PlanStatus status, double cost, OptionalDouble bound) {
        return new Plan(status, cost, bound, 1.5, List.of(MARCH, MARCH.next()), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void theProofSaysHowCloseToTheCheapestThePlanIs() {
        assertThat(PlanWords.proof(plan(PlanStatus.OPTIMAL, 100_000, OptionalDouble.of(100_000))))
                .isEqualTo("All demand met; proven the cheapest plan.");
        assertThat(PlanWords.proof(plan(PlanStatus.FEASIBLE, 100_000, OptionalDouble.of(96_800))))
                .isEqualTo("All demand met; within 3.2% of the best possible.");
        assertThat(PlanWords.proof(plan(PlanStatus.FEASIBLE, 100_000, OptionalDouble.of(75_000))))
                .isEqualTo("All demand met; within 25% of the best possible.");
        assertThat(PlanWords.proof(plan(PlanStatus.FEASIBLE, 100_000, OptionalDouble.empty())))
                .isEqualTo("All demand met; how close to the cheapest is not known.");
        assertThat(PlanWords.proof(plan(PlanStatus.UNMET_DEMAND, 100_000, OptionalDouble.of(100_000))))
                .startsWith("Some demand cannot be met by any plan");
        assertThat(PlanWords.status(PlanStatus.NO_SOLUTION)).isEqualTo("No plan found");
    }

    @Test
    void moneyIsWholeWithSeparatorsAndSigned() {
        assertThat(PlanWords.money(1_234_567.4)).isEqualTo("1,234,567");
        assertThat(PlanWords.signedMoney(12_400)).isEqualTo("+12,400");
        assertThat(PlanWords.signedMoney(-3_000.2)).isEqualTo("−3,000");
        assertThat(PlanWords.signedMoney(0.3)).isEqualTo("±0");
        assertThat(PlanWords.seconds(4.24)).isEqualTo("4.2 s");
    }

    @ParameterizedTest
    @CsvSource({"0, EMPTY", "0.3, LOW", "0.5999, LOW", "0.6, COMFORTABLE", "0.8999, COMFORTABLE", "0.9, NEAR",
            "1.0, NEAR", "1.0000001, NEAR", "1.01, OVER", "Infinity, OVER"})
    void utilizationBandsAreMeasuredAgainstTheTarget(double ratio, UtilizationBand band) {
        assertThat(UtilizationBand.of(ratio)).isEqualTo(band);
    }

    @Test
    void theHeatMapHasARowPerPoolAndResourceInTheInputsResourceOrder() {
        PlanningInput input = QuickSample.project().input();
        Plan plan = new Plan(PlanStatus.FEASIBLE, 0, OptionalDouble.empty(), 0, List.of(MARCH, MARCH.next()),
                List.of(new Purchase("eu-web", "general-32", MARCH.next(), 2, MARCH, 28_000),
                        new Purchase("eu-web", "general-32", MARCH.next(), 1, MARCH, 14_000),
                        new Purchase("eu-data", "memory-48", MARCH, 1, MARCH.minus(3), 26_000)),
                List.of(), List.of(
                new Utilization("eu-web", "memory", MARCH, 100, 50),
                new Utilization("eu-web", "cpu", MARCH.next(), 100, 95),
                new Utilization("eu-data", "cpu", MARCH, 10, 20)), List.of(), List.of(), List.of());

        List<PlanTables.HeatRow> rows = PlanTables.heatMap(plan, input);
        assertThat(rows).extracting(PlanTables.HeatRow::pool, PlanTables.HeatRow::resource, PlanTables.HeatRow::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eu-data", "cpu", "cores"),
                        org.assertj.core.groups.Tuple.tuple("eu-web", "cpu", "cores"),
                        org.assertj.core.groups.Tuple.tuple("eu-web", "memory", "GiB"));
        assertThat(rows.get(1).cells().get(0)).isNull();
        assertThat(rows.get(1).cells().get(1).demand()).isEqualTo(95);

        assertThat(PlanTables.timeline(plan, false).get("eu-web")).containsExactly(java.util.Map.entry(MARCH.next(), 3.0));
        assertThat(PlanTables.timeline(plan, true).get("eu-data")).containsExactly(java.util.Map.entry(MARCH, 26_000.0));
    }
}
