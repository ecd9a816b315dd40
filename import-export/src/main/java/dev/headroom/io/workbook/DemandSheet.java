package dev.headroom.io.workbook;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/** Reads the Demand sheet: {@code period*, workload*, resource*, demand*} at the plan's frequency. */
final class DemandSheet {
    private DemandSheet() {
    }

    private record Slot(SeriesKey key, Period period) {
    }

    static List<KnownDemand> read(Optional<Table> sheet, Frequency frequency, Function<String, String> unitOf,
                                  Problems problems) {
        List<KnownDemand> demand = new ArrayList<>();
        if (sheet.isEmpty() || !WorkbookLayout.DEMAND.checkRequiredColumns(sheet.get(), problems)) {
            return demand;
        }
        Table table = sheet.get();
        int periodColumn = table.column("period").getAsInt();
        int workloadColumn = table.column("workload").getAsInt();
        int resourceColumn = table.column("resource").getAsInt();
        int demandColumn = table.column("demand").getAsInt();
        Map<Slot, Integer> rows = new HashMap<>();
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(periodColumn);
            Optional<Period> period = Cells.requiredPeriod(periodCell, frequency, problems);
            Optional<String> workload = Cells.requiredText(row.cell(workloadColumn), ReaderWords.of("need.workload"), problems);
            Optional<String> resource = Cells.requiredText(row.cell(resourceColumn), ReaderWords.of("need.resource"), problems);
            OptionalDouble amount = Cells.requiredNonNegative(row.cell(demandColumn), ReaderWords.of("need.demand"),
                    resource.map(unitOf).orElse(""), problems);
            if (period.isEmpty() || workload.isEmpty() || resource.isEmpty() || amount.isEmpty()) {
                continue;
            }
            Slot slot = new Slot(new SeriesKey(workload.get(), resource.get()), period.get());
            Integer first = rows.putIfAbsent(slot, row.number());
            if (first != null) {
                problems.at(periodCell, ReaderWords.of("demand.twice", slot.key(), slot.period(), first));
            } else {
                demand.add(new KnownDemand(period.get(), workload.get(), resource.get(), amount.getAsDouble()));
            }
        }
        return demand;
    }
}
