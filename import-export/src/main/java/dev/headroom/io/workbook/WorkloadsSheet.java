package dev.headroom.io.workbook;

import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.Workload;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the Workloads sheet: {@code workload*, placement, pool, allowed_pools, anti_affinity}. */
final class WorkloadsSheet {
    private WorkloadsSheet() {
    }

    static List<Workload> read(Optional<Table> sheet, Problems problems) {
        List<Workload> workloads = new ArrayList<>();
        if (sheet.isEmpty() || !WorkbookLayout.WORKLOADS.checkRequiredColumns(sheet.get(), problems)) {
            return workloads;
        }
        Table table = sheet.get();
        int name = table.column("workload").getAsInt();
        var placement = table.column("placement");
        var pool = table.column("pool");
        var allowed = table.column("allowed_pools");
        var antiAffinity = table.column("anti_affinity");
        for (TableRow row : table.rows()) {
            Optional<String> workload = Cells.requiredText(row.cell(name), ReaderWords.of("need.workloadName"), problems);
            PlacementMode mode = Cells.parse(row.cell(placement), PlacementMode::parse, problems).orElse(PlacementMode.POOL);
            Optional<String> pinned = Cells.text(row.cell(pool));
            Set<String> allowedPools = splitPools(Cells.text(row.cell(allowed)).orElse(""));
            Optional<String> group = Cells.text(row.cell(antiAffinity));
            if (workload.isEmpty()) {
                continue;
            }
            try {
                workloads.add(new Workload(workload.get(), mode, pinned, allowedPools, group));
            } catch (IllegalArgumentException e) {
                problems.atRow(table.sheet(), row.number(), Problems.wordsOf(e));
                // Kept, without its contradictory pools, so that usage and demand of it are still checked.
                workloads.add(new Workload(workload.get(), mode, Optional.empty(), Set.of(), group));
            }
        }
        return workloads;
    }

    /** {@code a; b ;c} → {@code [a, b, c]}; empty parts are ignored. */
    static Set<String> splitPools(String text) {
        Set<String> pools = new LinkedHashSet<>();
        Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(pools::add);
        return pools;
    }
}
