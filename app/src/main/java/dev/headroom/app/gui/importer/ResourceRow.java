package dev.headroom.app.gui.importer;

import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Aggregation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A resource of the file on the wizard's units page: the unit its values were found in, the unit to plan it in
 * (values are converted), and how samples finer than the planning period combine. A resource the open project
 * has already keeps the project's unit and roll-up, since its history is in them.
 */
public final class ResourceRow {
    private final String name;
    private final String foundUnit;
    private final boolean inProject;
    private final StringProperty unit;
    private final ObjectProperty<Aggregation> rollUp;

    ResourceRow(String name, String foundUnit, String unit, Aggregation rollUp, boolean inProject, Runnable onEdit) {
        this.name = name;
        this.foundUnit = foundUnit;
        this.inProject = inProject;
        this.unit = new SimpleStringProperty(unit);
        this.rollUp = new SimpleObjectProperty<>(rollUp);
        this.unit.addListener((o, was, now) -> onEdit.run());
        this.rollUp.addListener((o, was, now) -> onEdit.run());
    }

    public String name() {
        return name;
    }

    /** The unit the file states for it; empty when its values carry none. */
    public String foundUnit() {
        return foundUnit;
    }

    /** Whether the open project has this resource already (unit and roll-up then fixed). */
    public boolean inProject() {
        return inProject;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<Aggregation> rollUpProperty() {
        return rollUp;
    }

    UsageImports.ResourceChoice choice() {
        return new UsageImports.ResourceChoice(name, unit.get(), rollUp.get() == null ? Aggregation.P95 : rollUp.get());
    }
}
