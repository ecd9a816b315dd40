package dev.headroom.io.workbook;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads what can be owned and bought: Pools, NodeTypes and Nodes. A row whose numbers have problems
 * is still returned with neutral values (0, no limit) so that cross-references to it are checked
 * without reporting it a second time as missing.
 */
final class InventorySheets {
    private InventorySheets() {
    }

    /** Pools: {@code pool*, ha_nodes, max_nodes}. */
    static List<Pool> pools(Table table, Problems problems) {
        List<Pool> pools = new ArrayList<>();
        if (!WorkbookLayout.POOLS.checkRequiredColumns(table, problems)) {
            return pools;
        }
        int name = table.column("pool").getAsInt();
        var ha = table.column("ha_nodes");
        var max = table.column("max_nodes");
        for (TableRow row : table.rows()) {
            Optional<String> pool = Cells.requiredText(row.cell(name), ReaderWords.of("need.poolName"), problems);
            int haNodes = Cells.wholeNumber(row.cell(ha), 0, Integer.MAX_VALUE, problems).orElse(0);
            OptionalInt maxNodes = Cells.wholeNumber(row.cell(max), 0, Integer.MAX_VALUE, problems);
            pool.ifPresent(p -> pools.add(new Pool(p, haNodes, maxNodes)));
        }
        return pools;
    }

    /** NodeTypes: {@code node_type*, cost*, lead_time}, then one capacity column per resource. */
    static List<NodeType> nodeTypes(Table table, List<Resource> resources, Problems problems) {
        List<NodeType> types = new ArrayList<>();
        boolean complete = WorkbookLayout.NODE_TYPES.checkRequiredColumns(table, problems);
        Map<Resource, OptionalInt> capacityColumns = new LinkedHashMap<>();
        for (Resource r : resources) {
            OptionalInt column = table.column(r.name());
            if (column.isEmpty()) {
                problems.inSheet(table.sheet(), ReaderWords.of("nodeTypes.capacityColumnMissing", r.name()));
            }
            capacityColumns.put(r, column);
        }
        if (!complete) {
            return types;
        }
        int name = table.column("node_type").getAsInt();
        int cost = table.column("cost").getAsInt();
        var leadTime = table.column("lead_time");
        for (TableRow row : table.rows()) {
            Optional<String> type = Cells.requiredText(row.cell(name), ReaderWords.of("need.nodeTypeName"), problems);
            double price = Cells.requiredNonNegative(row.cell(cost), ReaderWords.of("need.nodeCost"), "", problems).orElse(0);
            int lead = Cells.wholeNumber(row.cell(leadTime), 0, Integer.MAX_VALUE, problems).orElse(0);
            Map<String, Double> capacity = new LinkedHashMap<>();
            capacityColumns.forEach((resource, column) -> capacity.put(resource.name(), column.isEmpty() ? 0.0
                    : Cells.requiredNonNegative(row.cell(column), ReaderWords.of("need.nodeCapacity"), resource.unit(), problems)
                    .orElse(0)));
            type.ifPresent(t -> types.add(new NodeType(t, price, lead, capacity)));
        }
        return types;
    }

    /** Nodes: {@code pool*, node_type*, count*, retire_period}. */
    static List<ExistingNodes> nodes(Optional<Table> sheet, Frequency frequency, Problems problems) {
        List<ExistingNodes> nodes = new ArrayList<>();
        if (sheet.isEmpty() || !WorkbookLayout.NODES.checkRequiredColumns(sheet.get(), problems)) {
            return nodes;
        }
        Table table = sheet.get();
        int poolColumn = table.column("pool").getAsInt();
        int typeColumn = table.column("node_type").getAsInt();
        int countColumn = table.column("count").getAsInt();
        var retire = table.column("retire_period");
        for (TableRow row : table.rows()) {
            Optional<String> pool = Cells.requiredText(row.cell(poolColumn), ReaderWords.of("need.pool"), problems);
            Optional<String> type = Cells.requiredText(row.cell(typeColumn), ReaderWords.of("need.nodeType"), problems);
            int count = Cells.requiredWholeNumber(row.cell(countColumn), ReaderWords.of("need.nodeCount"), 0, Integer.MAX_VALUE,
                    problems).orElse(0);
            Optional<Period> retirePeriod = Cells.period(row.cell(retire), frequency, problems);
            if (pool.isPresent() && type.isPresent()) {
                nodes.add(new ExistingNodes(pool.get(), type.get(), count, retirePeriod));
            }
        }
        return nodes;
    }
}
