package dev.headroom.io.plan;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

import java.util.List;

/** The plan workbook's long tables: purchases, utilization (with its heat map), placement, moves and unmet demand. */
final class PlanTables {
    static final List<String> PURCHASES = List.of("pool", "node_type", "period", "count", "order_by", "cost");
    static final List<String> UTILIZATION = List.of("pool", "resource", "period", "capacity", "demand", "utilization");
    static final List<String> PLACEMENT = List.of("workload", "period", "pool", "node");
    static final List<String> UNMET = List.of("pool", "resource", "period", "amount", "reason");
    static final List<String> MOVES = List.of("workload", "period", "from", "to", "cost");
    /** The heat map's colours, low to high: blue, near-white, orange — apart for colour-blind readers too. */
    private static final byte[][] HEAT = {{0x43, (byte) 0x93, (byte) 0xC3}, {(byte) 0xF7, (byte) 0xF7, (byte) 0xF7},
            {(byte) 0xE6, 0x61, 0x01}};
    /** Utilization at which the heat map turns from blue through white to orange. */
    private static final double[] HEAT_AT = {0, 0.75, 1.0};

    private PlanTables() {
    }

    static void purchases(Workbook workbook, Styles styles, Plan plan, String project) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Purchases", PURCHASES);
        for (Purchase p : plan.purchases()) {
            sheet.newRow().text(p.pool()).text(p.nodeType()).text(p.period().toString())
                    .number(p.count(), styles.whole()).text(p.orderBy().toString()).number(p.cost(), styles.decimal());
        }
        sheet.finish(true);
        sheet.printSetup(project);
    }

    static void utilization(Workbook workbook, Styles styles, Plan plan, PlanningInput input) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Utilization", UTILIZATION);
        for (Utilization u : plan.utilization()) {
            String unit = PlanFigures.unitOf(input, u.resource());
            sheet.newRow().text(u.pool()).text(u.resource()).text(u.period().toString())
                    .number(u.capacity(), styles.amount(unit)).number(u.demand(), styles.amount(unit));
            double ratio = u.ratio();
            if (Double.isInfinite(ratio)) {
                sheet.text("no capacity");
            } else {
                sheet.number(ratio, styles.percent());
            }
        }
        sheet.finish(true);
        sheet.printSetup(input.name());
        if (!plan.utilization().isEmpty()) {
            heatMap(sheet.sheet().getSheetConditionalFormatting(),
                    new CellRangeAddress(1, plan.utilization().size(), 5, 5));
        }
    }

    /** A three-colour scale on the utilization column, fixed at 0%, 75% and 100% so plans compare. */
    private static void heatMap(SheetConditionalFormatting formatting, CellRangeAddress range) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        ConditionalFormattingThreshold[] thresholds = scale.getThresholds();
        Color[] colours = new Color[thresholds.length];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i].setRangeType(ConditionalFormattingThreshold.RangeType.NUMBER);
            thresholds[i].setValue(HEAT_AT[i]);
            colours[i] = new XSSFColor(HEAT[i], null);
        }
        scale.setThresholds(thresholds);
        scale.setColors(colours);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    static void placement(Workbook workbook, Styles styles, Plan plan, String project) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Placement", PLACEMENT);
        for (Assignment a : plan.placement()) {
            sheet.newRow().text(a.workload()).text(a.period().toString()).text(a.pool()).text(a.node());
        }
        sheet.finish(true);
        sheet.printSetup(project);
    }

    /**
     * The moves between pools, one a row; when there are none, one line says why (not allowed by the
     * settings, or none worth their cost), so an empty sheet is never left to guess.
     */
    static void moves(Workbook workbook, Styles styles, Plan plan, PlanningInput input) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Moves", MOVES);
        for (Move m : plan.moves()) {
            sheet.newRow().text(m.workload()).text(m.period().toString()).text(m.from()).text(m.to())
                    .number(m.cost(), styles.decimal());
        }
        if (plan.moves().isEmpty()) {
            sheet.newRow().text(input.settings().allowMoves()
                    ? "no workload moves between pools in this plan"
                    : "moves between pools are not allowed (Settings: allow_moves is false)");
        }
        sheet.finish(true);
        sheet.printSetup(input.name());
    }

    static void unmet(Workbook workbook, Styles styles, Plan plan, PlanningInput input) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Unmet", UNMET);
        for (UnmetDemand u : plan.unmet()) {
            sheet.newRow().text(u.pool()).text(u.resource()).text(u.period().toString())
                    .number(u.amount(), styles.amount(PlanFigures.unitOf(input, u.resource())))
                    .text(u.reason(), styles.wrapped());
        }
        sheet.fixWidth(4, 70);
        sheet.finish(true);
        sheet.printSetup(input.name());
    }
}
