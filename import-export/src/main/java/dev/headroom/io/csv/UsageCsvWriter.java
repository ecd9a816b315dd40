package dev.headroom.io.csv;

import dev.headroom.core.model.TimeSeries;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes usage history in CONTRACT §3's long layout, {@code period, workload, resource, usage}, one row per observed
 * period in the series' own notation ({@code 2024-03}, {@code 2024-W09}, {@code 2024-03-15}); periods without an
 * observation are left out, so that reading the file back gives the same series. Replaced atomically.
 */
public final class UsageCsvWriter {
    private UsageCsvWriter() {
    }

    /** @throws dev.headroom.io.ExportException when the file cannot be written */
    public static void write(List<TimeSeries> series, Path out) {
        CsvTableWriter.write(out, new CsvOptions(false), List.of("period", "workload", "resource", "usage"), table -> {
            for (TimeSeries s : series) {
                for (int i = 0; i < s.length(); i++) {
                    if (!Double.isNaN(s.valueAt(i))) {
                        table.text(s.periodAt(i).toString()).text(s.key().workload()).text(s.key().resource())
                                .number(s.valueAt(i)).endRow();
                    }
                }
            }
        });
    }
}
