package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads usage history from a table in either layout of CONTRACT §3 into a {@link UsageRollup}. The
 * long layout has a period, workload, resource and usage column (others are ignored); the wide layout
 * a period column and one column per series. A blank usage cell in the long layout marks a period
 * without an observation; in the wide layout it is simply skipped. Rows whose period or workload
 * says {@code Total}, {@code Sum}, {@code Average} and the like are totals and are skipped.
 */
public final class UsageTableReader {
    private static final Pattern TOTALS = Pattern.compile(
            "(?i)(grand\\s+)?(total|totals|sum|subtotal|average|avg|mean|max|maximum|min|minimum)\\s*:?");

    private final Table table;
    private final ImportMapping mapping;
    private final UsageColumns columns;
    private final UsageRollup rollup;
    private final UsageValues values;
    private final PeriodNotations periods;
    private final Problems problems;
    private final Map<SeriesKey, String> pools = new LinkedHashMap<>();
    private long rowsRead;
    private long totalsRows;

    private UsageTableReader(Table table, ImportMapping mapping, UsageColumns columns, UsageRollup rollup,
                             UsageValues values, Problems problems) {
        this.table = table;
        this.mapping = mapping;
        this.columns = columns;
        this.rollup = rollup;
        this.values = values;
        this.periods = new PeriodNotations(mapping.zone(), table.date1904());
        this.problems = problems;
    }

    /**
     * Reads every observation of the table into the roll-up, in the layout the table's headers show.
     *
     * @param unitOf a resource's planned unit, to which values are converted (empty when unknown)
     */
    public static void read(Table table, UsageRollup rollup, Function<String, String> unitOf, Problems problems) {
        read(table, ImportMapping.automatic(), rollup, new UsageValues(unitOf, false), problems);
    }

    /** Reads the table as the mapping says; empty when its columns could not be found (problems say why). */
    static Optional<UsageTableReader> read(Table table, ImportMapping mapping, UsageRollup rollup, UsageValues values,
                                           Problems problems) {
        if (table.headers().isEmpty()) {
            return Optional.empty();
        }
        Optional<UsageColumns> columns = UsageColumns.find(table, mapping, problems);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        UsageTableReader reader = new UsageTableReader(table, mapping, columns.get(), rollup, values, problems);
        if (columns.get().layout == ImportMapping.Layout.LONG) {
            reader.readLong();
        } else {
            reader.readWide();
        }
        return Optional.of(reader);
    }

    /**
     * The coarsest frequency among the table's period notations; date cells count at the frequency
     * their spacing suggests (see {@link DateSpacing}). Month when the table has no periods.
     */
    public static Frequency coarsestFrequency(Table table) {
        return coarsestFrequency(table, ImportMapping.automatic());
    }

    static Frequency coarsestFrequency(Table table, ImportMapping mapping) {
        if (table.headers().isEmpty()) {
            return Frequency.MONTH;
        }
        Problems ignored = new Problems("");
        Optional<UsageColumns> columns = UsageColumns.find(table, mapping, ignored);
        if (columns.isEmpty()) {
            return Frequency.MONTH;
        }
        PeriodNotations notations = new PeriodNotations(mapping.zone(), table.date1904());
        DateSpacing dates = new DateSpacing();
        Frequency coarsest = null;
        for (TableRow row : table.rows()) {
            TableCell cell = row.cell(columns.get().period);
            if (cell.kind() == TableCell.Kind.DATE) {
                dates.add(cell.date());
                continue;
            }
            Optional<ObservedPeriod> p = notations.read(cell, ignored);
            if (p.isPresent()) {
                if (p.get().withTime()) {
                    dates.add(p.get().at());
                } else {
                    coarsest = coarser(coarsest, p.get().frequency());
                }
            }
        }
        Frequency fromDates = dates.frequency().orElse(null);
        Frequency result = fromDates == null ? coarsest : coarser(coarsest, fromDates);
        return result == null ? Frequency.MONTH : result;
    }

    private static Frequency coarser(Frequency a, Frequency b) {
        return a == null || a.isFinerThan(b) ? b : a;
    }

