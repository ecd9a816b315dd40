package dev.headroom.app.gui.importer;

import dev.headroom.io.usage.ImportMapping;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Optional;

/**
 * Which header holds what, as the planner sees it in the wizard: an empty text leaves the column to be found
 * (or, for unit and pool, to be absent). The long layout uses all six; the wide layout only the period.
 */
public final class MappingColumns {
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty workload = new SimpleStringProperty("");
    private final StringProperty resource = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty pool = new SimpleStringProperty("");

    public StringProperty period() {
        return period;
    }

    public StringProperty workload() {
        return workload;
    }

    public StringProperty resource() {
        return resource;
    }

    /** The usage column of the long layout. */
    public StringProperty value() {
        return value;
    }

    public StringProperty unit() {
        return unit;
    }

    public StringProperty pool() {
        return pool;
    }

    List<StringProperty> all() {
        return List.of(period, workload, resource, value, unit, pool);
    }

    void clear() {
        all().forEach(p -> p.set(""));
    }

    ImportMapping applyTo(ImportMapping m) {
        ImportMapping withPeriod = m.withColumns(orNull(period), orNull(workload), orNull(resource), orNull(value));
        return withPeriod.withUnitAndPoolColumns(orNull(unit), orNull(pool));
    }

    /** Shows the columns an import found; those it did not find stay empty. */
    void fillFrom(ImportMapping found) {
        period.set(found.periodColumn().orElse(""));
        workload.set(found.workloadColumn().orElse(""));
        resource.set(found.resourceColumn().orElse(""));
        value.set(found.valueColumn().orElse(""));
        unit.set(found.unitColumn().orElse(""));
        pool.set(found.poolColumn().orElse(""));
    }

    private static String orNull(StringProperty p) {
        return Optional.ofNullable(p.get()).filter(s -> !s.isBlank()).orElse(null);
    }
}
