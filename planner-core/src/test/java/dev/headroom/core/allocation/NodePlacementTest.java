package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Node placement and anti-affinity, one constraint family at a time on two or three workloads. */
class NodePlacementTest {

    private static Plan plan(PlanningInput input) {
        Plan plan = Planning.plan(input);
        PlanInvariants.check(input, plan);
        return plan;
    }

    private static List<String> nodes(Plan plan, String workload) {
        return plan.placement().stream().filter(a -> a.workload().equals(workload)).map(Assignment::node).toList();
    }

    private static int bought(Plan plan) {
        return plan.purchases().stream().mapToInt(Purchase::count).sum();
    }

    private static InputBuilder threeOfSix(boolean onNodes) {
        InputBuilder b = InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10);
        for (String w : List.of("a", "b", "c")) {
            if (onNodes) {
                b.onNode(w, null);
            } else {
                b.workload(w);
            }
            b.demand(w, "cpu", 6);
        }
        return b;
    }

    @Test
    void wholeWorkloadsNeedANodeEachWhenNoTwoFitTogether() {
        Plan spread = plan(threeOfSix(false).build());
        Plan whole = plan(threeOfSix(true).build());

        assertThat(bought(spread)).isEqualTo(2);
        assertThat(nodes(spread, "a")).containsExactly("");
        assertThat(whole.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(bought(whole)).isEqualTo(3);
        assertThat(whole.lowerBound()).hasValue(300.0);
        assertThat(List.of(nodes(whole, "a").getFirst(), nodes(whole, "b").getFirst(), nodes(whole, "c").getFirst()))
                .containsExactlyInAnyOrder("eu/std/new-01", "eu/std/new-02", "eu/std/new-03");
    }

    @Test
    void antiAffinityPutsMembersOnDifferentNodes() {
        InputBuilder b = InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10);
        Plan together = plan(b.onNode("a", null).onNode("b", null).demand("a", "cpu", 3).demand("b", "cpu", 3).build());
        InputBuilder g = InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10);
        Plan apart = plan(g.onNode("a", "db").onNode("b", "db").demand("a", "cpu", 3).demand("b", "cpu", 3).build());

        assertThat(bought(together)).isEqualTo(1);
        assertThat(nodes(together, "a")).isEqualTo(nodes(together, "b"));
        assertThat(apart.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(bought(apart)).isEqualTo(2);
        assertThat(nodes(apart, "a")).doesNotContainAnyElementsOf(nodes(apart, "b"));
    }

    @Test
    void existingNodesAreUsedFirstAndNamedByNumber() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu-web")
                .nodeType("std-16", 100, 0, "cpu", 16).existing("eu-web", "std-16", 2)
                .onNode("a", null).onNode("b", null).demand("a", "cpu", 10).demand("b", "cpu", 10).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(plan.purchases()).isEmpty();
        assertThat(List.of(nodes(plan, "a").getFirst(), nodes(plan, "b").getFirst()))
                .containsExactlyInAnyOrder("eu-web/std-16/01", "eu-web/std-16/02");
    }

    @Test
    void aWorkloadOnARetiringNodeMovesToABoughtOne() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 2).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10).existing("eu", "std", 1, "2025-02")
                .onNode("a", null).demand("a", "cpu", 8, 8).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(plan.purchases()).extracting(Purchase::period, Purchase::count)
                .containsExactly(tuple(Period.parse("2025-02"), 1));
        assertThat(nodes(plan, "a")).containsExactly("eu/std/01", "eu/std/new-01");
    }

    @Test
    void poolAndNodePlacedWorkloadsShareAPool() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10)
                .onNode("db", null).demand("db", "cpu", 7)
                .workload("web").demand("web", "cpu", 7).build());

        // 14 cores: two nodes; the database whole on one of them, the web tier spread over what is left.
        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(bought(plan)).isEqualTo(2);
        assertThat(nodes(plan, "db").getFirst()).startsWith("eu/std/new-");
        assertThat(nodes(plan, "web")).containsExactly("");
    }

    @Test
    void aWorkloadLargerThanAnyNodeTypeIsUnmetAndExplained() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10)
                .onNode("big", null).demand("big", "cpu", 12)
                .onNode("small", null).demand("small", "cpu", 4).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
        assertThat(plan.unmet()).extracting(UnmetDemand::pool, UnmetDemand::resource, UnmetDemand::amount)
                .containsExactly(tuple("eu", "cpu", 12.0));
        assertThat(plan.unmet().getFirst().reason()).contains("workload big is larger than any node type");
        assertThat(nodes(plan, "big")).containsExactly("");
        assertThat(nodes(plan, "small")).containsExactly("eu/std/new-01");
        assertThat(bought(plan)).isEqualTo(1);
    }

    @Test
    void aWorkloadThatOnlyALateNodeTypeFitsIsUnmetUntilItArrivesAndSaysSo() {
        // Small nodes arrive at once but hold 10 cores; the 15-core database fits only the large
        // type, which arrives a month after it is ordered.
        Plan plan = plan(InputBuilder.monthly("2025-01", 2).resource("cpu", 1.0).pool("eu")
                .nodeType("small", 100, 0, "cpu", 10)
                .nodeType("large", 300, 1, "cpu", 20)
                .onNode("db", null).demand("db", "cpu", 15, 15).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
        assertThat(plan.unmet()).extracting(UnmetDemand::period, UnmetDemand::amount)
                .containsExactly(tuple(Period.parse("2025-01", dev.headroom.core.model.Frequency.MONTH), 15.0));
        assertThat(plan.unmet().getFirst().reason()).contains(
                "workload db fits only node types that, ordered at the plan start, arrive in 2025-02 at the earliest (lead time 1)");
        assertThat(nodes(plan, "db")).containsExactly("", "eu/large/new-01");
    }

    @Test
    void anAntiAffinityGroupWiderThanMaxNodesIsUnmetAndExplained() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).pool("eu", 0, OptionalInt.of(2))
                .nodeType("std", 100, 0, "cpu", 10)
                .onNode("a", "zk").onNode("b", "zk").onNode("c", "zk")
                .demand("a", "cpu", 2).demand("b", "cpu", 2).demand("c", "cpu", 2).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
        assertThat(bought(plan)).isEqualTo(2);
        assertThat(plan.unmet()).extracting(UnmetDemand::amount).containsExactly(2.0);
        assertThat(plan.unmet().getFirst().reason())
                .contains("anti-affinity group zk has 3 members needing separate nodes but pool eu may hold only 2");
    }

    @Test
    void demandBeforeTheLeadTimeIsUnmetAndExplained() {
        Plan plan = plan(InputBuilder.monthly("2025-01", 2).resource("cpu", 1.0).pool("eu")
                .nodeType("std", 100, 1, "cpu", 10)
                .onNode("a", null).demand("a", "cpu", 4, 4).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
        assertThat(plan.unmet()).extracting(UnmetDemand::period, UnmetDemand::amount)
                .containsExactly(tuple(Period.parse("2025-01"), 4.0));
        assertThat(plan.unmet().getFirst().reason()).contains("lead time 1");
        assertThat(nodes(plan, "a")).containsExactly("", "eu/std/new-01");
    }

    @Test
    void eachResourceIsPackedSoTheTightestDecides() {
        // Two workloads fit one node in cpu but not in memory.
        Plan plan = plan(InputBuilder.monthly("2025-01", 1).resource("cpu", 1.0).resource("memory", 1.0).pool("eu")
                .nodeType("std", 100, 0, "cpu", 10, "memory", 10)
                .onNode("a", null).onNode("b", null)
                .demand("a", "cpu", 2).demand("a", "memory", 6).demand("b", "cpu", 2).demand("b", "memory", 6).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(bought(plan)).isEqualTo(2);
        assertThat(nodes(plan, "a")).doesNotContainAnyElementsOf(nodes(plan, "b"));
    }

    @Test
    void aNodePlacedWorkloadThatMovesRunsOnANodeOfItsNewPool() {
        // eu-1's node retires in 2025-03; eu-2's node is free once b's demand ends then.
        Plan plan = plan(InputBuilder.monthly("2025-01", 3).resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                .nodeType("std", 100, 0, "cpu", 10)
                .existing("eu-1", "std", 1, "2025-03").existing("eu-2", "std", 1)
                .onNode("a", null).demand("a", "cpu", 6, 6, 6)
                .onNode("b", null, "eu-2").demand("b", "cpu", 8, 8, 0)
                .moves(true, 10).build());

        assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(plan.purchases()).isEmpty();
        assertThat(plan.totalCost()).isEqualTo(10.0);
        assertThat(nodes(plan, "a")).containsExactly("eu-1/std/01", "eu-1/std/01", "eu-2/std/01");
    }
}
