package dev.headroom.core.pipeline;

import dev.headroom.core.allocation.FleetGenerator;
import dev.headroom.core.allocation.InputBuilder;
import dev.headroom.core.allocation.PlanInvariants;
import dev.headroom.core.allocation.Planning;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.Utilization;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** The whole pipeline with a forecaster whose answers are known, so every demand figure can be checked exactly. */
class PlannerTest {

    private static final SeriesKey WEB_CPU = new SeriesKey("web", "cpu");
    private static final SeriesKey DB_CPU = new SeriesKey("db", "cpu");

    /** web's cpu history ends 2024-12, db's 2024-10; batch has only known demand. One roomy pool. */
    private static InputBuilder fleet() {
        return InputBuilder.monthly("2025-01", 3)
                .resource("cpu", 1.0).pool("eu-1")
                .nodeType("std", 100, 0, "cpu", 1000)
                .existing("eu-1", "std", 4)
                .workload("web").workload("db").workload("batch")
                .usage(new TimeSeries(WEB_CPU, Period.parse("2024-01"), new double[12]))
                .usage(new TimeSeries(DB_CPU, Period.parse("2024-01"), new double[10]));
    }

    private static ScriptedForecaster forecaster() {
        return new ScriptedForecaster(Map.of(WEB_CPU, 10.0, DB_CPU, 20.0));
    }

    private static double placed(Plan plan, String period) {
        return plan.utilization().stream().filter(u -> u.period().equals(Period.parse(period)))
                .mapToDouble(Utilization::demand).sum();
    }

