package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.table.CsvTable;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.ReadFailures;
import dev.headroom.io.table.SheetSource;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.Workbooks;
import org.apache.poi.poifs.filesystem.FileMagic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads usage history for {@code headroom forecast} (CONTRACT §3) from a CSV file or a workbook
 * (the sheet named {@code Usage}, else the first sheet), in the long or the wide layout.
 */
public final class UsageReader {
    private static final String USAGE_SHEET = "Usage";

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
        Problems problems = new Problems(String.valueOf(file.getFileName()));
        Source source = isWorkbook(file) ? new WorkbookSource(file, problems) : new CsvSource(file, problems);
        try {
            List<TimeSeries> series = source.read(frequency, aggregationByResource);
            if (series.isEmpty() && problems.isEmpty()) {
                problems.general("holds no usage history (expected the columns period, workload, resource, usage,"
                        + " or a period column and one column per series)");
            }
            problems.throwIfAny();
            return series;
        } finally {
            source.close();
        }
    }

    private static boolean isWorkbook(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            FileMagic magic = FileMagic.valueOf(file.toFile());
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (IOException e) {
            // Unreadable files are reported when read as CSV.
            return false;
        }
    }

    /** Where the usage table comes from; opened twice when the frequency must be found first. */
    private abstract static class Source implements AutoCloseable {
        final Problems problems;

        Source(Problems problems) {
            this.problems = problems;
        }

        /** A fresh table over the usage rows, or empty when the file cannot be read (a problem is added). */
        abstract Optional<Table> open();

        List<TimeSeries> read(Optional<Frequency> frequency, Map<String, Aggregation> aggregations) {
            Optional<Frequency> target = frequency.or(() -> open().map(t -> {
                try (t) {
                    return UsageTableReader.coarsestFrequency(t);
                }
            }));
            if (target.isEmpty()) {
                return List.of();
            }
            UsageRollup rollup = new UsageRollup(target.get(), r -> aggregations.getOrDefault(r, Aggregation.P95));
            Optional<Table> table = open();
            if (table.isEmpty()) {
                return List.of();
            }
            try (Table t = table.get()) {
                UsageTableReader.read(t, rollup, r -> "", problems);
            }
            return rollup.series();
        }

        @Override
        public void close() {
            // A CSV table closes its own file.
        }
    }

    private static final class CsvSource extends Source {
        private final Path file;

        CsvSource(Path file, Problems problems) {
            super(problems);
            this.file = file;
        }

        @Override
        Optional<Table> open() {
            try {
                return Optional.of(CsvTable.open(file, problems));
            } catch (IOException e) {
                problems.general(ReadFailures.describe(e));
                return Optional.empty();
            }
        }
    }

    private static final class WorkbookSource extends Source {
        private final Optional<SheetSource> workbook;

        WorkbookSource(Path file, Problems problems) {
            super(problems);
            this.workbook = Workbooks.open(file, problems);
        }

        @Override
        Optional<Table> open() {
            // A problem found by both passes (a header twice) is listed once: Problems drops repeats.
            return workbook.flatMap(wb -> wb.sheet(USAGE_SHEET).or(wb::firstSheet));
        }

        @Override
        public void close() {
            workbook.ifPresent(SheetSource::close);
        }
    }
}
