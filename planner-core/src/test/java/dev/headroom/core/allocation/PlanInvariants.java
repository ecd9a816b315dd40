package dev.headroom.core.allocation;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What every plan must satisfy, checked from the input alone (capacity recomputed here, not taken
 * from the planner's own helpers).
 */
public final class PlanInvariants {

    private PlanInvariants() {
    }

    public static void check(PlanningInput input, Plan plan) {
        List<Period> periods = input.plannedPeriods();
        Period start = periods.getFirst();
        assertThat(plan.periods()).isEqualTo(periods);
        double cost = 0;
        for (Purchase p : plan.purchases()) {
            NodeType type = input.nodeType(p.nodeType()).orElseThrow();
            assertThat(p.count()).as("count of %s", p).isPositive();
            assertThat(p.period()).as("arrival of %s", p).isGreaterThanOrEqualTo(start.plus(type.leadTime()));
            assertThat(p.orderBy()).as("order-by of %s", p).isEqualTo(p.period().minus(type.leadTime()));
            assertThat(p.orderBy()).as("order-by of %s", p).isGreaterThanOrEqualTo(start);
            assertThat(p.cost()).as("cost of %s", p).isCloseTo(p.count() * type.cost(), within(1e-6));
            cost += p.cost();
        }
        checkMoves(input, plan);
        assertThat(plan.totalCost()).isCloseTo(cost + plan.moveCostTotal(), within(1e-6));
        for (PurchaseBudget budget : input.budgets()) {
            double spent = plan.purchases().stream().filter(p -> p.orderBy().equals(budget.period()))
                    .mapToDouble(Purchase::cost).sum();
            assertThat(spent).as("spending on orders in %s", budget.period()).isLessThanOrEqualTo(budget.amount() + 1e-6);
        }
        plan.lowerBound().ifPresent(b -> assertThat(b).isLessThanOrEqualTo(plan.totalCost() + 1e-6));
        if (plan.status() == PlanStatus.OPTIMAL) {
            assertThat(plan.lowerBound()).hasValue(plan.totalCost());
        }

        assertThat(plan.placement()).hasSize(input.workloads().size() * periods.size());
        for (Assignment a : plan.placement()) {
            Workload w = input.workload(a.workload()).orElseThrow();
            assertThat(w.mayRunIn(a.pool())).as("%s may run in %s", a.workload(), a.pool()).isTrue();
            w.pinnedPool().ifPresent(pin -> assertThat(a.pool()).isEqualTo(pin));
        }
        NodeInvariants.check(input, plan);

        assertThat(plan.utilization()).hasSize(input.pools().size() * input.resources().size() * periods.size());
        for (Utilization u : plan.utilization()) {
            assertThat(u.capacity()).as("capacity of %s", u)
                    .isCloseTo(usable(input, plan, u.pool(), u.resource(), u.period()), within(1e-6));
            if (input.usage().isEmpty()) {
                assertThat(u.demand()).as("demand placed by the period's placement: %s", u)
                        .isCloseTo(placedDemand(input, plan, u.pool(), u.resource(), u.period()), within(1e-6));
            }
            if (plan.status() != PlanStatus.UNMET_DEMAND) {
                assertThat(u.demand()).as("demand within capacity: %s", u).isLessThanOrEqualTo(u.capacity() + 1e-6);
            }
        }
        for (Pool pool : input.pools()) {
            if (pool.maxNodes().isEmpty()) {
                continue;
            }
            for (Period period : periods) {
                int bought = bought(plan, pool.name(), null, period);
                int existing = existing(input, pool.name(), null, period);
                if (bought > 0) {
                    assertThat(existing + bought).as("nodes in %s in %s", pool.name(), period)
                            .isLessThanOrEqualTo(pool.maxNodes().getAsInt());
                }
            }
        }
        assertThat(plan.status() == PlanStatus.UNMET_DEMAND).isEqualTo(!plan.unmet().isEmpty());
        for (UnmetDemand u : plan.unmet()) {
            assertThat(u.amount()).isPositive();
            assertThat(u.reason()).isNotBlank();
        }
        assertThat(plan.runway()).hasSize(input.pools().size() * input.resources().size());
    }

    /**
     * The plan's moves are exactly its placement's changes of pool from one period to the next, each
     * at the settings' move cost; without moves allowed every workload stays in one pool.
     */
    private static void checkMoves(PlanningInput input, Plan plan) {
        List<Period> periods = input.plannedPeriods();
        List<Move> expected = new ArrayList<>();
        for (int t = 1; t < periods.size(); t++) {
            for (Workload w : input.workloads()) {
                String from = poolIn(plan, w.name(), periods.get(t - 1));
                String to = poolIn(plan, w.name(), periods.get(t));
                if (!from.equals(to)) {
                    expected.add(new Move(w.name(), periods.get(t), from, to, input.settings().moveCost()));
                }
            }
        }
        assertThat(plan.moves()).isEqualTo(expected);
        if (!input.settings().allowMoves()) {
            assertThat(plan.moves()).as("moves when the settings forbid them").isEmpty();
        }
    }

    private static String poolIn(Plan plan, String workload, Period period) {
        return plan.placement().stream().filter(a -> a.workload().equals(workload) && a.period().equals(period))
                .map(Assignment::pool).findFirst().orElseThrow();
    }

    /** Known demand of the workloads the placement puts in the pool in the period. */
    private static double placedDemand(PlanningInput input, Plan plan, String pool, String resource, Period period) {
        double sum = 0;
        for (KnownDemand d : input.knownDemand()) {
            if (d.resource().equals(resource) && d.period().equals(period)
                    && poolIn(plan, d.workload(), period).equals(pool)) {
                sum += d.demand();
            }
        }
        return sum;
    }

    /**
     * Usable capacity after purchases: target utilization × raw − ha_nodes × the capacity of the
     * largest node type the pool holds in the period, at least 0.
     */
    public static double usable(PlanningInput input, Plan plan, String pool, String resource, Period period) {
        Resource r = input.resource(resource).orElseThrow();
        double raw = 0;
        double largest = 0;
        for (NodeType type : input.nodeTypes()) {
            int nodes = existing(input, pool, type.name(), period) + bought(plan, pool, type.name(), period);
            raw += nodes * type.capacityOf(resource);
            if (nodes > 0) {
                largest = Math.max(largest, type.capacityOf(resource));
            }
        }
        int ha = input.pool(pool).orElseThrow().haNodes();
        return Math.max(0, r.targetUtilization() * raw - ha * largest);
    }

    private static int bought(Plan plan, String pool, String type, Period by) {
        return plan.purchases().stream()
                .filter(p -> p.pool().equals(pool) && (type == null || p.nodeType().equals(type)) && !p.period().isAfter(by))
                .mapToInt(Purchase::count).sum();
    }

    private static int existing(PlanningInput input, String pool, String type, Period period) {
        return input.inventory().stream()
                .filter(n -> n.pool().equals(pool) && (type == null || n.nodeType().equals(type)) && n.activeIn(period))
                .mapToInt(ExistingNodes::count).sum();
    }
}
