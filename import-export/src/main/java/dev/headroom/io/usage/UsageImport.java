package dev.headroom.io.usage;

import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;

import java.util.List;
import java.util.Map;

/**
 * A complete import of a usage file: the series, what was read, and how (the mapping with what was
 * found filled in, and the source file's SHA-256, for a project file to keep).
 *
 * @param units the unit each resource's values were converted to (empty when none was stated)
 * @param pools the pool each series' workload was given in a pool column, where there was one
 */
public record UsageImport(List<TimeSeries> series, ImportSummary summary, ImportMapping mapping, String sha256,
                          Map<String, String> units, Map<SeriesKey, String> pools) {

    public UsageImport {
        series = List.copyOf(series);
        units = Map.copyOf(units);
        pools = Map.copyOf(pools);
    }
}
