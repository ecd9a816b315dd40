package dev.headroom.io.plan;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.ExportException;
import dev.headroom.io.usage.ForecastTable;
import dev.headroom.io.usage.ForecastWriter;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.StreamingWorkbooks;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Workbook;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the plan workbook of CONTRACT §6 (PLAN.xlsx): a Summary, then one sheet each for purchases,
 * utilization, placement, forecasts and unmet demand, every table with a frozen, filtered header.
 * Rows are streamed, so plans with many workloads and periods need little memory.
 */
public final class PlanWorkbookWriter {
    static final List<String> PURCHASES = List.of("pool", "node_type", "period", "count", "order_by", "cost");
    static final List<String> UTILIZATION = List.of("pool", "resource", "period", "capacity", "demand", "utilization");
    static final List<String> PLACEMENT = List.of("workload", "period", "pool", "node");
    static final List<String> UNMET = List.of("pool", "resource", "period", "amount", "reason");

    private PlanWorkbookWriter() {
    }

    /**
     * Writes the plan, replacing {@code out} atomically.
     *
     * @param input the input the plan was made from, for the settings shown in the summary
     * @throws ExportException when the file cannot be written
     */
    public static void write(Plan plan, PlanningInput input, Path out) {
        StreamingWorkbooks.write(out, workbook -> {
            Styles styles = new Styles(workbook);
            PlanSummary.write(workbook, styles, plan, input);
            purchases(workbook, styles, plan.purchases());
            utilization(workbook, styles, plan.utilization());
            placement(workbook, styles, plan.placement());
            forecast(workbook, styles, plan);
            unmet(workbook, styles, plan.unmet());
        });
    }

    private static void purchases(Workbook workbook, Styles styles, List<Purchase> purchases) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Purchases", PURCHASES);
        for (Purchase p : purchases) {
            sheet.newRow().text(p.pool()).text(p.nodeType()).text(p.period().toString())
                    .number(p.count(), styles.whole()).text(p.orderBy().toString()).number(p.cost(), styles.decimal());
        }
        sheet.finish(true);
    }

    private static void utilization(Workbook workbook, Styles styles, List<Utilization> utilization) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Utilization", UTILIZATION);
        for (Utilization u : utilization) {
            sheet.newRow().text(u.pool()).text(u.resource()).text(u.period().toString())
                    .number(u.capacity(), styles.decimal()).number(u.demand(), styles.decimal());
            double ratio = u.ratio();
            if (Double.isInfinite(ratio)) {
                sheet.text("no capacity");
            } else {
                sheet.number(ratio, styles.percent());
            }
        }
        sheet.finish(true);
    }

    private static void placement(Workbook workbook, Styles styles, List<Assignment> placement) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Placement", PLACEMENT);
        for (Assignment a : placement) {
            sheet.newRow().text(a.workload()).text(a.period().toString()).text(a.pool()).text(a.node());
        }
        sheet.finish(true);
    }

    private static void forecast(Workbook workbook, Styles styles, Plan plan) {
        List<Double> levels = ForecastOptions.DEFAULT_LEVELS;
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Forecast", ForecastTable.headers(levels));
        ForecastWriter.writeRows(sheet, styles, plan.forecasts(), levels);
        sheet.finish(true);
    }

    private static void unmet(Workbook workbook, Styles styles, List<UnmetDemand> unmet) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Unmet", UNMET);
        for (UnmetDemand u : unmet) {
            sheet.newRow().text(u.pool()).text(u.resource()).text(u.period().toString())
                    .number(u.amount(), styles.decimal()).text(u.reason());
        }
        sheet.finish(true);
    }
}
