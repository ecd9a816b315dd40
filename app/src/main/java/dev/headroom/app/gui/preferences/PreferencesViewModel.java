package dev.headroom.app.gui.preferences;

import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.gui.workspace.WindowPreferences;
import dev.headroom.app.service.ProjectDefaults;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/**
 * The preferences dialog's state: the language (applies when Headroom starts next, since every screen reads its
 * words once), the theme and the text size (apply at once), and what new projects and resources start with: horizon in months,
 * sizing quantile and target use in percent, the unit memory is planned in. Nothing is stored until
 * {@link #apply()}; a value out of range is said in words and blocks it.
 */
public final class PreferencesViewModel {

    private static final Texts T = Texts.of(PreferencesViewModel.class);

    private final WindowPreferences preferences;
    private final ObjectProperty<Theme> windowTheme;
    private final ObjectProperty<TextScale> windowTextScale;
    private final Language spoken;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<TextScale> textScale = new SimpleObjectProperty<>();
    private final IntegerProperty horizonMonths = new SimpleIntegerProperty();
    private final DoubleProperty sizingPercent = new SimpleDoubleProperty();
    private final DoubleProperty targetPercent = new SimpleDoubleProperty();
    private final ObjectProperty<ProjectDefaults.MemoryUnit> memoryUnit = new SimpleObjectProperty<>();
    private final StringBinding problem;

    /**
     * @param windowTheme     the window's theme, set on {@link #apply()}
     * @param windowTextScale the windows' text size, set on {@link #apply()}
     * @param spoken          the language the window speaks now (the JVM's default locale's)
     */
    public PreferencesViewModel(WindowPreferences preferences, ObjectProperty<Theme> windowTheme,
                                ObjectProperty<TextScale> windowTextScale, Language spoken) {
        this.preferences = Objects.requireNonNull(preferences);
        this.windowTheme = Objects.requireNonNull(windowTheme);
        this.windowTextScale = Objects.requireNonNull(windowTextScale);
        this.spoken = Objects.requireNonNull(spoken);
        ProjectDefaults d = preferences.projectDefaults();
        language.set(preferences.language());
        theme.set(windowTheme.get());
        textScale.set(windowTextScale.get());
        horizonMonths.set(d.horizonMonths());
        sizingPercent.set(percent(d.sizingQuantile()));
        targetPercent.set(percent(d.targetUtilization()));
        memoryUnit.set(d.memoryUnit());
        problem = Bindings.createStringBinding(this::check, horizonMonths, sizingPercent, targetPercent);
    }

    /** What is wrong with the values as they stand, in words; empty when they can be applied. */
    private String check() {
        if (horizonMonths.get() < 1 || horizonMonths.get() > ProjectDefaults.MAX_HORIZON_MONTHS) {
            return T.get("problem.horizon", ProjectDefaults.MAX_HORIZON_MONTHS, horizonMonths.get());
        }
        if (!(sizingPercent.get() > 0 && sizingPercent.get() < 100)) {
            return T.get("problem.quantile", sizingPercent.get());
        }
        if (!(targetPercent.get() > 0 && targetPercent.get() <= 100)) {
            return T.get("problem.target", targetPercent.get());
        }
        return "";
    }

    /**
     * Stores every preference and sets the window's theme and text size; false (nothing stored) while {@link #problemProperty()}
     * says something.
     */
    public boolean apply() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        preferences.saveProjectDefaults(defaults());
        preferences.saveLanguage(language.get());
        windowTheme.set(theme.get());
        windowTextScale.set(textScale.get());
        return true;
    }

    /** The defaults as shown; only valid when there is no problem. */
    ProjectDefaults defaults() {
        return new ProjectDefaults(horizonMonths.get(), sizingPercent.get() / 100, targetPercent.get() / 100,
                memoryUnit.get());
    }

    /** Whether the chosen language differs from the one the window speaks: it shows when Headroom starts next. */
    public BooleanBinding restartNeeded() {
        return Bindings.createBooleanBinding(() -> language.get() != spoken, language);
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The text size of every window, applied at once on {@link #apply()}. */
    public ObjectProperty<TextScale> textScaleProperty() {
        return textScale;
    }

    public IntegerProperty horizonMonthsProperty() {
        return horizonMonths;
    }

    /** The sizing quantile in percent (90 for the 90th percentile). */
    public DoubleProperty sizingPercentProperty() {
        return sizingPercent;
    }

    /** The target use of a new resource in percent. */
    public DoubleProperty targetPercentProperty() {
        return targetPercent;
    }

    public ObjectProperty<ProjectDefaults.MemoryUnit> memoryUnitProperty() {
        return memoryUnit;
    }

    /** A fraction in percent without the binary noise of ×100 (0.9 → 90, not 90.00000000000001). */
    private static double percent(double fraction) {
        return Math.round(fraction * 1e8) / 1e6;
    }
}
