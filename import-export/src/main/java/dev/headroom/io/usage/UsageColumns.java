package dev.headroom.io.usage;

import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the columns of a usage table: those the mapping names, else by their usual headers
 * (CONTRACT §3's names first, then what monitoring exports call them), and decides the layout.
 */
final class UsageColumns {
    private static final List<String> PERIOD = List.of("period", "date", "time", "timestamp", "datetime", "month",
            "week", "day", "quarter");
    private static final List<String> WORKLOAD = List.of("workload", "service", "application", "app", "host", "instance");
    private static final List<String> RESOURCE = List.of("resource", "metric");
    private static final List<String> VALUE = List.of("usage", "value");
    private static final List<String> UNIT = List.of("unit", "units");
    private static final List<String> POOL = List.of("pool", "cluster");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(.*?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]\\s*");

    final ImportMapping.Layout layout;
    final int period;
    final OptionalInt workload;
    final OptionalInt resource;
    final OptionalInt value;
    final OptionalInt unit;
    final OptionalInt pool;
    private final Table table;

    private UsageColumns(Table table, ImportMapping.Layout layout, int period, OptionalInt workload, OptionalInt resource,
                         OptionalInt value, OptionalInt unit, OptionalInt pool) {
        this.table = table;
        this.layout = layout;
        this.period = period;
        this.workload = workload;
        this.resource = resource;
        this.value = value;
        this.unit = unit;
        this.pool = pool;
    }

    /** The columns, or empty when the mapping names a column the table does not have (a problem is added). */
    static Optional<UsageColumns> find(Table table, ImportMapping mapping, Problems problems) {
        OptionalInt workload = column(table, mapping.workloadColumn(), WORKLOAD, problems);
        OptionalInt resource = column(table, mapping.resourceColumn(), RESOURCE, problems);
        OptionalInt value = column(table, mapping.valueColumn(), VALUE, problems);
        OptionalInt unit = column(table, mapping.unitColumn(), UNIT, problems);
        OptionalInt pool = column(table, mapping.poolColumn(), POOL, problems);
        OptionalInt period = column(table, mapping.periodColumn(), PERIOD, problems);
        boolean missingNamed = mapping.workloadColumn().isPresent() && workload.isEmpty()
                || mapping.resourceColumn().isPresent() && resource.isEmpty()
                || mapping.valueColumn().isPresent() && value.isEmpty()
                || mapping.periodColumn().isPresent() && period.isEmpty()
                || mapping.unitColumn().isPresent() && unit.isEmpty()
                || mapping.poolColumn().isPresent() && pool.isEmpty();
        if (missingNamed) {
            return Optional.empty();
        }
        ImportMapping.Layout layout = mapping.layout();
        if (layout == ImportMapping.Layout.AUTOMATIC) {
            layout = workload.isPresent() || resource.isPresent() || value.isPresent()
                    ? ImportMapping.Layout.LONG : ImportMapping.Layout.WIDE;
        }
        int p = period.orElse(layout == ImportMapping.Layout.WIDE ? 0 : -1);
        return Optional.of(new UsageColumns(table, layout, p, workload, resource, value, unit, pool));
    }

    private static OptionalInt column(Table table, Optional<String> named, List<String> usual, Problems problems) {
        if (named.isPresent()) {
            OptionalInt c = byKey(table, key(named.get()));
            if (c.isEmpty()) {
                problems.inSheet(table.sheet(), ReaderWords.of("mapping.noColumn", named.get(),
                        String.join(", ", table.headers().stream().filter(h -> !h.isEmpty()).limit(20).toList())));
            }
            return c;
        }
        for (String u : usual) {
            OptionalInt c = byKey(table, u);
            if (c.isPresent()) {
                return c;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt byKey(Table table, String key) {
        List<String> headers = table.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (key(headers.get(i)).equals(key)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** A header compared without case, surrounding spaces or a unit suffix: {@code Usage (GiB)} is {@code usage}. */
    static String key(String header) {
        return name(header).toLowerCase(Locale.ROOT);
    }

    /** A header without its unit suffix, when the suffix is a unit. */
    static String name(String header) {
        String h = header == null ? "" : header.strip();
        Matcher m = UNIT_SUFFIX.matcher(h);
        if (m.matches() && isUnit(m.group(2))) {
            return m.group(1).strip();
        }
        return h;
    }

    /** The unit a header states in brackets, e.g. {@code GiB} in {@code memory (GiB)}. */
    static Optional<Unit> unitOf(String header) {
        Matcher m = UNIT_SUFFIX.matcher(header == null ? "" : header.strip());
        return m.matches() && isUnit(m.group(2)) ? Unit.parse(m.group(2)) : Optional.empty();
    }

    private static boolean isUnit(String text) {
        return Unit.parse(text).map(u -> u.family() != Unit.Family.OTHER).orElse(false);
    }

    String header(int column) {
        return column >= 0 && column < table.headers().size() ? table.headers().get(column) : "";
    }

    /** The mapping with the layout and columns as found, for the wizard and the project file. */
    ImportMapping resolved(ImportMapping mapping) {
        ImportMapping m = mapping.withLayout(layout);
        if (layout == ImportMapping.Layout.LONG) {
            m = m.withColumns(orNull(period), orNull(workload), orNull(resource), orNull(value))
                    .withUnitAndPoolColumns(orNull(unit), orNull(pool));
        } else {
            m = m.withColumns(orNull(period), null, null, null);
        }
        return m;
    }

    private String orNull(OptionalInt c) {
        return c.isPresent() ? header(c.getAsInt()) : null;
    }

    private String orNull(int c) {
        return c >= 0 ? header(c) : null;
    }
}
