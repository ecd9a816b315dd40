package dev.headroom.app.gui.data;

import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Workload;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The workloads' placement: whether one spreads over a pool or must fit one node, the pool it is pinned to, the
 * pools it may run in, and its anti-affinity group. Workloads come with their usage history, so they are not
 * added or deleted here, nor renamed.
 */
public final class WorkloadsTable extends EditableTable<Workload> {

    static final int NAME = 0;
    static final int PLACEMENT = 1;
    static final int PINNED = 2;
    static final int ALLOWED = 3;
    static final int ANTI_AFFINITY = 4;

    WorkloadsTable(Edits edits) {
        super(edits, "workload");
    }

    /** Headers of two lines, as the usage columns beside them have, so that all fit in a window 1280 pixels wide. */
    @Override
    public List<Column> columns() {
        return List.of(Column.readOnly("Workload", 145),
                Column.choice("Placement", () -> Arrays.stream(PlacementMode.values()).map(PlacementMode::toString).toList(), 95)
                        .hint("pool: its demand may spread over a pool's nodes; node: it must fit on one node"),
                Column.choice("Pinned\nto pool", () -> Stream.concat(Stream.of(""), poolNames().stream()).toList(), 95)
                        .hint("The pool it must run in; empty for none"),
                Column.text("Allowed\npools", 115).hint("The pools it may run in, separated by commas; empty for any pool"),
                Column.text("Anti-affinity\ngroup", 105).hint("Workloads of one group must run on different nodes"));
    }

    private List<String> poolNames() {
        return input().map(in -> in.pools().stream().map(Pool::name).toList()).orElse(List.of());
    }

    @Override
    public boolean canAddAndDelete() {
        return false;
    }

    @Override
    public String description() {
        return "Where each workload may run. Usage comes from the imported history and is not edited here.";
    }

    @Override
    List<Workload> items(PlanningInput in) {
        return in.workloads();
    }

    @Override
    List<String> cells(Workload w) {
        return List.of(w.name(), w.placement().toString(), w.pinnedPool().orElse(""),
                String.join(", ", w.allowedPools().stream().sorted().toList()), w.antiAffinity().orElse(""));
    }

    @Override
    Workload read(RowReader row, PlanningInput in, Workload original, List<Workload> others) {
        PlacementMode placement = PlacementMode.POOL;
        try {
            placement = PlacementMode.parse(row.text(PLACEMENT));
        } catch (IllegalArgumentException e) {
            row.fail(PLACEMENT, e.getMessage());
        }
        List<String> pools = in.pools().stream().map(Pool::name).toList();
        Optional<String> pinned = row.reference(PINNED, "pool", pools, true);
        Set<String> allowed = new LinkedHashSet<>();
        for (String p : row.text(ALLOWED).split(",")) {
            String name = p.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!pools.contains(name)) {
                row.fail(ALLOWED, "pool '" + name + "' is not defined");
            }
            allowed.add(name);
        }
        if (pinned.isPresent() && !allowed.isEmpty() && !allowed.contains(pinned.get())) {
            row.fail(PINNED, "pool '" + pinned.get() + "' is not among the allowed pools (" + String.join(", ", allowed) + ")");
        }
        String group = row.text(ANTI_AFFINITY);
        return row.ok() ? new Workload(original.name(), placement, pinned, allowed,
                group.isEmpty() ? Optional.empty() : Optional.of(group)) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<Workload> items) {
        return new PlanningInput(in.name(), in.settings(), in.resources(), items, in.pools(), in.nodeTypes(),
                in.inventory(), in.usage(), in.knownDemand(), in.budgets());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        throw new UnsupportedOperationException("workloads come with their usage history");
    }
}
