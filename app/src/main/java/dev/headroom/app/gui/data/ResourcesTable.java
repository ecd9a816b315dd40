package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;

/**
 * The resources: name, unit, the share of capacity that may be planned for use (in percent here, as planners
 * say it) and how finer samples roll up. A resource added gets a capacity of 0 on every node type until the
 * planner fills it in on the node types' table.
 */
public final class ResourcesTable extends EditableTable<Resource> {

    private static final Texts T = Texts.of(ResourcesTable.class);

    static final int NAME = 0;
    static final int UNIT = 1;
    static final int TARGET = 2;
    static final int AGGREGATION = 3;

    private final DoubleSupplier newTarget;

    /** @param newTarget the target use (a fraction) a resource added starts with: the planner's preference */
    ResourcesTable(Edits edits, DoubleSupplier newTarget) {
        super(edits, T.get("what.resource"));
        this.newTarget = newTarget;
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.text(T.get("resources.name"), 160), Column.text(T.get("resources.unit"), 110),
                Column.number(T.get("resources.target"), 130).hint(T.get("resources.target.hint")),
                Column.choice(T.get("resources.rollUp"), () -> Arrays.stream(Aggregation.values()).map(Aggregation::toString).toList(), 110)
                        .hint(T.get("resources.rollUp.hint")));
    }

    @Override
    public String description() {
        return T.get("resources.description");
    }

    @Override
    List<Resource> items(PlanningInput in) {
        return in.resources();
    }

    @Override
    List<String> cells(Resource r) {
        return List.of(r.name(), r.unit(), RowReader.Cells.number(Math.round(r.targetUtilization() * 1e8) / 1e6),
                r.aggregation().toString());
    }

    @Override
    Resource read(RowReader row, PlanningInput in, Resource original, List<Resource> others) {
        String name = row.name(NAME, T.get("what.resource"));
        if (others.stream().anyMatch(r -> r.name().equals(name))) {
            row.fail(NAME, T.get("resources.duplicate", name));
        }
        double target = row.fraction(TARGET, T.get("resources.target.what"), 0, 100, true);
        Aggregation aggregation = Aggregation.P95;
        try {
            aggregation = Aggregation.parse(row.text(AGGREGATION));
        } catch (IllegalArgumentException e) {
            row.fail(AGGREGATION, Messages.of(e));
        }
        return row.ok() ? new Resource(name, row.text(UNIT), target / 100, aggregation) : null;
    }

    /** Node types keep a capacity for exactly the resources defined: 0 for one just added. */
    @Override
    PlanningInput with(PlanningInput in, List<Resource> items) {
        List<NodeType> types = in.nodeTypes().stream().map(t -> {
            Map<String, Double> capacity = new TreeMap<>();
            items.forEach(r -> capacity.put(r.name(), t.capacityOf(r.name())));
            return new NodeType(t.name(), t.cost(), t.leadTime(), capacity);
        }).toList();
        return new PlanningInput(in.name(), in.settings(), items, in.workloads(), in.pools(), types,
                in.inventory(), in.usage(), in.knownDemand(), in.budgets());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        return List.of(Names.unused("resource", in.resources().stream().map(Resource::name).toList()), "",
                RowReader.Cells.number(Math.round(newTarget.getAsDouble() * 1e8) / 1e6), Aggregation.P95.toString());
    }

    @Override
    Project edited(Project p, Resource original, Resource edited, List<Resource> items) {
        Project renamed = original == null || original.name().equals(edited.name()) ? p
                : Renames.resource(p, original.name(), edited.name());
        return renamed.withInput(with(renamed.input(), items));
    }

    /** A resource with history or known demand would take them with it: that is refused rather than done quietly. */
    @Override
    Optional<String> whyNotDelete(Project p, Resource r) {
        List<String> uses = new ArrayList<>();
        long series = p.input().usage().stream().filter(s -> s.key().resource().equals(r.name())).count();
        long demand = p.input().knownDemand().stream().filter(d -> d.resource().equals(r.name())).count();
        if (series > 0) {
            uses.add(T.get("use.history", series));
        }
        if (demand > 0) {
            uses.add(T.get("use.knownDemand", demand));
        }
        Renames.scenariosNaming(p, "resource", r.name()).forEach(s -> uses.add(T.get("use.scenario", s)));
        return uses.isEmpty() ? Optional.empty()
                : Optional.of(T.get("resources.cannotDelete", r.name(), String.join(T.get("list.separator"), uses)));
    }
}
