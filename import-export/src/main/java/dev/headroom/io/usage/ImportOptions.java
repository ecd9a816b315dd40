package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;

import java.util.Map;
import java.util.Optional;

/**
 * What the importer knows from elsewhere (the planning workbook or project): the planning frequency
 * and each resource's aggregation and unit.
 *
 * @param frequency    the frequency to roll up to; empty: the coarsest notation in the file
 * @param aggregations how finer samples of a resource combine; p95 for resources not listed
 * @param units        the unit each resource is planned in; values in other units are converted to it.
 *                     For a resource not listed, the first unit its values state becomes its unit.
 */
public record ImportOptions(Optional<Frequency> frequency, Map<String, Aggregation> aggregations,
                            Map<String, String> units) {

    public ImportOptions {
        frequency = frequency == null ? Optional.empty() : frequency;
        aggregations = Map.copyOf(aggregations);
        units = Map.copyOf(units);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Map.of(), Map.of());
    }

    public ImportOptions withFrequency(Frequency f) {
        return new ImportOptions(Optional.of(f), aggregations, units);
    }
}
