package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
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

    private static final Texts T = Texts.of(WorkloadsTable.class);

    static final int NAME = 0;
    static final int PLACEMENT = 1;
    static final int PINNED = 2;
    static final int ALLOWED = 3;
    static final int ANTI_AFFINITY = 4;

    WorkloadsTable(Edits edits) {
        super(edits, T.get("what.workload"));
    }

    /** Headers of two lines, as the usage columns beside them have, so that all fit in a window 1280 pixels wide. */
    @Override
    public List<Column> columns() {
        return List.of(Column.readOnly(T.get("workloads.name"), 145),
                Column.choice(T.get("workloads.placement"), () -> Arrays.stream(PlacementMode.values()).map(PlacementMode::toString).toList(), 95)
                        .hint(T.get("workloads.placement.hint")),
                Column.choice(T.get("workloads.pinned"), () -> Stream.concat(Stream.of(""), poolNames().stream()).toList(), 95)
                        .hint(T.get("workloads.pinned.hint")),
                Column.text(T.get("workloads.allowed"), 115).hint(T.get("workloads.allowed.hint")),
                Column.text(T.get("workloads.antiAffinity"), 105).hint(T.get("workloads.antiAffinity.hint")));
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
        return T.get("workloads.description");
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
            row.fail(PLACEMENT, Messages.of(e));
        }
        List<String> pools = in.pools().stream().map(Pool::name).toList();
        Optional<String> pinned = row.reference(PINNED, T.get("what.pool"), pools, true);
        Set<String> allowed = new LinkedHashSet<>();
        for (String p : row.text(ALLOWED).split(",")) {
            String name = p.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!pools.contains(name)) {
                row.fail(ALLOWED, T.get("workloads.poolNotDefined", name));
            }
            allowed.add(name);
        }
        if (pinned.isPresent() && !allowed.isEmpty() && !allowed.contains(pinned.get())) {
            row.fail(PINNED, T.get("workloads.pinnedNotAllowed", pinned.get(), String.join(", ", allowed)));
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
