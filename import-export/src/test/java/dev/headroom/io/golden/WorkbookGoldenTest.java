package dev.headroom.io.golden;

import dev.headroom.core.model.Frequency;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases only a spreadsheet can hold, generated here with POI (and by hand for .ods), each
 * beside the import it must give: date cells and serials in both date systems, formulas' cached
 * values, numbers stored as text, percentage formats, merged header cells, hidden sheets, trailing
 * totals.
 */
class WorkbookGoldenTest {
    @TempDir
    Path dir;

    private UsageImport read(Path file, ImportMapping mapping, Frequency frequency) {
        return UsageImporter.read(file, mapping, new ImportOptions(Optional.of(frequency), Map.of(), Map.of()));
    }

    @ParameterizedTest(name = "1904 date system: {0}")
    @ValueSource(booleans = {false, true})
    void dateCellsAndSerialsFollowTheWorkbooksDateSystem(boolean date1904) throws IOException {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(date1904);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Usage");
            header(s, "period", "workload", "resource", "usage");
            Row r1 = s.createRow(1);
            // The serial in the workbook's own date system, as Excel writes it.
            r1.createCell(0).setCellValue(DateUtil.getExcelDate(LocalDate.of(2024, 3, 15).atStartOfDay(), date1904));
            r1.getCell(0).setCellStyle(date);
            fill(r1, 1, "date-cell", "cpu", 1);
            Row r2 = s.createRow(2);
            // A serial without a date format, as exports write them: 45366 is 2024-03-15 in the 1900 system.
            r2.createCell(0).setCellValue(45366);
            fill(r2, 1, "serial", "cpu", 2);
            wb.write(out);
        }

        String expected = date1904
                ? "frequency day\nunits\ndate-cell cpu 2024-03-15: 1\nserial cpu 2028-03-16: 2\n"
                : "frequency day\nunits\ndate-cell cpu 2024-03-15: 1\nserial cpu 2024-03-15: 2\n";
        assertThat(GoldenFiles.render(read(file, ImportMapping.automatic(), Frequency.DAY))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void formulasTextNumbersPercentagesAndTotals(String format) throws IOException {
        Path file = dir.resolve("cells." + format);
        try (Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet s = wb.createSheet("Usage");
            header(s, "period", "workload", "resource", "usage", "unit");
            Row f = s.createRow(1);
            fill(f, 0, "2024-01", "web", "cpu");
            f.createCell(3).setCellFormula("2*3");
            Row text = s.createRow(2);
            fill(text, 0, "2024-02", "web", "cpu", " 7.5 ");
            Row pct = s.createRow(3);
            fill(pct, 0, "2024-03", "web", "cpu");
            pct.createCell(3).setCellValue(0.25);
            pct.getCell(3).setCellStyle(percent);
            pct.createCell(4).setCellValue("% of 16 cores");
            Row total = s.createRow(5);
            fill(total, 0, "Total", "", "", 17.5);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        UsageImport result = read(file, ImportMapping.automatic(), Frequency.MONTH);

        assertThat(GoldenFiles.render(result)).isEqualTo(
                "frequency month\nunits cpu=cores\nweb cpu 2024-01: 6 7.5 4\nskipped blank rows=1 totals rows=1\n");
    }

    @Test
    void mergedHeaderCellsNameTheSeriesBelowThem() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Usage");
            header(s, "month", "web", "", "db", "");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            s.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            s.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
            Row sub = s.createRow(1);
            fill(sub, 1, "cpu", "memory (GiB)", "cpu", "memory (GiB)");
            Row data = s.createRow(2);
            fill(data, 0, "2024-01", 1, 8, 2, 16);
            wb.write(out);
        }

        UsageImport result = read(file, ImportMapping.automatic(), Frequency.MONTH);

        assertThat(GoldenFiles.render(result)).isEqualTo("frequency month\nunits memory=GiB\nweb cpu 2024-01: 1\n"
                + "web memory 2024-01: 8\ndb cpu 2024-01: 2\ndb memory 2024-01: 16\n");
        assertThat(result.summary().layout()).isEqualTo(ImportMapping.Layout.WIDE);
    }

    @Test
    void hiddenSheetsArePassedOverAndNamed() throws IOException {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet scratch = wb.createSheet("Scratch");
            header(scratch, "period", "old cpu");
            fill(scratch.createRow(1), 0, "2023-01", 99);
            wb.setSheetHidden(0, true);
            Sheet usage = wb.createSheet("Export");
            header(usage, "period", "web cpu");
            fill(usage.createRow(1), 0, "2024-01", 3);
            wb.setActiveSheet(1);
            wb.write(out);
        }

        UsageImport result = read(file, ImportMapping.automatic(), Frequency.MONTH);

        assertThat(GoldenFiles.render(result)).isEqualTo("frequency month\nunits\nweb cpu 2024-01: 3\n");
        assertThat(result.summary().hiddenSheets()).containsExactly("Scratch");
        assertThat(result.mapping().sheet()).contains("Export");
        assertThat(GoldenFiles.render(read(file, ImportMapping.automatic().withSheet("scratch"), Frequency.MONTH)))
                .isEqualTo("frequency month\nunits\nold cpu 2023-01: 99\n");
    }

    @Test
    void anOdsSpreadsheetIsReadWithRepeatsAndTypes() throws IOException {
        Path file = dir.resolve("usage.ods");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Usage\">"
                + row(cell("string", "period"), cell("string", "web cpu"), cell("string", "web memory (GiB)"))
                + row(date("2024-01-01"), "<table:table-cell office:value-type=\"float\" office:value=\"1.5\""
                        + " table:formula=\"of:=3/2\"><text:p>1.5</text:p></table:table-cell>", cell("string", "8"))
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell"
                + " table:number-columns-repeated=\"1024\"/></table:table-row>"
                + row(date("2024-02-01"), "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"float\""
                        + " office:value=\"2\"><text:p>2</text:p></table:table-cell>")
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
                + " table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }

        UsageImport result = read(file, ImportMapping.automatic(), Frequency.MONTH);

        assertThat(GoldenFiles.render(result)).isEqualTo("frequency month\nunits memory=GiB\nweb cpu 2024-01: 1.5 2\n"
                + "web memory 2024-01: 8 2\nskipped blank rows=3\n");
    }

    private static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    private static String cell(String type, String text) {
        return "<table:table-cell office:value-type=\"" + type + "\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    private static String date(String iso) {
        return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + iso + "\"><text:p>" + iso
                + "</text:p></table:table-cell>";
    }

    private static void header(Sheet s, String... names) {
        fill(s.createRow(0), 0, (Object[]) names);
    }

    private static void fill(Row row, int from, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof String t) {
                if (!t.isEmpty()) {
                    row.createCell(from + i).setCellValue(t);
                }
            } else if (v instanceof Number n) {
                row.createCell(from + i).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDateTime d) {
                row.createCell(from + i).setCellValue(d);
            }
        }
    }
}
