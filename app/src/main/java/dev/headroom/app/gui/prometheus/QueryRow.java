package dev.headroom.app.gui.prometheus;

import dev.headroom.core.model.Aggregation;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One resource of an import from Prometheus as the planner edits it: its name, its PromQL and its roll-up. */
public final class QueryRow {
    private final StringProperty resource = new SimpleStringProperty("");
    private final StringProperty promql = new SimpleStringProperty("");
    private final ObjectProperty<Aggregation> aggregation = new SimpleObjectProperty<>(Aggregation.P95);

    public QueryRow(String resource, String promql, Aggregation aggregation) {
        this.resource.set(resource);
        this.promql.set(promql);
        this.aggregation.set(aggregation);
    }

    public StringProperty resourceProperty() {
        return resource;
    }

    public StringProperty promqlProperty() {
        return promql;
    }

    public ObjectProperty<Aggregation> aggregationProperty() {
        return aggregation;
    }
}
