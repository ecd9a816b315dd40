package dev.headroom.io.project;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A project's own checks of its scenarios in Chinese, their English as before. */
class ProjectWordsTest {

    @Test
    void aScenarioDefinedTwiceInEnglishAndChinese() {
        Project project = SampleProjects.random(2, 2, 3, 1);
        Scenario peak = new Scenario("peak", "", List.of());

        InvalidValueException twice = catchThrowableOfType(InvalidValueException.class,
                () -> project.withScenarios(List.of(peak, peak)));
        assertThat(twice).hasMessage("scenario peak is defined twice");
        assertThat(twice.wording().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("情景 peak 定义了两次");

        InvalidValueException baseline = catchThrowableOfType(InvalidValueException.class,
                () -> project.withScenarios(List.of(new Scenario(Scenario.BASELINE, "", List.of()))));
        assertThat(baseline).hasMessage("scenario baseline is defined twice (the baseline is always there)");
        assertThat(baseline.wording().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("情景 baseline 定义了两次（基准情景始终存在）");
    }
}
