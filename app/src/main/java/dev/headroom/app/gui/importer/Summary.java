package dev.headroom.app.gui.importer;

import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.usage.ImportSummary;
import dev.headroom.io.usage.UsageImport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What an import read, in the lines the check page shows before the planner confirms. */
final class Summary {
    private Summary() {
    }

    static List<String> lines(UsageImport imported) {
        ImportSummary s = imported.summary();
        List<String> out = new ArrayList<>();
        long workloads = imported.series().stream().map(t -> t.key().workload()).distinct().count();
        out.add(String.format(Locale.ROOT, "%d series: %s × %s", s.series(), count(workloads, "workload"),
                count(s.resources().size(), "resource")));
        out.add(s.first().isPresent()
                ? String.format(Locale.ROOT, "%d %s periods, %s to %s", s.periods(), s.frequency(), s.first().get(),
                s.last().orElseThrow())
                : "no periods");
        out.add("Resources: " + (s.resources().isEmpty() ? "none" : String.join(", ", s.resources())));
        long values = imported.series().stream().mapToLong(Summary::observed).sum();
        out.add(s.samples() > values
                ? String.format(Locale.ROOT, "%,d samples rolled up into %,d values, one per %s", s.samples(), values,
                s.frequency())
                : String.format(Locale.ROOT, "%,d values, one per %s: nothing to roll up", values, s.frequency()));
        out.add(String.format(Locale.ROOT, "%,d rows read from %s", s.rowsRead(), s.source()));
        s.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.add(String.format(Locale.ROOT, "%,d rows skipped: %s", e.getValue(), e.getKey())));
        if (s.gaps().count() > 0) {
            out.add(s.gaps().count() + " periods without data inside series (left empty, not zero): "
                    + String.join("; ", s.gaps().examples()));
        }
        if (!s.hiddenSheets().isEmpty()) {
            out.add("Hidden sheets not read: " + String.join(", ", s.hiddenSheets()));
        }
        return out;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static long observed(TimeSeries t) {
        long n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (!Double.isNaN(t.valueAt(i))) {
                n++;
            }
        }
        return n;
    }
}
