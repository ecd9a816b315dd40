package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;

import java.util.List;

/** The nodes already owned: how many of a type in a pool, and the period they retire in (if they do). */
public final class InventoryTable extends EditableTable<ExistingNodes> {

    private static final Texts T = Texts.of(InventoryTable.class);

    static final int POOL = 0;
    static final int NODE_TYPE = 1;
    static final int COUNT = 2;
    static final int RETIRE = 3;

    InventoryTable(Edits edits) {
        super(edits, T.get("what.inventoryRow"));
    }

    @Override
    public List<Column> columns() {
        return List.of(
                Column.choice(T.get("inventory.pool"), () -> input().map(in -> in.pools().stream().map(Pool::name).toList()).orElse(List.of()), 180),
                Column.choice(T.get("inventory.nodeType"), () -> input().map(in -> in.nodeTypes().stream().map(NodeType::name).toList())
                        .orElse(List.of()), 180),
                Column.number(T.get("inventory.nodes"), 90), Column.text(T.get("inventory.retires"), 130)
                        .hint(T.get("inventory.retires.hint")));
    }

    @Override
    public String description() {
        return T.get("inventory.description");
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
        var pool = row.reference(POOL, T.get("what.pool"), in.pools().stream().map(Pool::name).toList(), false);
        var type = row.reference(NODE_TYPE, T.get("what.nodeType"), in.nodeTypes().stream().map(NodeType::name).toList(), false);
        int count = (int) row.whole(COUNT, T.get("inventory.count"), 0, Integer.MAX_VALUE);
        var retire = row.period(RETIRE, T.get("inventory.retirePeriod"), in.settings().frequency(), true);
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
