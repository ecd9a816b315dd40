package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.PurchaseBudget;

import java.util.List;

/** The most that may be spent on nodes ordered in a period; a period without a row has no limit. */
public final class BudgetsTable extends EditableTable<PurchaseBudget> {

    private static final Texts T = Texts.of(BudgetsTable.class);

    static final int PERIOD = 0;
    static final int AMOUNT = 1;

    BudgetsTable(Edits edits) {
        super(edits, T.get("what.budget"));
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.text(T.get("budgets.period"), 160).hint(T.get("budgets.period.hint")),
                Column.number(T.get("budgets.amount"), 180).hint(T.get("budgets.amount.hint")));
    }

    @Override
    public String description() {
        return T.get("budgets.description");
    }

    @Override
    public String emptyText() {
        return T.get("budgets.empty");
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
        var period = row.period(PERIOD, T.get("budgets.what"), in.settings().frequency(), false);
        period.filter(p -> others.stream().anyMatch(b -> b.period().equals(p)))
                .ifPresent(p -> row.fail(PERIOD, T.get("budgets.duplicate", p)));
        double amount = row.number(AMOUNT, T.get("budgets.the"), 0);
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
