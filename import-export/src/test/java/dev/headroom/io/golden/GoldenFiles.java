package dev.headroom.io.golden;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The golden files' conventions: a {@code .mapping} file (Java properties) next to an input says how
 * to import it, and the {@code .expected} file holds the import as {@link #render} writes it.
 */
final class GoldenFiles {
    private GoldenFiles() {
    }

    /** The mapping a {@code .mapping} file gives; absent keys stay automatic. */
    static ImportMapping mapping(Properties p) {
        ImportMapping m = ImportMapping.automatic()
                .withHeader(Integer.parseInt(p.getProperty("skipRows", "0")), Integer.parseInt(p.getProperty("headerRow", "0")))
                .withColumns(p.getProperty("period"), p.getProperty("workload"), p.getProperty("resource"),
                        p.getProperty("value"))
                .withUnitAndPoolColumns(p.getProperty("unit"), p.getProperty("pool"))
                .withFixed(p.getProperty("fixedResource"), p.getProperty("fixedUnit"));
        if (p.getProperty("sheet") != null) {
            m = m.withSheet(p.getProperty("sheet"));
        }
        if (p.getProperty("layout") != null) {
            m = m.withLayout(ImportMapping.Layout.valueOf(p.getProperty("layout")));
        }
        if (p.getProperty("zone") != null) {
            m = m.withZone(ZoneId.of(p.getProperty("zone")));
        }
        if (p.getProperty("decimalComma") != null) {
            m = m.withDecimalComma(Boolean.parseBoolean(p.getProperty("decimalComma")));
        }
        return m;
    }

    /** The options a {@code .mapping} file gives: {@code frequency}, {@code unit.R}, {@code aggregation.R}. */
    static ImportOptions options(Properties p) {
        Map<String, String> units = new HashMap<>();
        Map<String, Aggregation> aggregations = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("unit.")) {
                units.put(key.substring(5), p.getProperty(key));
            } else if (key.startsWith("aggregation.")) {
                aggregations.put(key.substring(12), Aggregation.parse(p.getProperty(key)));
            }
        }
        Optional<Frequency> frequency = Optional.ofNullable(p.getProperty("frequency")).map(Frequency::parse);
        return new ImportOptions(frequency, aggregations, units);
    }

    /**
     * An import as text: the frequency, the units, one line per series ({@code workload resource start:
     * values}, six decimals at most), then rows skipped and out of order when there are any.
     */
    static String render(UsageImport result) {
        List<String> lines = new ArrayList<>();
        lines.add("frequency " + result.summary().frequency());
        StringBuilder units = new StringBuilder("units");
        new TreeMap<>(result.units()).forEach((r, u) -> units.append(' ').append(r).append('=').append(u));
        lines.add(units.toString());
        for (TimeSeries s : result.series()) {
            StringBuilder line = new StringBuilder(s.key().workload() + " " + s.key().resource() + " " + s.start() + ":");
            for (double v : s.values()) {
                line.append(' ').append(number(v));
            }
            lines.add(line.toString());
        }
        if (!result.summary().skipped().isEmpty()) {
            StringBuilder skipped = new StringBuilder("skipped");
            new TreeMap<>(result.summary().skipped()).forEach((k, v) -> skipped.append(' ').append(k).append('=').append(v));
            lines.add(skipped.toString());
        }
        if (result.summary().outOfOrder() > 0) {
            lines.add("out of order " + result.summary().outOfOrder());
        }
        return String.join("\n", lines) + "\n";
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
