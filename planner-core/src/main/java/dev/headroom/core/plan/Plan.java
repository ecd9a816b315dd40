package dev.headroom.core.plan;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The answer: what to buy and when, where every workload runs, how full each pool is, what cannot
 * be met and why, how long the existing inventory lasts, and how good the plan is known to be.
 *
 * @param totalCost    cost of all purchases and moves
 * @param lowerBound   a proven lower bound on the cost of any plan meeting the same demand, when known
 * @param solveSeconds wall-clock time of the whole planning run
 * @param periods      the planned periods
 * @param forecasts    the forecasts the demand came from (empty for demand given in full)
 * @param moves        workloads moved between pools from one period to the next, by period (empty
 *                     unless the settings allow moves)
 */
public record Plan(PlanStatus status, double totalCost, OptionalDouble lowerBound, double solveSeconds,
                   List<Period> periods, List<Purchase> purchases, List<UnmetDemand> unmet,
                   List<Utilization> utilization, List<Assignment> placement, List<Runway> runway,
                   List<SeriesForecast> forecasts, List<Move> moves) {

    public Plan {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lowerBound, "lowerBound");
        periods = List.copyOf(periods);
        purchases = List.copyOf(purchases);
        unmet = List.copyOf(unmet);
        utilization = List.copyOf(utilization);
        placement = List.copyOf(placement);
        runway = List.copyOf(runway);
        forecasts = List.copyOf(forecasts);
        moves = List.copyOf(moves);
    }

    /** A plan without moves between pools. */
    public Plan(PlanStatus status, double totalCost, OptionalDouble lowerBound, double solveSeconds,
                List<Period> periods, List<Purchase> purchases, List<UnmetDemand> unmet,
                List<Utilization> utilization, List<Assignment> placement, List<Runway> runway,
                List<SeriesForecast> forecasts) {
        this(status, totalCost, lowerBound, solveSeconds, periods, purchases, unmet, utilization, placement, runway,
                forecasts, List.of());
    }

    /** What the moves cost in all (part of {@link #totalCost()}). */
    public double moveCostTotal() {
        return moves.stream().mapToDouble(Move::cost).sum();
    }

    /** The relative gap between cost and bound, 0 for a proven optimum; empty when no bound is known. */
    public OptionalDouble gap() {
        if (lowerBound.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (totalCost <= 0) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(Math.max(0, (totalCost - lowerBound.getAsDouble()) / totalCost));
    }
}
