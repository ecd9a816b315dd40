package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.Optional;

/**
 * The form for a new manual adjustment of the selected series: its kind, the period it starts in (or replaces)
 * and its value, read into a {@link ForecastAdjustment} or a problem in words.
 */
public final class AdjustmentEditor {

    private static final Texts T = Texts.of(AdjustmentEditor.class);

    private final ObjectProperty<ForecastAdjustment.Kind> kind = new SimpleObjectProperty<>(ForecastAdjustment.Kind.GROWTH_PER_PERIOD);
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper valueHint = new ReadOnlyStringWrapper("");
    private String unit = "";

    AdjustmentEditor() {
        kind.addListener((o, a, b) -> updateHint());
        updateHint();
    }

    public ObjectProperty<ForecastAdjustment.Kind> kindProperty() {
        return kind;
    }

    /** The period as the planner types it, e.g. 2026-11. */
    public StringProperty periodProperty() {
        return period;
    }

    /** A percentage for growths, an amount in the resource's unit for steps and overrides. */
    public StringProperty valueProperty() {
        return value;
    }

    /** Why the last adjustment could not be added; empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the value means for the chosen kind, e.g. "% a period" or "cores". */
    public ReadOnlyStringProperty valueHintProperty() {
        return valueHint.getReadOnlyProperty();
    }

    /** Ready for a series: its unit for the hint, and its first forecast period when no period is typed yet. */
    void prepare(String seriesUnit, Period firstForecast) {
        unit = seriesUnit == null ? "" : seriesUnit;
        if (period.get().isBlank() && firstForecast != null) {
            period.set(firstForecast.toString());
        }
        problem.set("");
        updateHint();
    }

    /** The adjustment the form describes, or empty with {@link #problemProperty()} saying why. */
    Optional<ForecastAdjustment> read(SeriesKey series, Frequency frequency) {
        Period at;
        try {
            at = Period.parse(period.get() == null ? "" : period.get(), frequency);
        } catch (IllegalArgumentException e) {
            problem.set(T.get("problem.period", Messages.of(e)));
            return Optional.empty();
        }
        String text = value.get() == null ? "" : value.get().strip().replace("%", "").replace(',', '.').strip();
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            problem.set(T.get("problem.value", value.get()));
            return Optional.empty();
        }
        try {
            ForecastAdjustment a = new ForecastAdjustment(series, kind.get(), at, number);
            problem.set("");
            value.set("");
            return Optional.of(a);
        } catch (IllegalArgumentException e) {
            String words = Messages.of(e);
            problem.set(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
            return Optional.empty();
        }
    }

    private void updateHint() {
        valueHint.set(switch (kind.get()) {
            case GROWTH_PER_PERIOD -> T.get("hint.perPeriod");
            case GROWTH_OVER_HORIZON -> T.get("hint.inAll");
            case STEP -> unit.isBlank() ? T.get("hint.added") : T.get("hint.unitAdded", unit);
            case OVERRIDE -> unit.isBlank() ? T.get("hint.demand") : unit;
        });
    }
}
