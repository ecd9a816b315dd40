package dev.headroom.io.workbook;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.project.ScenariosSheet;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.StreamingWorkbooks;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes planning workbooks (CONTRACT §5) that {@link PlanningWorkbookReader} reads back to an equal
 * {@link PlanningInput}: usage in the long layout with periods in their text notation, and the
 * template with an Instructions sheet and a worked example for people starting from scratch.
 */
public final class PlanningWorkbookWriter {
    /** Seeds beyond this do not survive a numeric cell (a double); they are written as text. */
    private static final long LARGEST_EXACT_DOUBLE = 1L << 53;

    private PlanningWorkbookWriter() {
    }

    /**
     * Writes the input as a planning workbook, replacing {@code out} atomically.
     *
     * @throws ExportException when it cannot be written, or the usage history has more observations
     *                         than a sheet has rows
     */
    public static void write(PlanningInput input, Path out) {
        checkRows(input, out);
        StreamingWorkbooks.write(out, workbook -> writeSheets(workbook, new Styles(workbook), input));
    }

    /**
     * Writes the input and its what-ifs as a planning workbook, the scenarios in a Scenarios sheet (none when
     * there are none), replacing {@code out} atomically.
     *
     * @throws ExportException when it cannot be written, or the usage history has more observations
     *                         than a sheet has rows
     */
    public static void write(PlanningInput input, List<Scenario> scenarios, Path out) {
        checkRows(input, out);
        StreamingWorkbooks.write(out, workbook -> {
            Styles styles = new Styles(workbook);
            writeSheets(workbook, styles, input);
            if (!scenarios.isEmpty()) {
                ScenariosSheet.write(workbook, styles, scenarios);
            }
        });
    }

    private static void checkRows(PlanningInput input, Path out) {
        long observations = input.usage().stream().mapToLong(TimeSeries::length).sum();
        long maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1L;
        if (observations > maxRows) {
            throw new ExportException(ReaderWords.of("write.tooManyObservations", out, observations, maxRows), null);
        }
    }

    /**
     * Adds the planning sheets of CONTRACT §5 holding {@code input} to a workbook being written, so that
     * another workbook (the plan workbook) can be read back as a planning workbook too.
     *
     * @throws ExportException when the usage history has more observations than a sheet has rows
     */
    public static void writeSheets(Workbook workbook, Styles styles, PlanningInput input) {
        long observations = input.usage().stream().mapToLong(TimeSeries::length).sum();
        long maxRows = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1L;
        if (observations > maxRows) {
            throw new ExportException(ReaderWords.of("write.historyTooLong", input.name(), observations, maxRows), null);
        }
        settings(workbook, styles, input.settings(), false);
        resources(workbook, styles, input.resources());
        usage(workbook, styles, input.usage());
        demand(workbook, styles, input.knownDemand());
        workloads(workbook, styles, input.workloads());
        pools(workbook, styles, input.pools());
        nodeTypes(workbook, styles, input.nodeTypes(), input.resources());
        nodes(workbook, styles, input.inventory());
        // Optional, and left out when empty, so a workbook without limits looks as it always has.
        if (!input.budgets().isEmpty()) {
            budgets(workbook, styles, input.budgets());
        }
    }

