package dev.headroom.core.model;

import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.progress.Progress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The one wording mechanism: arguments as text for problems, as values formatted by the language for the rest. */
class WordingTest {

    @Test
    void textArgumentsAreNeverFormattedByTheLocale() {
        Wording horizon = ModelWords.of("settings.horizon", 1000);
        assertThat(horizon.english()).isEqualTo("horizon must be between 1 and 600 periods, not 1000");
        assertThat(ModelWords.of("settings.sizingQuantile", 0.0).english())
                .isEqualTo("sizing_quantile must be above 0 and below 1, not 0.0");
        assertThat(horizon.formatsValues()).isFalse();
        assertThat(horizon.args()).containsExactly("1000");
    }

    @Test
    void formattedArgumentsFollowTheLanguageAndListsTheBundlesSeparator() {
        Wording series = Progress.step("forecast.series", 1500, 10000);
        assertThat(series.english()).isEqualTo("Forecast 1,500 of 10,000 series");
        assertThat(series.formatsValues()).isTrue();
        Wording budget = Wording.formatted(UnmetDemand.REASONS, "budget",
                List.of(Period.parse("2027-01"), Period.parse("2027-02")));
        assertThat(budget.english()).isEqualTo("the budget for orders in 2027-01, 2027-02 is spent");
        assertThat(budget.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027-01、2027-02 的订购预算已用完");
    }

    @Test
    void anyChineseLocaleSaysSimplifiedChineseAndOthersEnglish() {
        Wording pools = ModelWords.of("input.noPools");
        assertThat(pools.in(Locale.TRADITIONAL_CHINESE)).isEqualTo(pools.in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("没有定义任何资源池");
        Wording spares = Wording.formatted(UnmetDemand.REASONS, "haSpares", "west", 2);
        assertThat(spares.in(Locale.CHINESE)).isEqualTo(spares.in(Locale.SIMPLIFIED_CHINESE));
        assertThat(spares.in(Locale.GERMANY)).isEqualTo(spares.english()).isEqualTo("pool west keeps 2 HA spare nodes free");
    }

    @Test
    void wordsOfEitherKindNestInTheSameLanguage() {
        Wording twice = ModelWords.of("defined.twice", ModelWords.thing("node type"), "std");
        assertThat(twice.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("节点类型 std 定义了两次");
        Wording done = Progress.step("done.PARALLEL", Progress.step("status.FEASIBLE"), 4);
        assertThat(ModelWords.of("value.quoted", "x", done).english())
                .isEqualTo("\"x\" plan feasible, search budget used up on 4 threads (the plan may differ between runs)");
    }
}
