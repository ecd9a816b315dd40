package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pools: name, nodes kept spare for failures, and the most nodes there is room for. */
public final class PoolsTable extends EditableTable<Pool> {

    private static final Texts T = Texts.of(PoolsTable.class);

    static final int NAME = 0;
    static final int HA_NODES = 1;
    static final int MAX_NODES = 2;

    PoolsTable(Edits edits) {
        super(edits, T.get("what.pool"));
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.text(T.get("pools.name"), 200),
                Column.number(T.get("pools.ha"), 130).hint(T.get("pools.ha.hint")),
                Column.number(T.get("pools.max"), 130).hint(T.get("pools.max.hint")));
    }

    @Override
    public String description() {
        return T.get("pools.description");
    }

    @Override
    List<Pool> items(PlanningInput in) {
        return in.pools();
    }

    @Override
    List<String> cells(Pool p) {
        return List.of(p.name(), Integer.toString(p.haNodes()),
                p.maxNodes().isPresent() ? Integer.toString(p.maxNodes().getAsInt()) : "");
    }

    @Override
    Pool read(RowReader row, PlanningInput in, Pool original, List<Pool> others) {
        String name = row.name(NAME, T.get("what.pool"));
        if (others.stream().anyMatch(p -> p.name().equals(name))) {
            row.fail(NAME, T.get("pools.duplicate", name));
        }
        int ha = (int) row.whole(HA_NODES, T.get("pools.ha.what"), 0, Integer.MAX_VALUE);
        var max = row.optionalWhole(MAX_NODES, T.get("pools.max.what"), 0);
        return row.ok() ? new Pool(name, ha, max) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<Pool> items) {
        return new PlanningInput(in.name(), in.settings(), in.resources(), in.workloads(), items, in.nodeTypes(),
                in.inventory(), in.usage(), in.knownDemand(), in.budgets());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        return List.of(Names.unused("pool", in.pools().stream().map(Pool::name).toList()), "0", "");
    }

    @Override
    Project edited(Project p, Pool original, Pool edited, List<Pool> items) {
        Project renamed = original == null || original.name().equals(edited.name()) ? p
                : Renames.pool(p, original.name(), edited.name());
        return renamed.withInput(with(renamed.input(), items));
    }

    @Override
    Optional<String> whyNotDelete(Project p, Pool pool) {
        String name = pool.name();
        PlanningInput in = p.input();
        List<String> uses = new ArrayList<>();
        long pinned = in.workloads().stream().filter(w -> w.pinnedPool().filter(name::equals).isPresent()).count();
        long allowed = in.workloads().stream().filter(w -> w.allowedPools().contains(name)).count();
        long inventory = in.inventory().stream().filter(n -> n.pool().equals(name)).count();
        if (pinned > 0) {
            uses.add(T.get("use.pinned", pinned));
        }
        if (allowed > 0) {
            uses.add(T.get("use.allowed", allowed));
        }
        if (inventory > 0) {
            uses.add(T.get("use.inventoryIn", inventory));
        }
        Renames.scenariosNaming(p, "pool", name).forEach(s -> uses.add(T.get("use.scenario", s)));
        return uses.isEmpty() ? Optional.empty()
                : Optional.of(T.get("pools.cannotDelete", name, String.join(T.get("list.separator"), uses)));
    }
}
