package dev.headroom.app.gui;

import dev.headroom.app.gui.plan.UtilizationBand;
import dev.headroom.app.gui.workspace.FileKind;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.core.forecast.ForecastAdjustment;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words whose keys are put together at run time (one per screen, per theme) exist: a missing one would show
 * as {@code [key]}, which the completeness test's scan of literal keys cannot see.
 */
class LabelsTest {

    @Test
    void everyScreenHasItsNameAndTooltip() {
        assertThat(Arrays.stream(Screen.values()).flatMap(s -> java.util.stream.Stream.of(s.label(), s.tooltip())))
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("["));
    }

    @Test
    void everyMemoryUnitHasItsNameInThePreferences() {
        Texts t = Texts.named("dev.headroom.app.gui.preferences.Texts");
        assertThat(ProjectDefaults.MemoryUnit.values()).allSatisfy(u ->
                assertThat(t.has("memory." + u.name().toLowerCase(Locale.ROOT))).isTrue());
    }

    @Test
    void everyFileKindHasItsDescription() {
        assertThat(FileKind.values()).allSatisfy(k -> assertThat(k.description()).isNotBlank().doesNotStartWith("["));
    }

    @Test
    void everyUtilizationBandHasItsWords() {
        assertThat(UtilizationBand.values()).allSatisfy(b -> assertThat(b.words()).isNotBlank().doesNotStartWith("["));
    }

    @Test
    void everyKindOfForecastAdjustmentHasItsName() {
        Texts t = Texts.named("dev.headroom.app.gui.forecast.Texts");
        assertThat(ForecastAdjustment.Kind.values()).allSatisfy(k ->
                assertThat(t.has("kind." + k.name().toLowerCase(Locale.ROOT))).isTrue());
    }

    @Test
    void everyPlanningPeriodHasItsNameInTheImportWizardAndTheDataScreen() {
        for (String bundle : java.util.List.of("importer", "data")) {
            Texts t = Texts.named("dev.headroom.app.gui." + bundle + ".Texts");
            assertThat(dev.headroom.core.model.Frequency.values()).allSatisfy(f ->
                    assertThat(t.has("period." + f.name().toLowerCase(Locale.ROOT))).as(bundle).isTrue());
        }
    }

    @Test
    void everyThemeHasItsName() {
        assertThat(Theme.values()).allSatisfy(t -> assertThat(t.label()).isNotBlank().doesNotStartWith("["));
    }

    @Test
    void everyTextSizeHasItsName() {
        assertThat(dev.headroom.app.gui.workspace.TextScale.values()).extracting(
                dev.headroom.app.gui.workspace.TextScale::label).containsExactly("Standard", "Larger", "Largest");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Texts zh = Texts.named("dev.headroom.app.gui.workspace.Texts");
            assertThat(zh.get("textScale.larger")).isEqualTo("较大");
            assertThat(Texts.named("dev.headroom.app.gui.preferences.Texts").get("textScale")).isEqualTo("文字大小");
        } finally {
            Locale.setDefault(before);
        }
    }
}
