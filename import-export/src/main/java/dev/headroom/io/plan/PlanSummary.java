package dev.headroom.io.plan;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;

/** The Summary sheet of the plan workbook: the plan's status and figures, one per row, in words. */
final class PlanSummary {
    private static final int VALUE_WIDTH = 70;

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

    static void write(Workbook workbook, Styles styles, Plan plan, PlanningInput input) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, "Summary", List.of("item", "value"));
        sheet.newRow().text("input").text(input.name());
        sheet.newRow().text("status").text(describe(plan.status()));
        sheet.newRow().text("total cost").number(plan.totalCost(), styles.decimal());
        sheet.newRow().text("lower bound");
        if (plan.lowerBound().isPresent()) {
            sheet.number(plan.lowerBound().getAsDouble(), styles.decimal());
        } else {
            sheet.text("none known");
        }
        sheet.newRow().text("gap");
        if (plan.gap().isPresent()) {
            sheet.number(plan.gap().getAsDouble(), styles.percent());
        } else {
            sheet.text("unknown (no lower bound)");
        }
        sheet.newRow().text("solve seconds").number(plan.solveSeconds(), styles.decimal());
        sheet.newRow().text("horizon").text(horizon(plan, input));
        sheet.newRow().text("sizing quantile").number(input.settings().sizingQuantile());
        sheet.newRow().text("purchases").number(plan.purchases().size(), styles.whole());
        sheet.newRow().text("nodes bought")
                .number(plan.purchases().stream().mapToLong(Purchase::count).sum(), styles.whole());
        sheet.newRow().text("unmet demand entries").number(plan.unmet().size(), styles.whole());
        sheet.fixWidth(1, VALUE_WIDTH);
        sheet.finish(false);
    }

    private static String horizon(Plan plan, PlanningInput input) {
        int n = plan.periods().size();
        String unit = input.settings().frequency() + (n == 1 ? "" : "s");
        if (n == 0) {
            return "0 " + unit;
        }
        return n + " " + unit + ", " + plan.periods().getFirst() + " to " + plan.periods().getLast();
    }
}