    private static void budgets(Workbook workbook, Styles styles, List<PurchaseBudget> budgets) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.BUDGETS);
        for (PurchaseBudget b : budgets) {
            sheet.newRow().text(b.period().toString()).number(b.amount());
        }
        sheet.finish(true);
    }

    /**
     * Writes the template: every sheet with its headers, an Instructions sheet that explains each sheet and
     * column, and a small worked example in the sheets (every name starting with {@code example-}) that the
     * planner replaces with their own. The template is itself a valid planning workbook: it reads back to
     * {@link TemplateExample#input}, validates and plans.
     */
    public static void writeTemplate(Path out) {
        PlanningInput example = TemplateExample.input(String.valueOf(out.getFileName()));
        StreamingWorkbooks.write(out, workbook -> {
            Styles styles = new Styles(workbook);
            TemplateInstructions.write(workbook, styles);
            settings(workbook, styles, example.settings(), true);
            resources(workbook, styles, example.resources());
            usage(workbook, styles, example.usage());
            demand(workbook, styles, example.knownDemand());
            workloads(workbook, styles, example.workloads());
            pools(workbook, styles, example.pools());
            nodeTypes(workbook, styles, example.nodeTypes(), example.resources());
            nodes(workbook, styles, example.inventory());
            // Budgets and Scenarios are optional: present with their headers, empty, so nothing limits the example.
            sheet(workbook, styles, WorkbookLayout.BUDGETS).finish(false);
            ScenariosSheet.write(workbook, styles, List.of());
            // Printed, each sheet comes out one page wide with its headers repeated, the Instructions too.
            workbook.forEach(sheet -> SheetWriter.printSetup(sheet, "Headroom planning workbook", 1));
        });
    }

    private static SheetWriter sheet(Workbook workbook, Styles styles, WorkbookLayout.SheetLayout layout) {
        return SheetWriter.create(workbook, styles, layout.name(), layout.headers());
    }

    /** With {@code blankPlanStart}, an unset plan_start still gets its row (blank), to show the key to people. */
    private static void settings(Workbook workbook, Styles styles, Settings s, boolean blankPlanStart) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.SETTINGS);
        sheet.newRow().text("frequency").text(s.frequency().toString());
        sheet.newRow().text("horizon").number(s.horizon());
        if (s.planStart().isPresent()) {
            sheet.newRow().text("plan_start").text(s.planStart().get().toString());
        } else if (blankPlanStart) {
            sheet.newRow().text("plan_start").blank();
        }
        sheet.newRow().text("sizing_quantile").number(s.sizingQuantile());
        sheet.newRow().text("time_limit_seconds").number(s.timeLimitSeconds());
        sheet.newRow().text("seed");
        if (Math.abs(s.seed()) <= LARGEST_EXACT_DOUBLE) {
            sheet.number(s.seed());
        } else {
            sheet.text(Long.toString(s.seed()));
        }
        sheet.newRow().text("threads").number(s.threads());
        // Workbooks of plans without moves stay as they were; the template shows the keys to people.
        if (s.allowMoves() || s.moveCost() != 0 || blankPlanStart) {
            sheet.newRow().text("allow_moves").text(Boolean.toString(s.allowMoves()));
            sheet.newRow().text("move_cost").number(s.moveCost());
        }
        sheet.finish(false);
    }

    private static void resources(Workbook workbook, Styles styles, List<Resource> resources) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.RESOURCES);
        for (Resource r : resources) {
            sheet.newRow().text(r.name()).text(r.unit()).number(r.targetUtilization()).text(r.aggregation().toString());
        }
        sheet.finish(true);
    }

    private static void usage(Workbook workbook, Styles styles, List<TimeSeries> usage) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.USAGE);
        // Series share their periods; naming each period once saves formatting a date per row.
        Map<Period, String> names = new HashMap<>();
        for (TimeSeries s : usage) {
            for (int i = 0; i < s.length(); i++) {
                String period = names.computeIfAbsent(s.periodAt(i), Period::toString);
                // A period without an observation is kept as a blank usage, so the series keeps its span.
                sheet.newRow().text(period).text(s.key().workload()).text(s.key().resource())
                        .number(s.valueAt(i));
            }
        }
        sheet.finish(true);
    }

    private static void demand(Workbook workbook, Styles styles, List<KnownDemand> demand) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.DEMAND);
        for (KnownDemand d : demand) {
            sheet.newRow().text(d.period().toString()).text(d.workload()).text(d.resource()).number(d.demand());
        }
        sheet.finish(true);
    }

    private static void workloads(Workbook workbook, Styles styles, List<Workload> workloads) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.WORKLOADS);
        for (Workload w : workloads) {
            sheet.newRow().text(w.name()).text(w.placement().toString()).text(w.pinnedPool().orElse(""))
                    .text(String.join(";", new TreeSet<>(w.allowedPools()))).text(w.antiAffinity().orElse(""));
        }
        sheet.finish(true);
    }

    private static void pools(Workbook workbook, Styles styles, List<Pool> pools) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.POOLS);
        for (Pool p : pools) {
            sheet.newRow().text(p.name()).number(p.haNodes());
            if (p.maxNodes().isPresent()) {
                sheet.number(p.maxNodes().getAsInt());
            }
        }
        sheet.finish(true);
    }

    private static void nodeTypes(Workbook workbook, Styles styles, List<NodeType> types, List<Resource> resources) {
        List<String> headers = new ArrayList<>(WorkbookLayout.NODE_TYPES.headers());
        resources.forEach(r -> headers.add(r.name()));
        SheetWriter sheet = SheetWriter.create(workbook, styles, WorkbookLayout.NODE_TYPES.name(), headers);
        for (NodeType t : types) {
            sheet.newRow().text(t.name()).number(t.cost()).number(t.leadTime());
            resources.forEach(r -> sheet.number(t.capacityOf(r.name())));
        }
        sheet.finish(true);
    }

    private static void nodes(Workbook workbook, Styles styles, List<ExistingNodes> nodes) {
        SheetWriter sheet = sheet(workbook, styles, WorkbookLayout.NODES);
        for (ExistingNodes n : nodes) {
            sheet.newRow().text(n.pool()).text(n.nodeType()).number(n.count())
                    .text(n.retirePeriod().map(Period::toString).orElse(""));
        }
        sheet.finish(true);
    }
}
