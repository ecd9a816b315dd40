package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.usage.ImportSummary;
import dev.headroom.io.usage.UsageImport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an import read, in the lines the check page shows before the planner confirms. */
final class Summary {

    private static final Texts T = Texts.of(Summary.class);
    private Summary() {
    }

    static List<String> lines(UsageImport imported) {
        ImportSummary s = imported.summary();
        List<String> out = new ArrayList<>();
        long workloads = imported.series().stream().map(t -> t.key().workload()).distinct().count();
        out.add(T.get("summary.series", s.series(), workloads, s.resources().size()));
        out.add(s.first().isPresent()
                ? T.get("summary.periods", s.periods(), UnitsPage.period(s.frequency()), s.first().get(), s.last().orElseThrow())
                : T.get("summary.noPeriods"));
        out.add(T.get("summary.resources", s.resources().isEmpty() ? T.get("summary.none")
                : String.join(", ", s.resources())));
        long values = imported.series().stream().mapToLong(Summary::observed).sum();
        out.add(s.samples() > values
                ? T.get("summary.rolledUp", s.samples(), values, UnitsPage.period(s.frequency()))
                : T.get("summary.values", values, UnitsPage.period(s.frequency())));
        out.add(T.get("summary.rowsRead", s.rowsRead(), s.source()));
        s.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.add(T.get("summary.skipped", e.getValue(), e.getKey())));
        if (s.gaps().count() > 0) {
            out.add(T.get("summary.gaps", s.gaps().count(), String.join("; ", s.gaps().examples())));
        }
        if (!s.hiddenSheets().isEmpty()) {
            out.add(T.get("summary.hidden", String.join(", ", s.hiddenSheets())));
        }
        return out;
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