    private void readLong() {
        List<String> missing = new ArrayList<>();
        if (columns.period < 0) {
            missing.add("period");
        }
        if (columns.workload.isEmpty()) {
            missing.add("workload");
        }
        if (columns.resource.isEmpty() && mapping.fixedResource().isEmpty()) {
            missing.add("resource");
        }
        if (columns.value.isEmpty()) {
            missing.add("usage");
        }
        for (String c : missing) {
            problems.inSheet(table.sheet(), ReaderWords.of("usage.columnMissing", c));
        }
        if (!missing.isEmpty()) {
            return;
        }
        Optional<Unit> headerUnit = UsageColumns.unitOf(columns.header(columns.value.getAsInt()))
                .or(() -> mapping.fixedUnit().flatMap(Unit::parse));
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(columns.period);
            TableCell workloadCell = row.cell(columns.workload);
            if (isTotals(periodCell) || isTotals(workloadCell)) {
                totalsRows++;
                continue;
            }
            rowsRead++;
            Optional<ObservedPeriod> when = periods.read(periodCell, problems);
            Optional<String> w = Cells.requiredText(workloadCell, ReaderWords.of("need.workload"), problems);
            Optional<String> r = mapping.fixedResource().isPresent() ? mapping.fixedResource()
                    : Cells.requiredText(row.cell(columns.resource), ReaderWords.of("need.resource"), problems);
            Optional<Unit> unit = columns.unit.isPresent()
                    ? Cells.text(row.cell(columns.unit)).flatMap(Unit::parse).or(() -> headerUnit) : headerUnit;
            TableCell usageCell = row.cell(columns.value);
            OptionalDouble value = r.isPresent() ? values.read(usageCell, r.get(), unit, problems) : OptionalDouble.empty();
            boolean usable = usageCell.isBlank() || value.isPresent();
            if (when.isPresent() && w.isPresent() && r.isPresent() && usable) {
                SeriesKey key = new SeriesKey(w.get(), r.get());
                rollup.add(key, when.get(), value.orElse(Double.NaN), periodCell, problems);
                if (columns.pool.isPresent() && !pools.containsKey(key)) {
                    Cells.text(row.cell(columns.pool)).ifPresent(p -> pools.put(key, p));
                }
            }
        }
    }

    private void readWide() {
        List<Integer> seriesColumns = new ArrayList<>();
        List<SeriesKey> keys = new ArrayList<>();
        List<Optional<Unit>> units = new ArrayList<>();
        Set<SeriesKey> seen = new HashSet<>();
        Optional<Unit> fixedUnit = mapping.fixedUnit().flatMap(Unit::parse);
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.headers().get(c);
            if (c == columns.period || header.isEmpty()) {
                continue;
            }
            String name = UsageColumns.name(header);
            Optional<SeriesKey> key = mapping.fixedResource().isPresent()
                    ? Optional.of(new SeriesKey(name, mapping.fixedResource().get())) : SeriesNames.parse(name);
            if (key.isEmpty()) {
                problems.at(table.headerCell(c), ReaderWords.of("usage.notSeriesName"));
            } else if (!seen.add(key.get())) {
                problems.at(table.headerCell(c), ReaderWords.of("usage.seriesTwice", key.get()));
            } else {
                seriesColumns.add(c);
                keys.add(key.get());
                units.add(UsageColumns.unitOf(header).or(() -> fixedUnit));
            }
        }
        if (keys.isEmpty()) {
            problems.inSheet(table.sheet(), ReaderWords.of("usage.noColumns"));
            return;
        }
        for (TableRow row : table.rows()) {
            TableCell periodCell = row.cell(columns.period);
            if (isTotals(periodCell)) {
                totalsRows++;
                continue;
            }
            rowsRead++;
            Optional<ObservedPeriod> when = periods.read(periodCell, problems);
            for (int i = 0; i < keys.size(); i++) {
                TableCell cell = row.cell(seriesColumns.get(i));
                if (cell.isBlank()) {
                    continue;
                }
                OptionalDouble value = values.read(cell, keys.get(i).resource(), units.get(i), problems);
                if (when.isPresent() && value.isPresent()) {
                    rollup.add(keys.get(i), when.get(), value.getAsDouble(), periodCell, problems);
                }
            }
        }
    }

    private static boolean isTotals(TableCell cell) {
        return cell.kind() == TableCell.Kind.TEXT && cell.trimmed().length() < 20 && TOTALS.matcher(cell.trimmed()).matches();
    }

    UsageColumns columns() {
        return columns;
    }

    long rowsRead() {
        return rowsRead;
    }

    long totalsRows() {
        return totalsRows;
    }

    Map<SeriesKey, String> pools() {
        return pools;
    }
}
