package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads usage history from a table in either layout of CONTRACT §3. The long layout has the columns
 * {@code period, workload, resource, usage} (others are ignored); the wide layout has a period
 * column ({@code period}, else the first) and one column per series. A blank usage cell in the long
 * layout marks a period without an observation; in the wide layout it is simply skipped.
 */
public final class UsageTableReader {
    static final List<String> LONG_COLUMNS = List.of("period", "workload", "resource", "usage");

    private UsageTableReader() {
    }

    /**
     * Reads every observation of the table into the roll-up.
     *
     * @param unitOf a resource's unit, named in problems with its numbers (empty when unknown)
     */
    public static void read(Table table, UsageRollup rollup, Function<String, String> unitOf, Problems problems) {
        if (table.headers().isEmpty()) {
            return;
        }
        if (isLongLayout(table)) {
            readLong(table, rollup, unitOf, problems);
        } else {
            readWide(table, rollup, unitOf, problems);
        }
    }

    /**
     * The coarsest frequency among the table's period notations; date cells count at the frequency
     * their spacing suggests (see {@link DateSpacing}). Month when the table has no periods.
     */
    public static Frequency coarsestFrequency(Table table) {
        if (table.headers().isEmpty()) {
            return Frequency.MONTH;
        }
        int periodColumn = periodColumn(table);
        Problems ignored = new Problems("");
        DateSpacing dates = new DateSpacing();
        Frequency coarsest = null;
        for (TableRow row : table.rows()) {
            TableCell cell = row.cell(periodColumn);
            if (cell.kind() == TableCell.Kind.DATE) {
                dates.add(cell.date());
                continue;
            }
            Optional<ObservedPeriod> p = Cells.observed(cell, ignored);
            if (p.isPresent()) {
                coarsest = coarser(coarsest, p.get().frequency());
            }
        }
        Frequency fromDates = dates.frequency().orElse(null);
        Frequency result = fromDates == null ? coarsest : coarser(coarsest, fromDates);
        return result == null ? Frequency.MONTH : result;
    }

    private static Frequency coarser(Frequency a, Frequency b) {
        return a == null || a.isFinerThan(b) ? b : a;
    }

    private static boolean isLongLayout(Table table) {
        return table.column("workload").isPresent() || table.column("resource").isPresent()
                || table.column("usage").isPresent();
    }

    private static int periodColumn(Table table) {
        if (isLongLayout(table)) {
            return table.column("period").orElse(-1);
        }
        return table.column("period").orElse(0);
    }

    private static void readLong(Table table, UsageRollup rollup, Function<String, String> unitOf, Problems problems) {
        List<String> missing = LONG_COLUMNS.stream().filter(c -> table.column(c).isEmpty()).toList();
        if (!missing.isEmpty()) {
            for (String c : missing) {
                problems.inSheet(table.sheet(), "the required column '" + c
                        + "' is missing (usage in long layout has the columns period, workload, resource, usage)");
            }
            return;
        }
        int period = table.column("period").getAsInt();
        int workload = table.column("workload").getAsInt();
        int resource = table.column("resource").getAsInt();
        int usage = table.column("usage").getAsInt();
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(period);
            Optional<ObservedPeriod> when = Cells.observed(periodCell, problems);
            Optional<String> w = Cells.requiredText(row.cell(workload), "a workload", problems);
            Optional<String> r = Cells.requiredText(row.cell(resource), "a resource", problems);
            TableCell usageCell = row.cell(usage);
            OptionalDouble value = Cells.nonNegative(usageCell, r.map(unitOf).orElse(""), problems);
            boolean usable = usageCell.isBlank() || value.isPresent();
            if (when.isPresent() && w.isPresent() && r.isPresent() && usable) {
                rollup.add(new SeriesKey(w.get(), r.get()), when.get(), value.orElse(Double.NaN), periodCell, problems);
            }
        }
    }

    private static void readWide(Table table, UsageRollup rollup, Function<String, String> unitOf, Problems problems) {
        int period = periodColumn(table);
        List<Integer> columns = new ArrayList<>();
        List<SeriesKey> keys = new ArrayList<>();
        Set<SeriesKey> seen = new HashSet<>();
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.headers().get(c);
            if (c == period || header.isEmpty()) {
                continue;
            }
            Optional<SeriesKey> key = SeriesNames.parse(header);
            if (key.isEmpty()) {
                problems.at(table.headerCell(c), "is not a series name (WORKLOAD RESOURCE or WORKLOAD/RESOURCE)");
            } else if (!seen.add(key.get())) {
                problems.at(table.headerCell(c), "names the series " + key.get() + " a second time");
            } else {
                columns.add(c);
                keys.add(key.get());
            }
        }
        if (keys.isEmpty()) {
            problems.inSheet(table.sheet(), "has no usage columns: use the columns period, workload, resource, usage,"
                    + " or a period column and one column per series named WORKLOAD RESOURCE");
            return;
        }
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(period);
            Optional<ObservedPeriod> when = Cells.observed(periodCell, problems);
            for (int i = 0; i < keys.size(); i++) {
                TableCell cell = row.cell(columns.get(i));
                if (cell.isBlank()) {
                    continue;
                }
                OptionalDouble value = Cells.nonNegative(cell, unitOf.apply(keys.get(i).resource()), problems);
                if (when.isPresent() && value.isPresent()) {
                    rollup.add(keys.get(i), when.get(), value.getAsDouble(), periodCell, problems);
                }
            }
        }
    }
}
