package dev.headroom.io.benchmark;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's usage history in the long layout: {@code series} workload × resource series
 * of hourly samples, time-major, as .xlsx (date-time cells, streamed with SXSSF) and as CSV (ISO
 * timestamps). Seeded, so every run measures the same bytes.
 */
final class BenchmarkFiles {
    static final LocalDateTime START = LocalDateTime.of(2023, 1, 1, 0, 0);
    private static final String[] RESOURCES = {"cpu", "memory"};

    private BenchmarkFiles() {
    }

    static String workload(int series) {
        return String.format(Locale.ROOT, "svc-%02d", series / RESOURCES.length);
    }

    static String resource(int series) {
        return RESOURCES[series % RESOURCES.length];
    }

    static void writeXlsx(Path file, int rows, int series) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Usage");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            String[] names = {"period", "workload", "resource", "usage"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                int s = i % series;
                var cell = row.createCell(0);
                cell.setCellValue(START.plusHours(i / series));
                cell.setCellStyle(dateTime);
                row.createCell(1).setCellValue(workload(s));
                row.createCell(2).setCellValue(resource(s));
                row.createCell(3).setCellValue(Math.round(random.nextDouble(1, 64) * 100) / 100.0);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static void writeCsv(Path file, int rows, int series) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("period,workload,resource,usage\n");
            for (int i = 0; i < rows; i++) {
                int s = i % series;
                out.write(START.plusHours(i / series) + ":00Z," + workload(s) + "," + resource(s) + ","
                        + Math.round(random.nextDouble(1, 64) * 100) / 100.0 + "\n");
            }
        }
    }
}
