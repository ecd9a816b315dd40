package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an import read, for {@code headroom validate} and the import wizard: where from, how much,
 * which periods and resources, and every row it passed over and why.
 *
 * @param file        the file's name
 * @param sha256      the SHA-256 of the file's bytes, in hex
 * @param source      what was read: the sheet, or the text file's encoding and delimiter
 * @param layout      the layout found or given
 * @param frequency   the planning frequency the series are rolled up to
 * @param series      number of series (workload × resource)
 * @param periods     distinct periods with an observation, over all series
 * @param first       the earliest period of any series
 * @param last        the latest period of any series
 * @param resources   each resource with its unit, e.g. {@code memory (GiB)}
 * @param rowsRead    data rows read (blank rows and rows skipped not counted)
 * @param samples     observations rolled up
 * @param skipped     rows passed over, by reason
 * @param outOfOrder  rows earlier in time than the row before them in their series
 * @param gaps        periods without an observation inside series, with the series having most of them
 * @param hiddenSheets sheets the workbook hides, which were not read
 */
public record ImportSummary(String file, String sha256, String source, ImportMapping.Layout layout, Frequency frequency,
                            int series, int periods, Optional<Period> first, Optional<Period> last,
                            List<String> resources, long rowsRead, long samples, Map<String, Long> skipped,
                            long outOfOrder, Gaps gaps, List<String> hiddenSheets) {

    /** Periods missing inside series: how many in all, and the first few series that have them. */
    public record Gaps(long count, List<String> examples) {
    }

    public ImportSummary {
        resources = List.copyOf(resources);
        skipped = Map.copyOf(skipped);
        hiddenSheets = List.copyOf(hiddenSheets);
    }

    /** The summary as lines for a person, the first naming the file. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(file + ": usage history, " + layout.name().toLowerCase(Locale.ROOT) + " layout, " + source);
        out.add(String.format(Locale.ROOT, "  %d series, %d %s periods%s", series, periods, frequency,
                first.isPresent() ? ", " + first.get() + " to " + last.orElseThrow() : ""));
        out.add("  resources: " + (resources.isEmpty() ? "none" : String.join(", ", resources)));
        out.add(String.format(Locale.ROOT, "  %d rows read, %d samples rolled up", rowsRead, samples));
        if (skipped.isEmpty()) {
            out.add("  rows skipped: none");
        } else {
            StringBuilder s = new StringBuilder("  rows skipped:");
            skipped.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> s.append(' ').append(e.getValue()).append(' ').append(e.getKey()).append(';'));
            out.add(s.substring(0, s.length() - 1));
        }
        if (outOfOrder > 0) {
            out.add("  " + outOfOrder + " rows out of time order (the roll-up does not depend on order)");
        }
        if (gaps.count() > 0) {
            out.add("  " + gaps.count() + " periods without data inside series (left empty, not zero): "
                    + String.join("; ", gaps.examples()));
        }
        if (!hiddenSheets.isEmpty()) {
            out.add("  hidden sheets not read: " + String.join(", ", hiddenSheets));
        }
        out.add("  SHA-256 " + sha256);
        return out;
    }
}
