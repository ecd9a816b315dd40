package dev.headroom.app.gui.forecast;

import dev.headroom.core.model.SeriesKey;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of the series list: a workload's use of a resource, its model and backtest error, its adjustments. */
public final class SeriesRow {

    private final SeriesKey key;
    private final ReadOnlyStringWrapper model = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper mase = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper adjustments = new ReadOnlyIntegerWrapper(0);

    SeriesRow(SeriesKey key) {
        this.key = key;
    }

    public SeriesKey key() {
        return key;
    }

    public String workload() {
        return key.workload();
    }

    public String resource() {
        return key.resource();
    }

    /** The model that made the forecast shown, with "(chosen)" when the planner forced it. */
    public ReadOnlyStringProperty modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The backtest's MASE with two decimals, or "—" when there was too little history to measure it. */
    public ReadOnlyStringProperty maseProperty() {
        return mase.getReadOnlyProperty();
    }

    /** How many manual adjustments the series has. */
    public ReadOnlyIntegerProperty adjustmentsProperty() {
        return adjustments.getReadOnlyProperty();
    }

    void show(String modelText, String maseText, int adjustmentCount) {
        model.set(modelText);
        mase.set(maseText);
        adjustments.set(adjustmentCount);
    }

    /** Whether the filter text (any case) is part of the workload or the resource name; blank matches all. */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(java.util.Locale.ROOT);
        return key.workload().toLowerCase(java.util.Locale.ROOT).contains(f)
                || key.resource().toLowerCase(java.util.Locale.ROOT).contains(f)
                || key.toString().toLowerCase(java.util.Locale.ROOT).contains(f);
    }
}