    @Test
    void forecastsEverySeriesInOneCallReachingTheLastPlannedPeriod() {
        ScriptedForecaster forecaster = forecaster();
        PlanningInput input = fleet().build();
        Plan plan = new Planner(forecaster).plan(input, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(forecaster.batches).containsExactly(List.of(WEB_CPU, DB_CPU));
        // db ends 2024-10: five steps reach 2025-03.
        assertThat(forecaster.horizons).containsExactly(5);
        assertThat(forecaster.options.getFirst().quantiles()).contains(0.025, 0.1, 0.9, 0.975);
        assertThat(forecaster.options.getFirst().seed()).isEqualTo(input.settings().seed());
        assertThat(plan.forecasts()).extracting(f -> f.key()).containsExactly(WEB_CPU, DB_CPU);
        PlanInvariants.check(input, plan);
    }

    @Test
    void forecastingSomeSeriesUsesTheWholeInputsHorizonAndOptions() {
        ScriptedForecaster forecaster = forecaster();
        PlanningInput input = fleet().build();
        List<dev.headroom.core.forecast.SeriesForecast> web = new Planner(forecaster).forecast(input,
                java.util.Set.of(WEB_CPU), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(forecaster.batches).containsExactly(List.of(WEB_CPU));
        assertThat(forecaster.horizons).as("db's way to 2025-03, as when planning").containsExactly(5);
        assertThat(forecaster.options.getFirst().seed()).isEqualTo(input.settings().seed());
        assertThat(web).extracting(f -> f.key()).containsExactly(WEB_CPU);
        assertThat(new Planner(forecaster).forecast(input, java.util.Set.of(new SeriesKey("batch", "cpu")),
                ProgressListener.NONE, Cancellation.NEVER)).isEmpty();
    }

    @Test
    void demandIsTheSizingQuantileAtEachSeriesOwnStep() {
        Plan plan = new Planner(forecaster()).plan(fleet().build(), ProgressListener.NONE, Cancellation.NEVER);

        // web: step 0, 1, 2 for 2025-01..03; db: steps 2, 3, 4; batch: nothing known, so 0.
        assertThat(placed(plan, "2025-01")).isCloseTo(ScriptedForecaster.value(10, 0.9, 0) + ScriptedForecaster.value(20, 0.9, 2), within(1e-9));
        assertThat(placed(plan, "2025-03")).isCloseTo(ScriptedForecaster.value(10, 0.9, 2) + ScriptedForecaster.value(20, 0.9, 4), within(1e-9));
    }

    @Test
    void knownDemandReplacesTheForecastForItsPeriodOnly() {
        Plan plan = new Planner(forecaster()).plan(fleet()
                .demand("web", "cpu", 5, 5).build(), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(placed(plan, "2025-02")).isCloseTo(5 + ScriptedForecaster.value(20, 0.9, 3), within(1e-9));
        assertThat(placed(plan, "2025-03")).isCloseTo(ScriptedForecaster.value(10, 0.9, 2) + ScriptedForecaster.value(20, 0.9, 4), within(1e-9));
    }

    @Test
    void knownDemandWithoutUsageCountsOnlyWhereGiven() {
        Plan plan = new Planner(forecaster()).plan(fleet()
                .demand("batch", "cpu", 0, 700).build(), ProgressListener.NONE, Cancellation.NEVER);

        double forecastOnly = ScriptedForecaster.value(10, 0.9, 1) + ScriptedForecaster.value(20, 0.9, 3);
        assertThat(placed(plan, "2025-02")).isCloseTo(forecastOnly + 700, within(1e-9));
        assertThat(placed(plan, "2025-03")).isCloseTo(ScriptedForecaster.value(10, 0.9, 2) + ScriptedForecaster.value(20, 0.9, 4), within(1e-9));
    }

    @Test
    void runwayIsTheFirstPeriodTheExistingNodesCannotCarry() {
        PlanningInput input = InputBuilder.monthly("2025-01", 4)
                .resource("cpu", 0.5).resource("memory", 1.0).pool("eu-1")
                .nodeType("std", 100, 0, "cpu", 40, "memory", 100)
                .existing("eu-1", "std", 1)
                .workload("web").demand("web", "cpu", 15, 20, 25, 10).demand("web", "memory", 50, 50, 50, 50)
                .build();
        Plan plan = Planning.plan(input);

        assertThat(plan.runway()).extracting(Runway::resource, r -> r.exhaustedAt().map(Period::toString).orElse("never"), Runway::periodsLeft)
                .containsExactly(tuple("cpu", "2025-03", 2), tuple("memory", "never", 4));
        assertThat(plan.purchases()).singleElement().satisfies(p -> assertThat(p.period()).isEqualTo(Period.parse("2025-03")));
        PlanInvariants.check(input, plan);
    }

    @Test
    void reportsEachBetterPlanWithItsCostAndEndsDone() {
        List<Progress> reports = new ArrayList<>();
        new Planner(forecaster()).plan(fleet().demand("batch", "cpu", 0, 0, 3000).build(), reports::add,
                Cancellation.NEVER);

        assertThat(reports).anySatisfy(p -> {
            assertThat(p.stage()).isEqualTo("Solving");
            assertThat(p.bestCost()).isPresent();
        });
        assertThat(reports.getLast().stage()).isEqualTo("Done");
    }

    @Test
    void everyReportOfThePlannerSaysItsStageAndMessageInChineseToo() {
        List<Progress> reports = new ArrayList<>();
        new Planner(forecaster()).plan(fleet().demand("batch", "cpu", 0, 0, 3000).build(), reports::add,
                Cancellation.NEVER);

        assertThat(reports).isNotEmpty().allSatisfy(p -> {
            assertThat(p.stageWords()).isNotNull();
            assertThat(p.messageWords()).isNotNull();
            assertThat(p.stageIn(Locale.ENGLISH)).isEqualTo(p.stage());
            assertThat(p.messageIn(Locale.ENGLISH)).isEqualTo(p.message());
            // No English word left: only figures, periods and the quantile stay as they are.
            assertThat(p.stageIn(Locale.SIMPLIFIED_CHINESE) + p.messageIn(Locale.SIMPLIFIED_CHINESE))
                    .doesNotContainPattern("[A-Za-z]{2,}");
        });
        assertThat(reports.getLast().messageIn(Locale.SIMPLIFIED_CHINESE)).startsWith("计划：");
        assertThat(reports.getLast().stageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("完成");
    }

    @Test
    void cancelledBeforeAllocatingThereIsNoPlanButTheForecastsAreKept() {
        Plan plan = new Planner(forecaster()).plan(fleet().build(), ProgressListener.NONE, () -> true);

        assertThat(plan.status()).isEqualTo(PlanStatus.NO_SOLUTION);
        assertThat(plan.lowerBound()).isEmpty();
        assertThat(plan.purchases()).isEmpty();
        assertThat(plan.forecasts()).hasSize(2);
    }

    @Test
    void cancelledWhileSearchingTheBestPlanSoFarIsReturnedAtOnce() {
        PlanningInput input = FleetGenerator.generate(40, 3, 4, 12, 3, 30, 1);
        AtomicBoolean cancelled = new AtomicBoolean();
        // The first plan the solver itself reports: without the stop, the search would go on for 30 s.
        ProgressListener cancelAtFirstPlan = p -> {
            if (p.message().startsWith("plan costing")) {
                cancelled.set(true);
            }
        };
        Plan plan = new Planner(Planning.NO_FORECASTS).plan(input, cancelAtFirstPlan, cancelled::get);

        assertThat(plan.status()).isIn(PlanStatus.FEASIBLE, PlanStatus.OPTIMAL);
        assertThat(plan.solveSeconds()).isLessThan(5);
        PlanInvariants.check(input, plan);
    }

    @Test
    void theSameInputGivesTheSamePlan() {
        PlanningInput input = fleet().demand("batch", "cpu", 0, 0, 3000).build();
        Plan first = new Planner(forecaster()).plan(input, ProgressListener.NONE, Cancellation.NEVER);
        Plan second = new Planner(forecaster()).plan(input, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(second.purchases()).isEqualTo(first.purchases());
        assertThat(second.placement()).isEqualTo(first.placement());
        assertThat(second.utilization()).isEqualTo(first.utilization());
        assertThat(second.status()).isEqualTo(PlanStatus.OPTIMAL);
    }
}
