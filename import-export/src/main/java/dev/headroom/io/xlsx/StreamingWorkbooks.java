package dev.headroom.io.xlsx;

import dev.headroom.io.AtomicFiles;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds an .xlsx file with POI's streaming workbook, which keeps only a window of rows in memory and
 * spills the rest to a temporary file, then writes it atomically.
 */
public final class StreamingWorkbooks {
    /** Rows kept in memory per sheet before older ones are flushed to disk. */
    private static final int ROW_WINDOW = 200;

    private StreamingWorkbooks() {
    }

    /**
     * Lets {@code content} fill a new workbook, then writes it to {@code target} atomically.
     *
     * @throws dev.headroom.io.ExportException when it cannot be written
     */
    public static void write(Path target, Consumer<SXSSFWorkbook> content) {
        AtomicFiles.write(target, out -> {
            // close() also removes SXSSF's temporary files.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
                workbook.setCompressTempFiles(true);
                // No creation time, so that the same content gives the same bytes (deterministic output).
                var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
                properties.setCreator("Headroom");
                properties.setCreated(Optional.empty());
                content.accept(workbook);
                workbook.write(out);
            }
        });
    }
}
