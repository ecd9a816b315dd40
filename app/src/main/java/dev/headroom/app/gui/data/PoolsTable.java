package dev.headroom.app.gui.data;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pools: name, nodes kept spare for failures, and the most nodes there is room for. */
public final class PoolsTable extends EditableTable<Pool> {

    static final int NAME = 0;
    static final int HA_NODES = 1;
    static final int MAX_NODES = 2;

    PoolsTable(Edits edits) {
        super(edits, "pool");
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.text("Pool", 200),
                Column.number("HA spare nodes", 130).hint("Nodes kept free for failures: 1 for N+1"),
                Column.number("Most nodes", 130).hint("The most nodes the pool has room for; empty for no limit"));
    }

    @Override
    public String description() {
        return "Where workloads run. HA spare nodes are kept free for failures; a rename is carried into the workloads, the inventory and the scenarios.";
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
        String name = row.name(NAME, "pool");
        if (others.stream().anyMatch(p -> p.name().equals(name))) {
            row.fail(NAME, "pool '" + name + "' is already defined");
        }
        int ha = (int) row.whole(HA_NODES, "HA spare nodes", 0, Integer.MAX_VALUE);
        var max = row.optionalWhole(MAX_NODES, "most nodes", 0);
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
            uses.add(Names.count(pinned, "workload is", "workloads are") + " pinned to it");
        }
        if (allowed > 0) {
            uses.add(Names.count(allowed, "workload allows", "workloads allow") + " it");
        }
        if (inventory > 0) {
            uses.add("the inventory has " + Names.count(inventory, "row", "rows") + " in it");
        }
        Renames.scenariosNaming(p, "pool", name).forEach(s -> uses.add("scenario '" + s + "' names it"));
        return uses.isEmpty() ? Optional.empty()
                : Optional.of("Pool '" + name + "' cannot be deleted: " + String.join(", ", uses) + ".");
    }
}
