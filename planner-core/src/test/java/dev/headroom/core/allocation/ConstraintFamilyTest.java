package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Each constraint family of the allocation model on two or three items. */
class ConstraintFamilyTest {

    private static Plan plan(PlanningInput input) {
        Plan plan = Planning.plan(input);
        PlanInvariants.check(input, plan);
        return plan;
    }

    private static Utilization utilization(Plan plan, String pool, String resource, String period) {
        return plan.utilization().stream()
                .filter(u -> u.pool().equals(pool) && u.resource().equals(resource) && u.period().equals(Period.parse(period)))
                .findFirst().orElseThrow();
    }

    @Nested
    class LeadTime {
        @Test
        void demandBeforeTheFirstArrivalIsUnmetAndExplained() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 3)
                    .resource("cpu", 1.0).pool("eu-1")
                    .nodeType("std", 100, 2, "cpu", 10)
                    .workload("web").demand("web", "cpu", 5, 5, 5)
                    .build());

            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            assertThat(plan.unmet()).extracting(UnmetDemand::period, UnmetDemand::amount)
                    .containsExactly(tuple(Period.parse("2025-01"), 5.0), tuple(Period.parse("2025-02"), 5.0));
            assertThat(plan.unmet()).allSatisfy(u -> assertThat(u.reason())
                    .isEqualTo("nodes ordered at the plan start arrive only in 2025-03 (lead time 2)"));
            assertThat(plan.purchases()).extracting(Purchase::period, Purchase::orderBy, Purchase::count)
                    .containsExactly(tuple(Period.parse("2025-03"), Period.parse("2025-01"), 1));
        }

        @Test
        void purchasesArriveWhenNeededAndAreOrderedLeadTimeEarlier() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 4)
                    .resource("cpu", 1.0).pool("eu-1")
                    .nodeType("std", 100, 1, "cpu", 10)
                    .existing("eu-1", "std", 1)
                    .workload("web").demand("web", "cpu", 8, 9, 10, 15)
                    .build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).extracting(Purchase::period, Purchase::orderBy, Purchase::count, Purchase::cost)
                    .containsExactly(tuple(Period.parse("2025-04"), Period.parse("2025-03"), 1, 100.0));
        }
    }

    @Nested
    class Moves {
        // eu-1 runs out in 2025-03 when db grows; eu-2 has room only once batch shrinks, then.
        private InputBuilder runningOut() {
            return InputBuilder.monthly("2025-01", 3)
                    .resource("cpu", 1.0).pool("eu-1").pool("eu-2")
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 1).existing("eu-2", "std", 1)
                    .pinned("db", "eu-1").demand("db", "cpu", 6, 6, 8)
                    .pinned("batch", "eu-2").demand("batch", "cpu", 9, 9, 2)
                    .workload("web").demand("web", "cpu", 3, 3, 3);
        }

        @Test
        void aWorkloadMovesToSpareCapacityWhenAMoveCostsLessThanANode() {
            Plan plan = plan(runningOut().moves(true, 20).build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).isEmpty();
            assertThat(plan.moves()).extracting(Move::workload, Move::period, Move::from, Move::to, Move::cost)
                    .containsExactly(tuple("web", Period.parse("2025-03"), "eu-1", "eu-2", 20.0));
            assertThat(plan.totalCost()).isEqualTo(20.0);
            assertThat(plan.moveCostTotal()).isEqualTo(20.0);
        }

        @Test
        void aNodeIsBoughtWhenAMoveCostsMoreThanANode() {
            Plan plan = plan(runningOut().moves(true, 150).build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.moves()).isEmpty();
            assertThat(plan.purchases()).extracting(Purchase::count).containsExactly(1);
            assertThat(plan.totalCost()).isEqualTo(100.0);
        }

        @Test
        void noWorkloadMovesWhenMovesAreNotAllowed() {
            Plan plan = plan(runningOut().moves(false, 0).build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.moves()).isEmpty();
            assertThat(plan.placement()).filteredOn(a -> a.workload().equals("web")).extracting(Assignment::pool)
                    .containsOnly(plan.placement().stream().filter(a -> a.workload().equals("web")).findFirst()
                            .orElseThrow().pool());
            assertThat(plan.totalCost()).isEqualTo(100.0);
        }

        @Test
        void freeMovesStillBuyNothingTheMovesCanSave() {
            Plan plan = plan(runningOut().moves(true, 0).build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).isEmpty();
            assertThat(plan.totalCost()).isZero();
            assertThat(plan.placement()).filteredOn(a -> a.period().equals(Period.parse("2025-03"))
                    && a.workload().equals("web")).extracting(Assignment::pool).containsExactly("eu-2");
        }
    }

    @Nested
    class Retirement {
        @Test
        void retiredNodesStopCountingFromTheirRetirePeriod() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 3)
                    .resource("cpu", 1.0).pool("eu-1")
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 1).existing("eu-1", "std", 1, "2025-02")
                    .workload("web").demand("web", "cpu", 12, 12, 12)
                    .build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).extracting(Purchase::period, Purchase::count)
                    .containsExactly(tuple(Period.parse("2025-02"), 1));
            assertThat(utilization(plan, "eu-1", "cpu", "2025-01").capacity()).isEqualTo(20.0);
            assertThat(utilization(plan, "eu-1", "cpu", "2025-02").capacity()).isEqualTo(20.0);
            assertThat(plan.runway()).singleElement().satisfies(r -> {
                assertThat(r.exhaustedAt()).contains(Period.parse("2025-02"));
                assertThat(r.periodsLeft()).isEqualTo(1);
            });
        }
    }

    @Nested
    class TargetUtilization {
        @Test
        void onlyTheTargetShareOfRawCapacityIsPlannedFor() {
            InputBuilder fits = InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 0.8).pool("eu-1").nodeType("std", 100, 0, "cpu", 10)
                    .workload("web").demand("web", "cpu", 8);
            InputBuilder over = InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 0.8).pool("eu-1").nodeType("std", 100, 0, "cpu", 10)
                    .workload("web").demand("web", "cpu", 8.01);

            assertThat(plan(fits.build()).purchases()).extracting(Purchase::count).containsExactly(1);
            Plan overPlan = plan(over.build());
            assertThat(overPlan.purchases()).extracting(Purchase::count).containsExactly(2);
            assertThat(utilization(overPlan, "eu-1", "cpu", "2025-01").capacity()).isCloseTo(16.0, within(1e-9));
        }
    }

    @Nested
    class HaSpares {
        @Test
        void aHostingPoolKeepsItsLargestHeldNodeFreeNotTheLargestItCouldBuy() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1", 1, OptionalInt.empty())
                    .nodeType("small", 100, 0, "cpu", 10).nodeType("big", 300, 0, "cpu", 40)
                    .workload("web").demand("web", "cpu", 5)
                    .build());

            // Only small nodes are held, so one small node is kept free: 5 + 10 ≤ 20 with two of them.
            // (Reserving the big type's 40 cores would take five small nodes.)
            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).extracting(Purchase::nodeType, Purchase::count).containsExactly(tuple("small", 2));
            assertThat(utilization(plan, "eu-1", "cpu", "2025-01").capacity()).isEqualTo(10.0);
        }

        @Test
        void buyingALargerTypeRaisesTheReserveToIt() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).resource("memory", 1.0).pool("eu-1", 1, OptionalInt.empty())
                    .nodeType("small", 100, 0, "cpu", 10, "memory", 10)
                    .nodeType("big", 150, 0, "cpu", 20, "memory", 100)
                    .workload("db").demand("db", "cpu", 5).demand("db", "memory", 50)
                    .build());

            // Big nodes are cheapest for memory, but one of them must stay free: 50 + 100 ≤ 200 takes two.
            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.totalCost()).isEqualTo(300.0);
            assertThat(plan.purchases()).extracting(Purchase::nodeType, Purchase::count).containsExactly(tuple("big", 2));
            assertThat(utilization(plan, "eu-1", "memory", "2025-01").capacity()).isEqualTo(100.0);
            assertThat(utilization(plan, "eu-1", "cpu", "2025-01").capacity()).isEqualTo(20.0);
        }

        @Test
        void aShortfallWithinTheReserveIsExplainedByTheSpares() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1", 1, OptionalInt.of(2))
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 2)
                    .pinned("web", "eu-1").demand("web", "cpu", 12)
                    .build());

            // Two nodes, one kept free: 10 usable for 12 of demand; max_nodes forbids a third node.
            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            assertThat(plan.unmet()).singleElement().satisfies(u -> {
                assertThat(u.amount()).isCloseTo(2.0, within(1e-9));
                assertThat(u.reason()).contains("max_nodes").contains("spare");
            });
        }

        @Test
        void aPoolThatHostsNothingBuysNoSpares() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1", 1, OptionalInt.empty()).pool("us-1")
                    .nodeType("std", 100, 0, "cpu", 10)
                    .pinned("web", "us-1").demand("web", "cpu", 5)
                    .build());

            assertThat(plan.purchases()).extracting(Purchase::pool, Purchase::count).containsExactly(tuple("us-1", 1));
        }
    }

    @Nested
    class Budget {
        @Test
        void aPeriodWithoutBudgetMakesItsOrdersComeEarlier() {
            // The second node is needed from 2025-03 and would be ordered in 2025-02, whose budget is
            // nothing: it is ordered with the first in 2025-01 instead.
            Plan plan = plan(InputBuilder.monthly("2025-01", 3)
                    .resource("cpu", 1.0).pool("eu-1")
                    .nodeType("std", 100, 1, "cpu", 10)
                    .workload("web").demand("web", "cpu", 0, 10, 20)
                    .budget("2025-02", 0)
                    .build());

            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.purchases()).extracting(Purchase::period, Purchase::orderBy, Purchase::count)
                    .containsExactly(tuple(Period.parse("2025-02"), Period.parse("2025-01"), 2));
        }

        @Test
        void demandThatOnlyASpentBudgetCouldMeetIsUnmetAndExplained() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 2)
                    .resource("cpu", 1.0).pool("eu-1")
                    .nodeType("std", 100, 1, "cpu", 10)
                    .existing("eu-1", "std", 1)
                    .workload("web").demand("web", "cpu", 10, 25)
                    .budget("2025-01", 100)
                    .build());

            // 25 in 2025-02 needs two more nodes, but orders in 2025-01 may spend only 100.
            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            assertThat(plan.purchases()).extracting(Purchase::count).containsExactly(1);
            assertThat(plan.unmet()).singleElement().satisfies(u -> {
                assertThat(u.amount()).isCloseTo(5.0, within(1e-9));
                assertThat(u.reason()).contains("the budget for orders in 2025-01 is spent");
            });
        }
    }

    @Nested
    class MaxNodes {
        @Test
        void aFullPoolLeavesDemandUnmetAndSaysWhy() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 2)
                    .resource("cpu", 1.0).pool("eu-1", 0, OptionalInt.of(2))
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 1)
                    .workload("web").demand("web", "cpu", 15, 35)
                    .build());

            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
            assertThat(plan.purchases()).extracting(Purchase::period, Purchase::count)
                    .containsExactly(tuple(Period.parse("2025-01"), 1));
            assertThat(plan.unmet()).singleElement().satisfies(u -> {
                assertThat(u.period()).isEqualTo(Period.parse("2025-02"));
                assertThat(u.amount()).isCloseTo(15.0, within(1e-9));
                assertThat(u.reason()).isEqualTo("pool eu-1 reaches max_nodes 2");
            });
        }
    }

    @Nested
    class Placement {
        @Test
        void aPinnedWorkloadRunsInItsPoolEvenWhenAnotherHasRoom() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1").pool("us-1")
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 2)
                    .pinned("db", "us-1").workload("web")
                    .demand("db", "cpu", 6).demand("web", "cpu", 12)
                    .build());

            assertThat(plan.placement()).extracting(a -> a.workload() + "@" + a.pool())
                    .containsExactlyInAnyOrder("db@us-1", "web@eu-1");
            assertThat(plan.purchases()).extracting(Purchase::pool, Purchase::count).containsExactly(tuple("us-1", 1));
        }

        @Test
        void aPinnedWorkloadInAFullPoolIsNamedInTheReason() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1").pool("us-1", 0, OptionalInt.of(1))
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("eu-1", "std", 5)
                    .pinned("db", "us-1").demand("db", "cpu", 14)
                    .build());

            assertThat(plan.unmet()).singleElement().satisfies(u -> assertThat(u.reason())
                    .isEqualTo("pool us-1 reaches max_nodes 1; workload db is pinned to pool us-1"));
        }

        @Test
        void workloadsStayInTheirAllowedPools() {
            Plan plan = plan(InputBuilder.monthly("2025-01", 1)
                    .resource("cpu", 1.0).pool("eu-1").pool("eu-2").pool("us-1")
                    .nodeType("std", 100, 0, "cpu", 10)
                    .existing("us-1", "std", 10)
                    .allowed("web", "eu-1", "eu-2").demand("web", "cpu", 5)
                    .build());

            assertThat(plan.placement()).extracting(a -> a.pool()).containsAnyOf("eu-1", "eu-2").doesNotContain("us-1");
            assertThat(plan.totalCost()).isEqualTo(100.0);
        }
    }
}
