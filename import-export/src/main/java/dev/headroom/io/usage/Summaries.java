package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.TimeSeries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the {@link ImportSummary} of a finished import from the series and the counts kept while reading. */
final class Summaries {
    /** Series named in the gap line; the rest are only counted. */
    private static final int GAP_EXAMPLES = 3;
    private static final int GAP_PERIODS_SHOWN = 4;

    private Summaries() {
    }

    static ImportSummary of(String file, String sha256, String source, ImportMapping.Layout layout, Frequency frequency,
                            List<TimeSeries> series, Map<String, String> units, long rowsRead, UsageRollup rollup,
                            long blankRows, long totalsRows, int rowsSkippedAtTop, List<String> hidden) {
        Set<Long> periods = new HashSet<>();
        Set<String> resources = new LinkedHashSet<>();
        Optional<Period> first = Optional.empty();
        Optional<Period> last = Optional.empty();
        List<SeriesGaps> gaps = new ArrayList<>();
        long gapCount = 0;
        for (TimeSeries s : series) {
            resources.add(s.key().resource());
            List<Period> missing = new ArrayList<>();
            for (int i = 0; i < s.length(); i++) {
                if (Double.isNaN(s.valueAt(i))) {
                    missing.add(s.periodAt(i));
                } else {
                    periods.add(s.periodAt(i).index());
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(new SeriesGaps(s.key().toString(), missing));
                gapCount += missing.size();
            }
            first = first.filter(f -> !s.start().isBefore(f)).or(() -> Optional.of(s.start()));
            last = last.filter(l -> !s.end().isAfter(l)).or(() -> Optional.of(s.end()));
        }
        List<String> named = resources.stream()
                .map(r -> units.containsKey(r) && !units.get(r).isEmpty() ? r + " (" + units.get(r) + ")" : r).toList();
        Map<String, Long> skipped = new LinkedHashMap<>();
        putIfAny(skipped, "blank rows", blankRows);
        putIfAny(skipped, "totals rows", totalsRows);
        putIfAny(skipped, "duplicate samples (same series and time; the first is kept)", rollup.duplicates());
        putIfAny(skipped, "rows above the header, as the mapping says", rowsSkippedAtTop);
        List<String> examples = gaps.stream()
                .sorted(Comparator.comparingInt((SeriesGaps g) -> -g.missing.size()))
                .limit(GAP_EXAMPLES).map(SeriesGaps::describe).toList();
        return new ImportSummary(file, sha256, source, layout, frequency, series.size(), periods.size(), first, last,
                named, rowsRead, rollup.samples(), skipped, rollup.outOfOrder(),
                new ImportSummary.Gaps(gapCount, examples), hidden);
    }

    private static void putIfAny(Map<String, Long> map, String reason, long count) {
        if (count > 0) {
            map.put(reason, count);
        }
    }

    private record SeriesGaps(String series, List<Period> missing) {
        String describe() {
            List<String> shown = missing.stream().limit(GAP_PERIODS_SHOWN).map(Period::toString).toList();
            return series + " " + missing.size() + " (" + String.join(", ", shown)
                    + (missing.size() > GAP_PERIODS_SHOWN ? ", ..." : "") + ")";
        }
    }
}
