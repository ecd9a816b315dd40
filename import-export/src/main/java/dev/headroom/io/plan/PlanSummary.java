package dev.headroom.io.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.io.xlsx.Charts;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.List;

/**
 * The Summary sheet of the plan workbook: the plan's status and figures in words, the assumptions it
 * rests on, purchases by period with a column chart, and the runway of every pool and resource.
 */
final class PlanSummary {
    static final String SHEET = "Summary";
    private static final int COLUMNS = 4;

    private PlanSummary() {
    }

    /** The status as a sentence for people. */
    static String describe(PlanStatus status) {
        return switch (status) {
            case OPTIMAL -> "Optimal: all demand is met, and no cheaper plan exists (proven by the solver)";
            case FEASIBLE -> "Feasible: all demand is met; a cheaper plan may exist (the gap says how much cheaper at most)";
            case UNMET_DEMAND -> "Unmet demand: some demand cannot be met by any plan; see the Unmet sheet";
            case NO_SOLUTION -> "No solution: no plan was found within the time limit";
        };
    }

    static void write(XSSFWorkbook workbook, Styles styles, Plan plan, PlanningInput input) {
        SheetWriter sheet = SheetWriter.untitled(workbook, styles, SHEET, COLUMNS);
        sheet.heading("Capacity plan for " + input.name());
        sheet.newRow();
        figures(sheet, styles, plan, input);
        sheet.newRow();
        assumptions(sheet, styles, input);
        sheet.newRow();
        int purchasesHeader = sheet.rows();
        int periods = purchasesByPeriod(sheet, styles, plan);
        sheet.newRow();
        runway(sheet, styles, plan);
        // The chart goes under the tables, within their columns, so the sheet prints one page wide at a readable size.
        if (periods > 0) {
            int top = sheet.rows() + 1;
            // A page break above the chart, so that it is not cut in two when printed.
            sheet.sheet().setRowBreak(top - 1);
            Charts.bars((XSSFSheet) sheet.sheet(), new Charts.Place(0, top, COLUMNS, top + 20),
                    "Purchases by period", new CellRangeAddress(purchasesHeader + 1, purchasesHeader + periods, 0, 0),
                    new Charts.Series(new CellReference(SHEET, purchasesHeader, 1, true, true), "purchase cost",
                            new CellRangeAddress(purchasesHeader + 1, purchasesHeader + periods, 1, 1), Charts.BLUE),
                    "cost");
        }
        sheet.fixWidth(0, 26);
        sheet.fixWidth(1, 62);
        sheet.fixWidth(2, 16);
        sheet.fixWidth(3, 14);
        sheet.finish(false, 0);
        sheet.printSetup(input.name());
    }

    private static void figures(SheetWriter sheet, Styles styles, Plan plan, PlanningInput input) {
        sheet.header(List.of("item", "value"));
        sheet.newRow().text("input").text(input.name());
        sheet.newRow().text("status").text(describe(plan.status()), styles.wrapped());
        sheet.newRow().text("total cost").number(plan.totalCost(), styles.decimal());
        sheet.newRow().text("lower bound");
        if (plan.lowerBound().isPresent()) {
            sheet.number(plan.lowerBound().getAsDouble(), styles.decimal());
        } else {
            sheet.text("none known");
        }
        sheet.newRow().text("gap to the bound");
        if (plan.gap().isPresent()) {
            sheet.number(plan.gap().getAsDouble(), styles.percent());
        } else {
            sheet.text("unknown (no lower bound)");
        }
        sheet.newRow().text("solve seconds").number(plan.solveSeconds(), styles.decimal());
        sheet.newRow().text("planned periods").text(periods(plan));
        sheet.newRow().text("purchases").number(plan.purchases().size(), styles.whole());
        sheet.newRow().text("nodes bought")
                .number(plan.purchases().stream().mapToLong(Purchase::count).sum(), styles.whole());
        if (input.settings().allowMoves()) {
            // Part of the total cost; the Moves sheet lists them.
            sheet.newRow().text("moves between pools").number(plan.moves().size(), styles.whole());
            sheet.newRow().text("move cost").number(plan.moveCostTotal(), styles.decimal());
        }
        sheet.newRow().text("unmet demand entries").number(plan.unmet().size(), styles.whole());
        sheet.newRow().text("planning sheets").text(PlanWorkbookWriter.planningSheetsFit(input)
                ? "included (Settings to Nodes): this workbook reads back as the planning workbook it was made from"
                : "left out: the usage history has more observations than a sheet has rows; the input holds them",
                styles.wrapped());
    }

    private static void assumptions(SheetWriter sheet, Styles styles, PlanningInput input) {
        sheet.header(List.of("assumption", "value"));
        var settings = input.settings();
        sheet.newRow().text("horizon").text(horizon(settings.horizon(), settings.frequency().toString()));
        sheet.newRow().text("plan start").text(settings.planStart().map(Period::toString)
                .orElse("the period after the last history"));
        sheet.newRow().text("sizing quantile").number(settings.sizingQuantile(), styles.general());
        for (Resource r : input.resources()) {
            sheet.newRow().text("target utilization " + r.name()).number(r.targetUtilization(), styles.percent());
        }
        for (Pool p : input.pools()) {
            sheet.newRow().text("HA spare nodes " + p.name()).number(p.haNodes(), styles.whole());
        }
    }

    /** The purchases-by-period table; returns how many periods it lists. */
    private static int purchasesByPeriod(SheetWriter sheet, Styles styles, Plan plan) {
        sheet.header(List.of("period", "purchase cost", "nodes bought"));
        List<PlanFigures.PeriodPurchases> rows = PlanFigures.purchasesByPeriod(plan);
        for (PlanFigures.PeriodPurchases p : rows) {
            sheet.newRow().text(p.period().toString()).number(p.cost(), styles.decimal())
                    .number(p.nodes(), styles.whole());
        }
        return rows.size();
    }

    private static void runway(SheetWriter sheet, Styles styles, Plan plan) {
        sheet.header(List.of("pool", "resource (runway if nothing is bought)", "runs out in", "periods left"));
        for (Runway r : plan.runway()) {
            sheet.newRow().text(r.pool()).text(r.resource())
                    .text(r.exhaustedAt().map(Period::toString).orElse("not within the horizon"))
                    .number(r.periodsLeft(), styles.whole());
        }
    }

    private static String periods(Plan plan) {
        List<Period> periods = plan.periods();
        if (periods.isEmpty()) {
            return "none";
        }
        return periods.size() + ", " + periods.getFirst() + " to " + periods.getLast();
    }

    static String horizon(int n, String frequency) {
        return n + " " + frequency + (n == 1 ? "" : "s");
    }
}
