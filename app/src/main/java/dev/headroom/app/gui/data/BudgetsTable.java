package dev.headroom.app.gui.data;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.PurchaseBudget;

import java.util.List;

/** The most that may be spent on nodes ordered in a period; a period without a row has no limit. */
public final class BudgetsTable extends EditableTable<PurchaseBudget> {

    static final int PERIOD = 0;
    static final int AMOUNT = 1;

    BudgetsTable(Edits edits) {
        super(edits, "budget");
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.text("Ordering period", 160).hint("Nodes count in the period they must be ordered by"),
                Column.number("Most spent on nodes", 180).hint("In the same money as node costs"));
    }

    @Override
    public String description() {
        return "The most that may be spent on nodes ordered in a period; a period without a budget has no limit.";
    }

    @Override
    public String emptyText() {
        return "No budgets: spending is not limited. Add one to cap what nodes ordered in a period may cost.";
    }

    @Override
    List<PurchaseBudget> items(PlanningInput in) {
        return in.budgets();
    }

    @Override
    List<String> cells(PurchaseBudget b) {
        return List.of(b.period().toString(), RowReader.Cells.number(b.amount()));
    }

    @Override
    PurchaseBudget read(RowReader row, PlanningInput in, PurchaseBudget original, List<PurchaseBudget> others) {
        var period = row.period(PERIOD, "a budget", in.settings().frequency(), false);
        period.filter(p -> others.stream().anyMatch(b -> b.period().equals(p)))
                .ifPresent(p -> row.fail(PERIOD, "a budget for " + p + " is already given"));
        double amount = row.number(AMOUNT, "the budget", 0);
        return row.ok() ? new PurchaseBudget(period.orElseThrow(), amount) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<PurchaseBudget> items) {
        return in.withBudgets(items);
    }

    /** The period after the last budget, else the plan's first; the amount is the planner's to give. */
    @Override
    List<String> newRow(PlanningInput in) {
        Period next = in.budgets().stream().map(PurchaseBudget::period).max(Period::compareTo).map(Period::next)
                .orElseGet(in::planStart);
        return List.of(next.toString(), "");
    }
}
