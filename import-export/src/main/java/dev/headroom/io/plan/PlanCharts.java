package dev.headroom.io.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.xlsx.Charts;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Charts sheet: demand against usable capacity over the planned periods, one line chart per pool
 * and resource, drawn from the table on the ChartData sheet (so the charts stay live). The table has
 * a sheet of its own so that the charts print large: a wide table would shrink a page fitted to its width.
 */
final class PlanCharts {
    static final String SHEET = "Charts";
    static final String DATA = "ChartData";
    /** Beyond this many pool × resource pairs a sheet of charts is no longer something to read. */
    static final int MAX_CHARTS = 60;
    private static final int CHART_WIDTH = 8;
    private static final int CHART_HEIGHT = 18;

    private PlanCharts() {
    }

    static void write(XSSFWorkbook workbook, Styles styles, Plan plan, PlanningInput input) {
        Map<PlanFigures.PoolResource, Map<Period, Utilization>> byPair = PlanFigures.utilizationByPair(plan);
        List<PlanFigures.PoolResource> pairs = new ArrayList<>(byPair.keySet());
        boolean cut = pairs.size() > MAX_CHARTS;
        if (cut) {
            pairs = pairs.subList(0, MAX_CHARTS);
        }
        List<String> headers = new ArrayList<>();
        headers.add("period");
        for (PlanFigures.PoolResource pair : pairs) {
            headers.add(pair + " demand");
            headers.add(pair + " usable capacity");
        }
        XSSFSheet charts = workbook.createSheet(SHEET);
        SheetWriter sheet = SheetWriter.untitled(workbook, styles, DATA, headers.size());
        sheet.heading(cut ? "Demand and usable capacity (the first " + MAX_CHARTS + " of " + byPair.size()
                + " pool and resource pairs; the Utilization sheet has them all)"
                : "Demand and usable capacity per pool and resource");
        int headerRow = sheet.rows();
        sheet.header(headers);
        for (Period period : plan.periods()) {
            sheet.newRow().text(period.toString());
            for (PlanFigures.PoolResource pair : pairs) {
                Utilization u = byPair.get(pair).get(period);
                String unit = PlanFigures.unitOf(input, pair.resource());
                if (u == null) {
                    sheet.blank().blank();
                } else {
                    sheet.number(u.demand(), styles.amount(unit)).number(u.capacity(), styles.amount(unit));
                }
            }
        }
        sheet.finish(false, 0);
        sheet.printSetup(input.name());
        SheetWriter.printSetup(charts, input.name(), 0);
        if (plan.periods().isEmpty()) {
            return;
        }
        int first = headerRow + 1;
        int last = headerRow + plan.periods().size();
        int top = 0;
        XSSFSheet data = (XSSFSheet) sheet.sheet();
        for (int i = 0; i < pairs.size(); i++) {
            PlanFigures.PoolResource pair = pairs.get(i);
            int demandColumn = 1 + 2 * i;
            int row = top + (i / 2) * CHART_HEIGHT;
            int column = (i % 2) * CHART_WIDTH;
            if (i % 4 == 0 && i > 0) {
                // Two rows of two charts fill a landscape page; a chart is never cut in two.
                charts.setRowBreak(row - 1);
            }
            Charts.line(charts, data, new Charts.Place(column, row, column + CHART_WIDTH, row + CHART_HEIGHT),
                    pair + ": demand vs usable capacity", new CellRangeAddress(first, last, 0, 0),
                    List.of(series(headerRow, first, last, demandColumn, "demand", Charts.ORANGE),
                            series(headerRow, first, last, demandColumn + 1, "usable capacity", Charts.BLUE)),
                    PlanFigures.unitOf(input, pair.resource()));
        }
    }

    private static Charts.Series series(int headerRow, int first, int last, int column, String title, byte[] colour) {
        return new Charts.Series(new CellReference(DATA, headerRow, column, true, true), title,
                new CellRangeAddress(first, last, column, column), colour);
    }
}
