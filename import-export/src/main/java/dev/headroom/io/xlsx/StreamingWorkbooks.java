package dev.headroom.io.xlsx;

import dev.headroom.io.AtomicFiles;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        write(target, template -> { }, content);
    }

    /**
     * Like {@link #write(Path, Consumer)}, first letting {@code template} fill an ordinary in-memory
     * workbook: its sheets may hold what streaming cannot (charts, drawings), while the sheets
     * {@code content} then adds are streamed. Cell styles made on the template serve both.
     */
    public static void write(Path target, Consumer<XSSFWorkbook> template, Consumer<SXSSFWorkbook> content) {
        AtomicFiles.write(target, out -> {
            XSSFWorkbook base = new XSSFWorkbook();
            // No creation time, so that the same content gives the same bytes (deterministic output).
            var properties = base.getProperties().getCoreProperties();
            properties.setCreator("Headroom");
            properties.setCreated(Optional.empty());
            template.accept(base);
            // close() also removes SXSSF's temporary files.
            // Spilled rows are not compressed: that costs more time than the disk it saves at these sizes.
            try (SXSSFWorkbook workbook = new FastStreamingWorkbook(base, ROW_WINDOW)) {
                content.accept(workbook);
                workbook.write(out);
            }
        });
    }
}
