package dev.headroom.io.workbook;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Resource;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the Resources sheet: {@code resource*, unit, target_utilization, aggregation}. */
final class ResourcesSheet {
    private ResourcesSheet() {
    }

    /**
     * Reads every resource with a name. A resource whose other cells have problems is still returned,
     * with defaults in their place, so that other sheets can be checked against it.
     */
    static List<Resource> read(Table table, Problems problems) {
        List<Resource> resources = new ArrayList<>();
        if (!WorkbookLayout.RESOURCES.checkRequiredColumns(table, problems)) {
            return resources;
        }
        int name = table.column("resource").getAsInt();
        var unit = table.column("unit");
        var target = table.column("target_utilization");
        var aggregation = table.column("aggregation");
        for (TableRow row : table.rows()) {
            Optional<String> resource = Cells.requiredText(row.cell(name), ReaderWords.of("need.resourceName"), problems);
            String unitText = Cells.text(row.cell(unit)).orElse("");
            double targetUtilization = Cells.between(row.cell(target), 0, 1, problems).orElse(Resource.DEFAULT_TARGET);
            Aggregation agg = Cells.text(row.cell(aggregation)).isEmpty() ? Aggregation.P95
                    : Cells.parse(row.cell(aggregation), Aggregation::parse, problems).orElse(Aggregation.P95);
            resource.ifPresent(r -> resources.add(new Resource(r, unitText, targetUtilization, agg)));
        }
        return resources;
    }
}
