package dev.headroom.app.cli;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The few lines {@code headroom plan} prints: what to buy, what it costs, how sure we are. */
final class PlanSummaryText {

    private PlanSummaryText() {
    }

    static void print(Plan plan, PlanningInput input, PrintWriter out) {
        List<?> periods = plan.periods();
        out.printf(Locale.ROOT, "Plan for %s, %s to %s (%d periods)%n", input.name().isEmpty() ? "input" : input.name(),
                periods.getFirst(), periods.getLast(), periods.size());
        out.printf(Locale.ROOT, "Status: %s — %s%n", plan.status(), statusInWords(plan.status()));
        out.printf(Locale.ROOT, "Total cost: %,.2f", plan.totalCost());
        plan.lowerBound().ifPresent(b -> out.printf(Locale.ROOT, "   lower bound %,.2f (gap %.1f%%)",
                b, 100 * plan.gap().orElse(0)));
        out.printf(Locale.ROOT, "   solved in %.1f s%n", plan.solveSeconds());
        if (plan.purchases().isEmpty()) {
            out.println("Purchases: none");
        } else {
            out.println("Purchases:");
            for (Purchase p : plan.purchases()) {
                out.printf(Locale.ROOT, "  %s  %-12s %3d x %-14s order by %s  %,12.2f%n", p.period(), p.pool(),
                        p.count(), p.nodeType(), p.orderBy(), p.cost());
            }
        }
        if (!plan.moves().isEmpty()) {
            out.printf(Locale.ROOT, "Moves between pools (%,.2f of the total cost):%n", plan.moveCostTotal());
            for (Move m : plan.moves()) {
                out.printf(Locale.ROOT, "  %s  %-12s %-12s -> %-12s %,12.2f%n", m.period(), m.workload(), m.from(),
                        m.to(), m.cost());
            }
        }
        List<Runway> runningOut = plan.runway().stream().filter(r -> r.exhaustedAt().isPresent()).toList();
        if (!runningOut.isEmpty()) {
            out.println("Without purchases, existing capacity runs out:");
            for (Runway r : runningOut) {
                out.printf(Locale.ROOT, "  %-12s %-10s in %s%n", r.pool(), r.resource(), r.exhaustedAt().orElseThrow());
            }
        }
        if (!plan.unmet().isEmpty()) {
            out.println("Unmet demand:");
            for (UnmetDemand u : plan.unmet()) {
                out.printf(Locale.ROOT, "  %s  %-12s %-10s %,.2f — %s%n", u.period(), u.pool(), u.resource(),
                        u.amount(), u.reason());
            }
        }
    }

    static String statusInWords(PlanStatus status) {
        return switch (status) {
            case OPTIMAL -> "all demand met at the proven lowest cost";
            case FEASIBLE -> "all demand met; a cheaper plan may exist within the gap";
            case UNMET_DEMAND -> "some demand cannot be met; the rest is planned";
            case NO_SOLUTION -> "no plan was found within the time limit";
        };
    }
}
