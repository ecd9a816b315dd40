package dev.headroom.io.workbook;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.SheetTable;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.Workbooks;
import dev.headroom.io.usage.UsageRollup;
import dev.headroom.io.usage.UsageTableReader;
import org.apache.poi.ss.usermodel.Workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the planning workbook of CONTRACT §5 (.xlsx or .xls). Sheet and header names are matched
 * ignoring case and surrounding spaces; sheets it does not know (such as Instructions) are ignored.
 * Reading is all-or-nothing: every problem in every sheet is collected, together with the
 * cross-references that {@link PlanningInput} checks, and thrown at once.
 */
public final class PlanningWorkbookReader {

    private PlanningWorkbookReader() {
    }

    /**
     * Reads a planning workbook.
     *
     * @return the input, named after the file
     * @throws InvalidInputException listing every problem, each naming file, sheet, row, column and value
     */
    public static PlanningInput read(Path file) {
        String name = String.valueOf(file.getFileName());
        Problems problems = new Problems(name);
        Workbook workbook = Workbooks.open(file, problems).orElse(null);
        if (workbook == null) {
            problems.throwIfAny();
        }
        try {
            return read(name, workbook, problems);
        } finally {
            Workbooks.closeQuietly(workbook);
        }
    }

    private static PlanningInput read(String name, Workbook workbook, Problems problems) {
        boolean complete = true;
        Settings settings = SettingsSheet.read(table(workbook, WorkbookLayout.SETTINGS, problems), problems);

        Optional<Table> resourcesSheet = required(workbook, WorkbookLayout.RESOURCES, problems);
        List<Resource> resources = resourcesSheet.map(t -> ResourcesSheet.read(t, problems)).orElse(List.of());
        complete &= resourcesSheet.isPresent();
        Map<String, Resource> byName = resources.stream()
                .collect(Collectors.toMap(Resource::name, r -> r, (a, b) -> a));
        Function<String, String> unitOf = r -> byName.containsKey(r) ? byName.get(r).unit() : "";

        Optional<Table> usageSheet = table(workbook, WorkbookLayout.USAGE, problems);
        Optional<Table> demandSheet = table(workbook, WorkbookLayout.DEMAND, problems);
        if (usageSheet.isEmpty() && demandSheet.isEmpty()) {
            problems.general("the sheets 'Usage' and 'Demand' are both missing; a planning workbook needs at least one"
                    + " of them to know what to plan for");
            complete = false;
        }
        UsageRollup rollup = new UsageRollup(settings.frequency(),
                r -> byName.containsKey(r) ? byName.get(r).aggregation() : Aggregation.P95);
        usageSheet.ifPresent(t -> UsageTableReader.read(t, rollup, unitOf, problems));
        List<TimeSeries> usage = rollup.series();
        List<KnownDemand> demand = DemandSheet.read(demandSheet, settings.frequency(), unitOf, problems);

        List<Workload> workloads = withDefaults(WorkloadsSheet.read(table(workbook, WorkbookLayout.WORKLOADS, problems),
                problems), usage, demand);

        Optional<Table> poolsSheet = required(workbook, WorkbookLayout.POOLS, problems);
        List<Pool> pools = poolsSheet.map(t -> InventorySheets.pools(t, problems)).orElse(List.of());
        Optional<Table> typesSheet = required(workbook, WorkbookLayout.NODE_TYPES, problems);
        List<NodeType> nodeTypes = typesSheet.map(t -> InventorySheets.nodeTypes(t, resources, problems)).orElse(List.of());
        List<ExistingNodes> nodes = InventorySheets.nodes(table(workbook, WorkbookLayout.NODES, problems),
                settings.frequency(), problems);
        complete &= poolsSheet.isPresent() && typesSheet.isPresent();

        if (!complete) {
            // Cross-references would only repeat that whole sheets are missing.
            problems.throwIfAny();
        }
        try {
            PlanningInput input = new PlanningInput(name, settings, resources, workloads, pools, nodeTypes, nodes,
                    usage, demand);
            problems.throwIfAny();
            return input;
        } catch (InvalidInputException e) {
            if (problems.isEmpty()) {
                throw e;
            }
            problems.addAll(e.problems());
            problems.throwIfAny();
            throw e;
        }
    }

    /** The workloads of the sheet, then every other workload that has usage or demand, in order of appearance. */
    private static List<Workload> withDefaults(List<Workload> listed, List<TimeSeries> usage, List<KnownDemand> demand) {
        Set<String> known = listed.stream().map(Workload::name).collect(Collectors.toSet());
        Set<String> others = new LinkedHashSet<>();
        usage.forEach(s -> others.add(s.key().workload()));
        demand.forEach(d -> others.add(d.workload()));
        others.removeAll(known);
        List<Workload> all = new ArrayList<>(listed);
        others.forEach(w -> all.add(Workload.anywhere(w)));
        return all;
    }

    private static Optional<Table> table(Workbook workbook, WorkbookLayout.SheetLayout layout, Problems problems) {
        return Workbooks.sheet(workbook, layout.name()).map(s -> new SheetTable(s, problems));
    }

    private static Optional<Table> required(Workbook workbook, WorkbookLayout.SheetLayout layout, Problems problems) {
        Optional<Table> table = table(workbook, layout, problems);
        if (table.isEmpty()) {
            problems.general("the sheet '" + layout.name() + "' is missing; a planning workbook needs it");
        }
        return table;
    }
}
