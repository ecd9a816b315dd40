package dev.headroom.app.gui.preferences;

import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.ProjectDefaults;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The preferences dialog's logic: shown as stored, stored only when applied and valid, language on restart. */
class PreferencesViewModelTest {

    private final MemoryPreferences stored = new MemoryPreferences();
    private final ObjectProperty<Theme> windowTheme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<TextScale> windowTextScale = new SimpleObjectProperty<>(TextScale.STANDARD);

    @Test
    void showsWhatIsStoredInPercent() {
        stored.saveProjectDefaults(new ProjectDefaults(24, 0.975, 0.7, ProjectDefaults.MemoryUnit.DECIMAL));
        PreferencesViewModel vm = new PreferencesViewModel(stored, windowTheme, windowTextScale, Language.ENGLISH);
        assertThat(vm.horizonMonthsProperty().get()).isEqualTo(24);
        assertThat(vm.sizingPercentProperty().get()).isEqualTo(97.5);
        assertThat(vm.targetPercentProperty().get()).isEqualTo(70);
        assertThat(vm.memoryUnitProperty().get()).isEqualTo(ProjectDefaults.MemoryUnit.DECIMAL);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void applyStoresEverythingAndSetsTheWindowsTheme() {
        PreferencesViewModel vm = new PreferencesViewModel(stored, windowTheme, windowTextScale, Language.ENGLISH);
        vm.horizonMonthsProperty().set(6);
        vm.sizingPercentProperty().set(95);
        vm.targetPercentProperty().set(75);
        vm.memoryUnitProperty().set(ProjectDefaults.MemoryUnit.DECIMAL);
        vm.themeProperty().set(Theme.DARK);
        vm.textScaleProperty().set(TextScale.LARGEST);
        vm.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertThat(windowTheme.get()).as("nothing changes before apply").isEqualTo(Theme.LIGHT);
        assertThat(windowTextScale.get()).isEqualTo(TextScale.STANDARD);
        assertThat(stored.projectDefaults()).isEqualTo(ProjectDefaults.standard());

        assertThat(vm.apply()).isTrue();

        assertThat(stored.projectDefaults()).isEqualTo(new ProjectDefaults(6, 0.95, 0.75,
                ProjectDefaults.MemoryUnit.DECIMAL));
        assertThat(stored.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(windowTheme.get()).isEqualTo(Theme.DARK);
        assertThat(windowTextScale.get()).isEqualTo(TextScale.LARGEST);
    }

    @Test
    void showsTheWindowsTextSize() {
        windowTextScale.set(TextScale.LARGER);
        PreferencesViewModel vm = new PreferencesViewModel(stored, windowTheme, windowTextScale, Language.ENGLISH);
        assertThat(vm.textScaleProperty().get()).isEqualTo(TextScale.LARGER);
    }

    @Test
    void aValueOutOfRangeIsSaidAndNothingIsStored() {
        PreferencesViewModel vm = new PreferencesViewModel(stored, windowTheme, windowTextScale, Language.ENGLISH);
        vm.targetPercentProperty().set(120);
        assertThat(vm.problemProperty().get()).contains("120");
        vm.themeProperty().set(Theme.DARK);
        vm.textScaleProperty().set(TextScale.LARGER);

        assertThat(vm.apply()).isFalse();
        assertThat(windowTextScale.get()).isEqualTo(TextScale.STANDARD);

        assertThat(windowTheme.get()).isEqualTo(Theme.LIGHT);
        assertThat(stored.projectDefaults()).isEqualTo(ProjectDefaults.standard());
        vm.targetPercentProperty().set(80);
        vm.horizonMonthsProperty().set(0);
        assertThat(vm.problemProperty().get()).contains("0");
        vm.horizonMonthsProperty().set(12);
        vm.sizingPercentProperty().set(100);
        assertThat(vm.problemProperty().get()).contains("100");
        vm.sizingPercentProperty().set(90);
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void anotherLanguageThanTheWindowSpeaksNeedsARestart() {
        PreferencesViewModel vm = new PreferencesViewModel(stored, windowTheme, windowTextScale, Language.ENGLISH);
        assertThat(vm.restartNeeded().get()).isFalse();
        vm.languageProperty().set(Language.SIMPLIFIED_CHINESE);
        assertThat(vm.restartNeeded().get()).isTrue();
    }
}
