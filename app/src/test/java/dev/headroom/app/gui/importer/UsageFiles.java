package dev.headroom.app.gui.importer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Usage files written by the tests themselves: CSV and .xlsx in the shapes planners export. */
final class UsageFiles {
    private UsageFiles() {
    }

    /**
     * Daily samples in the long layout with a pool column: two workloads in two clusters, cpu in cores and
     * memory in GiB, for {@code days} days from 1 January 2024; the value grows with the day so roll-ups differ.
     */
    static List<String> dailyLong(int days) {
        List<String> lines = new ArrayList<>();
        lines.add("date,service,metric,value,unit,cluster");
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int d = 0; d < days; d++) {
            LocalDate day = start.plusDays(d);
            lines.add(day + ",web,cpu," + (2 + d % 10) + ",cores,blue");
            lines.add(day + ",web,memory," + (8 + d % 5) + ",GiB,blue");
            lines.add(day + ",db,cpu," + (4 + d % 7) + ",cores,green");
        }
        return lines;
    }

    static Path csv(Path dir, String name, List<String> lines) {
        try {
            return Files.write(dir.resolve(name), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with a notes sheet first and a wide monthly sheet named {@code Monthly}. */
    static Path wideWorkbook(Path dir) {
        Path file = dir.resolve("usage.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Exported for capacity review");
            var sheet = book.createSheet("Monthly");
            var header = sheet.createRow(0);
            String[] names = {"month", "web cpu", "web memory", "db cpu"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int m = 1; m <= 12; m++) {
                var row = sheet.createRow(m);
                row.createCell(0).setCellValue(String.format(Locale.ROOT, "2024-%02d", m));
                row.createCell(1).setCellValue(2.0 + m);
                row.createCell(2).setCellValue(16.0 + m);
                row.createCell(3).setCellValue(4.0 + m / 2.0);
            }
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
