package dev.headroom.core.scenario;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static dev.headroom.core.scenario.ScenarioFixture.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioComparisonTest {

    private static Plan plan(PlanStatus status, List<Period> periods, List<Purchase> purchases, List<Runway> runway,
                             List<UnmetDemand> unmet) {
        double cost = purchases.stream().mapToDouble(Purchase::cost).sum();
        return new Plan(status, cost, OptionalDouble.of(cost), 1, periods, purchases, unmet, List.of(), List.of(),
                runway, List.of());
    }

    @Test
    void setsPlansSideBySide() {
        Plan base = plan(PlanStatus.OPTIMAL, List.of(p("2025-01"), p("2025-02")),
                List.of(new Purchase("eu", "std", p("2025-02"), 2, p("2025-01"), 200)),
                List.of(new Runway("eu", "cpu", Optional.of(p("2025-02")), 1)), List.of());
        Plan grown = plan(PlanStatus.UNMET_DEMAND, List.of(p("2025-01"), p("2025-02"), p("2025-03")),
                List.of(new Purchase("eu", "std", p("2025-01"), 1, p("2024-12"), 100),
                        new Purchase("eu", "big", p("2025-02"), 1, p("2024-12"), 250),
                        new Purchase("us", "std", p("2025-02"), 3, p("2025-01"), 300)),
                List.of(new Runway("eu", "cpu", Optional.of(p("2025-01")), 0),
                        new Runway("us", "memory", Optional.empty(), 3)),
                List.of(new UnmetDemand("us", "cpu", p("2025-03"), 5, "no space"),
                        new UnmetDemand("eu", "cpu", p("2025-02"), 2, "no space"),
                        new UnmetDemand("eu", "memory", p("2025-02"), 7, "no space")));

        ScenarioComparison c = ScenarioComparison.of(List.of(new ScenarioPlan("baseline", base), new ScenarioPlan("grow", grown)));

        assertThat(c.periods()).containsExactly(p("2025-01"), p("2025-02"), p("2025-03"));
        assertThat(c.poolResources()).containsExactly(new ScenarioComparison.PoolResource("eu", "cpu"),
                new ScenarioComparison.PoolResource("us", "memory"));
        assertThat(c.totalCosts()).containsExactly(org.assertj.core.api.Assertions.entry("baseline", 200.0),
                org.assertj.core.api.Assertions.entry("grow", 650.0));
        assertThat(c.costOverFirst("grow")).isEqualTo(450);
        ScenarioComparison.Column g = c.column("grow").orElseThrow();
        assertThat(g.boughtIn(p("2025-02"))).isEqualTo(new ScenarioComparison.Bought(4, 550));
        assertThat(g.boughtIn(p("2025-03"))).isEqualTo(new ScenarioComparison.Bought(0, 0));
        assertThat(g.runway()).containsEntry(new ScenarioComparison.PoolResource("us", "memory"), Optional.empty());
        assertThat(g.unmetByResource()).containsEntry("cpu", 7.0).containsEntry("memory", 7.0);
        assertThat(g.unmetTotal()).isEqualTo(14);
        assertThat(c.column("baseline").orElseThrow().runway()).doesNotContainKey(new ScenarioComparison.PoolResource("us", "memory"));
    }

    @Test
    void refusesNothingToCompareAndTwiceTheSameScenario() {
        Plan any = plan(PlanStatus.FEASIBLE, List.of(p("2025-01")), List.of(), List.of(), List.of());
        assertThatThrownBy(() -> ScenarioComparison.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioComparison.of(List.of(new ScenarioPlan("a", any), new ScenarioPlan("a", any))))
                .hasMessageContaining("compared twice");
    }
}
