package dev.headroom.core.pipeline;

import dev.headroom.core.allocation.Allocation;
import dev.headroom.core.allocation.AllocationProblem;
import dev.headroom.core.allocation.Allocator;
import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.model.Wording;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The planning pipeline: forecast every usage series, size demand at the sizing quantile (known
 * demand replacing the forecast), find the cheapest placement and purchases, and assemble the plan
 * with its utilization, placement, runway and evidence.
 */
public final class Planner {

    /** The central interval levels every forecast carries, for the plan's forecast sheet. */
    static final List<Double> FORECAST_LEVELS = ForecastOptions.DEFAULT_LEVELS;

    /** Share of the time limit kept for tidying the plan and assembling its rows after the search. */
    private static final double ASSEMBLY_SHARE = 0.03;
    /**
     * Workload × period cells tidied and assembled per second after the search, counted at its slowest:
     * 2,000 workloads × 24 periods took 2.5 s on 2 cores shared with other builds (load average 9).
     */
    private static final double WORKLOAD_PERIODS_PER_SECOND = 20_000;

    private final Forecaster forecaster;

    public Planner(Forecaster forecaster) {
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
    }

    /**
     * Plans the input. A cancelled run returns the best plan found so far, or a plan with status
     * {@link PlanStatus#NO_SOLUTION} when it was cancelled before the allocation began.
     *
     * @param progress     told what is being done: forecasting, then each better plan found
     * @param cancellation asked between steps and during the search
     */
    public Plan plan(PlanningInput input, ProgressListener progress, Cancellation cancellation) {
        long start = System.nanoTime();
        Settings settings = input.settings();
        List<Period> periods = input.plannedPeriods();
        List<SeriesForecast> forecasts = forecast(input, periods, progress, cancellation);
        if (cancellation.isCancelled()) {
            return new Plan(PlanStatus.NO_SOLUTION, 0, OptionalDouble.empty(), seconds(start), periods, List.of(),
                    List.of(), List.of(), List.of(), List.of(), forecasts);
        }
        progress.onProgress(Progress.of(Progress.step("stage.demand"), -1,
                Progress.step("demand.sizing", String.valueOf(settings.sizingQuantile()))));
        DemandTable demand = DemandTable.build(input, periods, forecasts, settings.sizingQuantile());

        AllocationProblem problem = AllocationProblem.of(input, periods, demand::demandAt);
        Allocation allocation = new Allocator().allocate(problem, searchTime(settings, start, input.workloads().size() * periods.size()),
                Allocator.budgetFor(settings, problem), settings.seed(), settings.threads(), progress, cancellation);

        PlanAssembler rows = new PlanAssembler(input, periods, demand, allocation);
        Plan plan = new Plan(allocation.status(), allocation.cost(), allocation.lowerBound(), seconds(start), periods,
                allocation.purchases(), allocation.unmet(), rows.utilization(), rows.placement(), rows.runway(),
                forecasts, allocation.moves());
        // e.g. "plan optimal" or "plan feasible, search cut by the time limit (...)"
        Wording status = Progress.step("status." + plan.status().name());
        Wording done = Progress.step("done." + allocation.stop().name(), status, settings.threads());
        progress.onProgress(Progress.of(Progress.step("stage.done"), 1, done,
                OptionalDouble.of(plan.totalCost()), plan.lowerBound()));
        return plan;
    }

    /**
     * Forecasts every usage series as {@link #plan} does (same horizon, levels and seed), without planning:
     * what a screen shows of the forecasts a plan of this input would use.
     */
    public List<SeriesForecast> forecast(PlanningInput input, ProgressListener progress, Cancellation cancellation) {
        return forecast(input, input.plannedPeriods(), progress, cancellation);
    }

    /**
     * Forecasts only the usage series of the given keys, in the input's order, with the horizon, levels and seed a
     * plan of the whole input uses: a quick look at a few series. Their intervals are calibrated on these series
     * alone and the global model learns from them alone, so they may differ from the whole input's forecast.
     */
    public List<SeriesForecast> forecast(PlanningInput input, java.util.Set<SeriesKey> only, ProgressListener progress,
                                         Cancellation cancellation) {
        List<TimeSeries> chosen = input.usage().stream().filter(s -> only.contains(s.key())).toList();
        return chosen.isEmpty() ? List.of()
                : forecast(input, chosen, input.plannedPeriods(), progress, cancellation);
    }

    /**
     * Forecasts every usage series in one call, far enough to reach the last planned period from
     * the end of each series.
     */
    private List<SeriesForecast> forecast(PlanningInput input, List<Period> periods, ProgressListener progress,
                                          Cancellation cancellation) {
        if (input.usage().isEmpty()) {
            return List.of();
        }
        return forecast(input, input.usage(), periods, progress, cancellation);
    }

    /** Forecasts {@code usage} (the input's or some of it) as far as the input's longest way to its last period. */
    private List<SeriesForecast> forecast(PlanningInput input, List<TimeSeries> usage, List<Period> periods,
                                          ProgressListener progress, Cancellation cancellation) {
        Period last = periods.getLast();
        long horizon = 1;
        for (TimeSeries series : input.usage()) {
            horizon = Math.max(horizon, series.end().until(last));
        }
        ForecastOptions options = ForecastOptions.forLevels(FORECAST_LEVELS, input.settings().sizingQuantile())
                .withSeed(input.settings().seed());
        List<SeriesForecast> forecasts = forecaster.forecast(usage, Math.toIntExact(horizon), options, progress,
                cancellation);
        if (forecasts.size() != usage.size()) {
            throw new IllegalStateException("the forecaster returned " + forecasts.size() + " forecasts for "
                    + usage.size() + " series");
        }
        for (int i = 0; i < usage.size(); i++) {
            SeriesKey expected = usage.get(i).key();
            if (!forecasts.get(i).key().equals(expected)) {
                throw new IllegalStateException("the forecaster returned " + forecasts.get(i).key()
                        + " where " + expected + " was expected");
            }
        }
        return forecasts;
    }

    /**
     * The time limit covers the whole run: the search gets what forecasting left, less a margin for
     * tidying the plan and assembling its rows, which grows with the workloads and periods to tidy.
     */
    private static Duration searchTime(Settings settings, long start, int workloadPeriods) {
        double limit = settings.timeLimitSeconds();
        double margin = Math.clamp(ASSEMBLY_SHARE * limit, 0.05, 1.0)
                + Math.min(0.1 * limit, workloadPeriods / WORKLOAD_PERIODS_PER_SECOND);
        return Duration.ofNanos(Math.max(0, (long) ((limit - margin - seconds(start)) * 1e9)));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
