package dev.headroom.io.plan;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.ExportException;
import dev.headroom.io.workbook.PlanningWorkbookWriter;
import dev.headroom.io.xlsx.StreamingWorkbooks;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.SpreadsheetVersion;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the plan workbook of CONTRACT §6 (PLAN.xlsx): a Summary with purchases by period and a
 * chart of them, one sheet each for purchases, utilization (with a heat map), placement, moves
 * between pools, forecasts (recent history, forecast and intervals) and unmet demand, a Charts sheet of demand against usable
 * capacity per pool and resource with its ChartData, and then the planning sheets of the input (CONTRACT §5), so the
 * plan workbook can be read back as the planning workbook it was made from.
 *
 * <p>The Summary and Charts sheets, which hold charts, are built in memory; every long table is
 * streamed, so large plans need little memory.
 */
public final class PlanWorkbookWriter {
    static final List<String> PURCHASES = PlanTables.PURCHASES;
    static final List<String> UTILIZATION = PlanTables.UTILIZATION;
    static final List<String> PLACEMENT = PlanTables.PLACEMENT;
    static final List<String> UNMET = PlanTables.UNMET;
    static final List<String> MOVES = PlanTables.MOVES;

    private PlanWorkbookWriter() {
    }

    /**
     * Whether the input's usage history fits the Usage sheet (one row per observation). When it does
     * not, the plan workbook leaves the planning sheets out and its summary says so: the plan is still
     * worth having, and the input it came from holds the history.
     */
    static boolean planningSheetsFit(PlanningInput input) {
        long observations = input.usage().stream().mapToLong(TimeSeries::length).sum();
        return observations <= SpreadsheetVersion.EXCEL2007.getMaxRows() - 1L;
    }

    /**
     * Writes the plan, replacing {@code out} atomically.
     *
     * @param input the input the plan was made from: its settings, units and history are shown, and its
     *              planning sheets are included
     * @throws ExportException when the file cannot be written
     */
    public static void write(Plan plan, PlanningInput input, Path out) {
        write(plan, input, null, out);
    }

    /**
     * Writes the plan of the first of several scenarios planned, replacing {@code out} atomically; its
     * {@value ScenarioComparisonSheet#SHEET} sheet, after the Summary, sets all of them side by side.
     *
     * @param input      the input the plan was made from
     * @param comparison the scenarios planned, the first being this plan's; null for none
     * @throws ExportException when the file cannot be written
     */
    public static void write(Plan plan, PlanningInput input, ScenarioComparison comparison, Path out) {
        Styles[] styles = new Styles[1];
        String project = input.name();
        StreamingWorkbooks.write(out, template -> {
            styles[0] = new Styles(template);
            PlanSummary.write(template, styles[0], plan, input);
            PlanCharts.write(template, styles[0], plan, input);
        }, workbook -> {
            Styles s = styles[0];
            PlanTables.purchases(workbook, s, plan, project);
            PlanTables.utilization(workbook, s, plan, input);
            PlanTables.placement(workbook, s, plan, project);
            PlanTables.moves(workbook, s, plan, input);
            PlanForecastSheet.write(workbook, s, plan.forecasts(), input);
            PlanTables.unmet(workbook, s, plan, input);
            // The charts read best after the tables they summarise, their data after them.
            workbook.setSheetOrder(PlanCharts.SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setSheetOrder(PlanCharts.DATA, workbook.getNumberOfSheets() - 1);
            if (comparison != null) {
                ScenarioComparisonSheet.write(workbook, s, comparison, input);
                workbook.setSheetOrder(ScenarioComparisonSheet.SHEET, 1);
            }
            if (planningSheetsFit(input)) {
                PlanningWorkbookWriter.writeSheets(workbook, s, input);
            }
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
        });
    }
}
