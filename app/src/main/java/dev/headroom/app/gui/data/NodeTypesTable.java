package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The node types that can be bought: price, lead time and raw capacity per resource (one column each). */
public final class NodeTypesTable extends EditableTable<NodeType> {

    private static final Texts T = Texts.of(NodeTypesTable.class);

    static final int NAME = 0;
    static final int COST = 1;
    static final int LEAD_TIME = 2;
    /** The first capacity column; the resources follow in the input's order. */
    static final int CAPACITY = 3;

    NodeTypesTable(Edits edits) {
        super(edits, T.get("what.nodeType"));
    }

    private List<Resource> resources() {
        return input().map(PlanningInput::resources).orElse(List.of());
    }

    @Override
    public List<Column> columns() {
        List<Column> columns = new ArrayList<>(List.of(Column.text(T.get("nodeTypes.name"), 180),
                Column.number(T.get("nodeTypes.cost"), 110).hint(T.get("nodeTypes.cost.hint")),
                Column.number(T.get("nodeTypes.leadTime"), 100).hint(T.get("nodeTypes.leadTime.hint"))));
        for (Resource r : resources()) {
            columns.add(Column.number(r.name() + (r.unit().isEmpty() ? "" : " (" + r.unit() + ")"), 130)
                    .hint(T.get("nodeTypes.capacity.hint", r.name())));
        }
        return columns;
    }

    @Override
    public String description() {
        return T.get("nodeTypes.description");
    }

    @Override
    List<NodeType> items(PlanningInput in) {
        return in.nodeTypes();
    }

    @Override
    List<String> cells(NodeType t) {
        List<String> cells = new ArrayList<>(List.of(t.name(), RowReader.Cells.number(t.cost()),
                Integer.toString(t.leadTime())));
        resources().forEach(r -> cells.add(RowReader.Cells.number(t.capacityOf(r.name()))));
        return cells;
    }

    @Override
    NodeType read(RowReader row, PlanningInput in, NodeType original, List<NodeType> others) {
        String name = row.name(NAME, T.get("what.nodeType"));
        if (others.stream().anyMatch(t -> t.name().equals(name))) {
            row.fail(NAME, T.get("nodeTypes.duplicate", name));
        }
        double cost = row.number(COST, T.get("nodeTypes.cost.what"), 0);
        int lead = (int) row.whole(LEAD_TIME, T.get("nodeTypes.leadTime.what"), 0, 600);
        Map<String, Double> capacity = new LinkedHashMap<>();
        List<Resource> resources = in.resources();
        for (int i = 0; i < resources.size(); i++) {
            capacity.put(resources.get(i).name(), row.number(CAPACITY + i, T.get("nodeTypes.capacity.what", resources.get(i).name()), 0));
        }
        return row.ok() ? new NodeType(name, cost, lead, capacity) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<NodeType> items) {
        return new PlanningInput(in.name(), in.settings(), in.resources(), in.workloads(), in.pools(), items,
                in.inventory(), in.usage(), in.knownDemand(), in.budgets());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        List<String> cells = new ArrayList<>(List.of(Names.unused("node-type",
                in.nodeTypes().stream().map(NodeType::name).toList()), "", "0"));
        in.resources().forEach(r -> cells.add(""));
        return cells;
    }

    @Override
    Project edited(Project p, NodeType original, NodeType edited, List<NodeType> items) {
        Project renamed = original == null || original.name().equals(edited.name()) ? p
                : Renames.nodeType(p, original.name(), edited.name());
        return renamed.withInput(with(renamed.input(), items));
    }

    @Override
    Optional<String> whyNotDelete(Project p, NodeType type) {
        List<String> uses = new ArrayList<>();
        long inventory = p.input().inventory().stream().filter(n -> n.nodeType().equals(type.name())).count();
        if (inventory > 0) {
            uses.add(T.get("use.inventoryOf", inventory));
        }
        Renames.scenariosNaming(p, "node type", type.name()).forEach(s -> uses.add(T.get("use.scenario", s)));
        return uses.isEmpty() ? Optional.empty()
                : Optional.of(T.get("nodeTypes.cannotDelete", type.name(), String.join(T.get("list.separator"), uses)));
    }
}
