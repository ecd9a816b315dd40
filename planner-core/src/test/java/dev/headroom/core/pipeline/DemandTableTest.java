package dev.headroom.core.pipeline;

import dev.headroom.core.allocation.InputBuilder;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandTableTest {

    private static final SeriesKey WEB_CPU = new SeriesKey("web", "cpu");

    private static SeriesForecast forecast(Period start, double... atQuantile90) {
        TreeMap<Double, double[]> quantiles = new TreeMap<>();
        quantiles.put(0.9, atQuantile90);
        return new SeriesForecast(WEB_CPU, start, atQuantile90, quantiles, "test", Double.NaN);
    }

    private static InputBuilder input(String planStart, int horizon, double... history) {
        return InputBuilder.monthly(planStart, horizon)
                .resource("cpu", 0.8).pool("eu-1").nodeType("std", 1, 0, "cpu", 1)
                .workload("web").workload("idle")
                .usage(new TimeSeries(WEB_CPU, Period.parse("2024-10"), history));
    }

    @Test
    void plannedPeriodsInsideTheHistoryTakeTheObservedValueOrTheLatestBefore() {
        PlanningInput in = input("2024-11", 3, 4, 5, Double.NaN).build();
        DemandTable table = DemandTable.build(in, in.plannedPeriods(), List.of(forecast(Period.parse("2025-01"), 9)), 0.9);

        assertThat(table.demand("web", "cpu", Period.parse("2024-11"))).isEqualTo(5);
        assertThat(table.demand("web", "cpu", Period.parse("2024-12"))).isEqualTo(5);
        assertThat(table.demand("web", "cpu", Period.parse("2025-01"))).isEqualTo(9);
    }

    @Test
    void negativeForecastsCountAsNoDemand() {
        PlanningInput in = input("2025-01", 2, 1, 1, 1).build();
        DemandTable table = DemandTable.build(in, in.plannedPeriods(), List.of(forecast(Period.parse("2025-01"), -3, 2)), 0.9);

        assertThat(table.demand("web", "cpu", Period.parse("2025-01"))).isZero();
        assertThat(table.demand("web", "cpu", Period.parse("2025-02"))).isEqualTo(2);
        assertThat(table.total("cpu", Period.parse("2025-02"))).isEqualTo(2);
        assertThat(table.demand("idle", "cpu", Period.parse("2025-02"))).isZero();
    }

    @Test
    void aForecastTooShortForThePlanIsAnError() {
        PlanningInput in = input("2025-01", 3, 1, 1, 1).build();

        assertThatThrownBy(() -> DemandTable.build(in, in.plannedPeriods(), List.of(forecast(Period.parse("2025-01"), 1, 2)), 0.9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends before 2025-03");
    }
}
