package dev.headroom.app.service;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.forecast.SmileForecaster;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The roll-ups of an import from Prometheus into a project: the project's own win, a contradiction is said. */
class PrometheusImportsTest {

    private final PlanningInput sample = new PlanningService(new SmileForecaster()).sampleProject().input();

    @Test
    void theProjectsRollUpsWinAndNewResourcesKeepTheChosenOne() {
        Aggregation cpu = sample.resource("cpu").orElseThrow().aggregation();
        assertThat(PrometheusImports.aggregations(Optional.of(sample), Map.of("cpu", cpu, "gpu", Aggregation.MEAN)))
                .containsEntry("cpu", cpu).containsEntry("gpu", Aggregation.MEAN);
    }

    @Test
    void aContradictingRollUpIsSaidInEnglishAndChinese() {
        Aggregation cpu = sample.resource("cpu").orElseThrow().aggregation();
        Aggregation other = cpu == Aggregation.SUM ? Aggregation.MEAN : Aggregation.SUM;

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> PrometheusImports.aggregations(Optional.of(sample), Map.of("cpu", other)));

        assertThat(e).hasMessage("the project rolls cpu up by " + cpu + ", so its history cannot be imported by " + other);
        assertThat(e.wording().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("项目按 " + cpu + " 汇总 cpu，因此不能按 " + other
                + " 导入其历史");
    }
}
