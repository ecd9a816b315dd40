package dev.headroom.app.gui.scenarios;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A scenario as the Scenarios screen's list shows it; {@link #compareProperty()} is its tick for the comparison. */
public final class ScenarioItem {

    private final String name;
    private final String description;
    private final int changes;
    private final String plan;
    private final boolean outOfDate;
    private final BooleanProperty compare = new SimpleBooleanProperty();

    ScenarioItem(String name, String description, int changes, String plan, boolean outOfDate, boolean compared) {
        this.name = name;
        this.description = description;
        this.changes = changes;
        this.plan = plan;
        this.outOfDate = outOfDate;
        compare.set(compared);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int changes() {
        return changes;
    }

    /** The plan in words: its status and cost, "not planned", or that it is out of date. */
    public String plan() {
        return plan;
    }

    public boolean outOfDate() {
        return outOfDate;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }
}
