package dev.headroom.io.workbook;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.FileKind;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.SheetSource;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.Workbooks;
import dev.headroom.io.usage.UsageRollup;
import dev.headroom.io.usage.UsageTableReader;

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
        SheetSource workbook = Workbooks.open(file, problems).orElse(null);
        if (workbook == null) {
            problems.throwIfAny();
        }
        try (workbook) {
            return read(name, workbook, problems);
        }
    }

    /**
     * Whether a file is a planning workbook (a workbook with a Resources, Pools or NodeTypes sheet)
     * rather than usage history alone; false for text files and for files that cannot be opened.
     */
    public static boolean isPlanningWorkbook(Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file) || !FileKind.of(file).isWorkbook()) {
                return false;
            }
        } catch (java.io.IOException e) {
            return false;
        }
        Problems ignored = new Problems(String.valueOf(file.getFileName()));
        try (SheetSource workbook = Workbooks.open(file, ignored).orElse(null)) {
            return workbook != null && (workbook.hasSheet(WorkbookLayout.RESOURCES.name())
                    || workbook.hasSheet(WorkbookLayout.POOLS.name()) || workbook.hasSheet(WorkbookLayout.NODE_TYPES.name()));
        }
    }

    private static PlanningInput read(String name, SheetSource workbook, Problems problems) {
        boolean complete = checkSheets(workbook, problems);
        Settings settings = sheet(workbook, WorkbookLayout.SETTINGS, t -> SettingsSheet.read(t, problems));
        List<Resource> resources = sheet(workbook, WorkbookLayout.RESOURCES,
                t -> t.map(r -> ResourcesSheet.read(r, problems)).orElse(List.of()));
        Map<String, Resource> byName = resources.stream()
                .collect(Collectors.toMap(Resource::name, r -> r, (a, b) -> a));
        Function<String, String> unitOf = r -> byName.containsKey(r) ? byName.get(r).unit() : "";

        UsageRollup rollup = new UsageRollup(settings.frequency(),
                r -> byName.containsKey(r) ? byName.get(r).aggregation() : Aggregation.P95);
        List<TimeSeries> usage = sheet(workbook, WorkbookLayout.USAGE, t -> {
            t.ifPresent(u -> UsageTableReader.read(u, rollup, unitOf, problems));
            return rollup.series();
        });
        List<KnownDemand> demand = sheet(workbook, WorkbookLayout.DEMAND,
                t -> DemandSheet.read(t, settings.frequency(), unitOf, problems));
        List<Workload> workloads = withDefaults(sheet(workbook, WorkbookLayout.WORKLOADS,
                t -> WorkloadsSheet.read(t, problems)), usage, demand);
        List<Pool> pools = sheet(workbook, WorkbookLayout.POOLS,
                t -> t.map(p -> InventorySheets.pools(p, problems)).orElse(List.of()));
        List<NodeType> nodeTypes = sheet(workbook, WorkbookLayout.NODE_TYPES,
                t -> t.map(n -> InventorySheets.nodeTypes(n, resources, problems)).orElse(List.of()));
        List<ExistingNodes> nodes = sheet(workbook, WorkbookLayout.NODES,
                t -> InventorySheets.nodes(t, settings.frequency(), problems));
        List<PurchaseBudget> budgets = sheet(workbook, WorkbookLayout.BUDGETS,
                t -> BudgetsSheet.read(t, settings.frequency(), problems));

        if (!complete) {
            // Cross-references would only repeat that whole sheets are missing.
            problems.throwIfAny();
        }
        // Rows with bad cells were kept with neutral values, so the cross-references are checked too
        // and the planner sees every problem in one go.
        PlanningInput input = null;
        try {
            input = new PlanningInput(name, settings, resources, workloads, pools, nodeTypes, nodes, usage, demand,
                    budgets);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.throwIfAny();
        return input;
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

    /** Reports the sheets a planning workbook cannot do without; true when none is missing. */
    private static boolean checkSheets(SheetSource workbook, Problems problems) {
        boolean complete = true;
        for (WorkbookLayout.SheetLayout layout : List.of(WorkbookLayout.RESOURCES, WorkbookLayout.POOLS,
                WorkbookLayout.NODE_TYPES)) {
            if (!workbook.hasSheet(layout.name())) {
                problems.general(ReaderWords.of("workbook.sheetMissing", layout.name()));
                complete = false;
            }
        }
        if (!workbook.hasSheet(WorkbookLayout.USAGE.name()) && !workbook.hasSheet(WorkbookLayout.DEMAND.name())) {
            problems.general(ReaderWords.of("workbook.usageAndDemandMissing"));
            complete = false;
        }
        return complete;
    }

    /** Reads a sheet that may be absent with {@code reader}, then closes it. */
    private static <T> T sheet(SheetSource workbook, WorkbookLayout.SheetLayout layout, Function<Optional<Table>, T> reader) {
        Optional<Table> table = workbook.sheet(layout.name());
        try {
            return reader.apply(table);
        } finally {
            table.ifPresent(Table::close);
        }
    }
}
