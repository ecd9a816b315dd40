package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.TimeSeries;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads usage history for {@code headroom forecast} (CONTRACT §3) from a CSV file or a workbook
 * (the sheet named {@code Usage}, else the first visible sheet), in the long or the wide layout.
 * A shorthand for {@link UsageImporter} with everything found automatically.
 */
public final class UsageReader {

    private UsageReader() {
    }

    /**
     * Reads one series per workload and resource.
     *
     * @param frequency             the frequency to roll the history up to; when empty, the coarsest
     *                              notation found in the file
     * @param aggregationByResource how finer samples of a resource are combined; p95 for others
     * @return the series in the order they first appear in the file
     * @throws InvalidInputException listing every problem found, each naming file, row, column and value
     */
    public static List<TimeSeries> read(Path file, Optional<Frequency> frequency,
                                        Map<String, Aggregation> aggregationByResource) {
        return UsageImporter.read(file, ImportMapping.automatic(),
                new ImportOptions(frequency, aggregationByResource, Map.of())).series();
    }
}
