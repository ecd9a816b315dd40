package dev.headroom.app.gui.data;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;

import java.util.List;

/** The nodes already owned: how many of a type in a pool, and the period they retire in (if they do). */
public final class InventoryTable extends EditableTable<ExistingNodes> {

    static final int POOL = 0;
    static final int NODE_TYPE = 1;
    static final int COUNT = 2;
    static final int RETIRE = 3;

    InventoryTable(Edits edits) {
        super(edits, "inventory row");
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.choice("Pool", () -> input().map(in -> in.pools().stream().map(Pool::name).toList()).orElse(List.of()), 180),
                Column.choice("Node type", () -> input().map(in -> in.nodeTypes().stream().map(NodeType::name).toList())
                        .orElse(List.of()), 180),
                Column.number("Nodes", 90), Column.text("Retires in", 130)
                        .hint("The first period these nodes can no longer be used, e.g. 2027-06; empty if they stay"));
    }

    @Override
    public String description() {
        return "The nodes already owned, per pool and node type; nodes with a retire period no longer count from that period on.";
    }

    @Override
    List<ExistingNodes> items(PlanningInput in) {
        return in.inventory();
    }

    @Override
    List<String> cells(ExistingNodes n) {
        return List.of(n.pool(), n.nodeType(), Integer.toString(n.count()), n.retirePeriod().map(Object::toString).orElse(""));
    }

    @Override
    ExistingNodes read(RowReader row, PlanningInput in, ExistingNodes original, List<ExistingNodes> others) {
        var pool = row.reference(POOL, "pool", in.pools().stream().map(Pool::name).toList(), false);
        var type = row.reference(NODE_TYPE, "node type", in.nodeTypes().stream().map(NodeType::name).toList(), false);
        int count = (int) row.whole(COUNT, "the number of nodes", 0, Integer.MAX_VALUE);
        var retire = row.period(RETIRE, "retire period", in.settings().frequency(), true);
        return row.ok() ? new ExistingNodes(pool.orElseThrow(), type.orElseThrow(), count, retire) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<ExistingNodes> items) {
        return new PlanningInput(in.name(), in.settings(), in.resources(), in.workloads(), in.pools(), in.nodeTypes(),
                items, in.usage(), in.knownDemand(), in.budgets());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        return List.of(in.pools().getFirst().name(), in.nodeTypes().getFirst().name(), "", "");
    }
}
