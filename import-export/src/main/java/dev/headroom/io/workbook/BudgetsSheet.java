package dev.headroom.io.workbook;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the optional Budgets sheet: {@code period*, amount*}, the most that may be spent on nodes ordered in
 * the period (at the plan's frequency). A period without a row has no limit.
 */
final class BudgetsSheet {
    private BudgetsSheet() {
    }

    static List<PurchaseBudget> read(Optional<Table> sheet, Frequency frequency, Problems problems) {
        List<PurchaseBudget> budgets = new ArrayList<>();
        if (sheet.isEmpty() || !WorkbookLayout.BUDGETS.checkRequiredColumns(sheet.get(), problems)) {
            return budgets;
        }
        Table table = sheet.get();
        int periodColumn = table.column("period").getAsInt();
        int amountColumn = table.column("amount").getAsInt();
        Map<Period, Integer> rows = new HashMap<>();
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(periodColumn);
            Optional<Period> period = Cells.requiredPeriod(periodCell, frequency, problems);
            OptionalDouble amount = Cells.requiredNonNegative(row.cell(amountColumn), ReaderWords.of("need.budget"), "", problems);
            if (period.isEmpty() || amount.isEmpty()) {
                continue;
            }
            Integer first = rows.putIfAbsent(period.get(), row.number());
            if (first != null) {
                problems.at(periodCell, ReaderWords.of("budget.twice", period.get(), first));
            } else {
                budgets.add(new PurchaseBudget(period.get(), amount.getAsDouble()));
            }
        }
        return budgets;
    }
}
