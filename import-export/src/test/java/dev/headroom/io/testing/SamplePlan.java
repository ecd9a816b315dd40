package dev.headroom.io.testing;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** A small plan built by hand, with every kind of row the outputs must show. */
public final class SamplePlan {
    private SamplePlan() {
    }

    public static final Period JAN = Period.parse("2025-01");
    public static final Period FEB = Period.parse("2025-02");

    /** A forecast with 80% and 95% intervals: quantiles 0.025, 0.1, 0.9, 0.975. */
    public static SeriesForecast webCpuForecast() {
        TreeMap<Double, double[]> q = new TreeMap<>();
        q.put(0.025, new double[] {6, 7});
        q.put(0.1, new double[] {8, 9});
        q.put(0.9, new double[] {12, 13.5});
        q.put(0.975, new double[] {14, 16});
        return new SeriesForecast(new SeriesKey("web", "cpu"), JAN, new double[] {10, 11.25}, q, "seasonal trend", 0.8);
    }

    /** A forecast without intervals, as for a series too short to measure them. */
    public static SeriesForecast dbCpuForecast() {
        return new SeriesForecast(new SeriesKey("db", "cpu"), JAN, new double[] {3, 3}, new TreeMap<>(), "flat", Double.NaN);
    }

    public static Plan plan(PlanStatus status, OptionalDouble lowerBound) {
        return new Plan(status, 1300.0, lowerBound, 2.5, List.of(JAN, FEB),
                List.of(new Purchase("east", "small", JAN, 1, Period.parse("2024-12"), 100.0),
                        new Purchase("west", "big", FEB, 4, Period.parse("2024-12"), 1200.0)),
                List.of(new UnmetDemand("west", "memory", FEB, 12.5, "no node type fits the db workload on one node")),
                List.of(new Utilization("east", "cpu", JAN, 40, 30),
                        new Utilization("east", "cpu", FEB, 40, 36.5),
                        new Utilization("west", "memory", FEB, 0, 12.5)),
                List.of(new Assignment("web", JAN, "east", ""),
                        new Assignment("db", JAN, "east", "east-small-1")),
                List.of(new Runway("east", "cpu", Optional.of(FEB), 1),
                        new Runway("west", "memory", Optional.empty(), 2)),
                List.of(webCpuForecast(), dbCpuForecast()));
    }

    public static Plan plan() {
        return plan(PlanStatus.FEASIBLE, OptionalDouble.of(1200.0));
    }

    /** The sample plan with web moved from east to west in February, at 50 (total cost 1350). */
    public static Plan withMoves() {
        Plan p = plan();
        return new Plan(p.status(), 1350.0, p.lowerBound(), p.solveSeconds(), p.periods(), p.purchases(), p.unmet(),
                p.utilization(),
                List.of(new Assignment("web", JAN, "east", ""), new Assignment("web", FEB, "west", ""),
                        new Assignment("db", JAN, "east", "east-small-1")),
                p.runway(), p.forecasts(), List.of(new Move("web", FEB, "east", "west", 50.0)));
    }
}
