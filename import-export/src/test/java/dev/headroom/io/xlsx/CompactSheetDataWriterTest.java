package dev.headroom.io.xlsx;

import dev.headroom.io.table.Problems;
import dev.headroom.io.table.SheetSource;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;
import dev.headroom.io.table.Workbooks;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact sheet XML: text in the shared strings table, references left out where a cell follows the
 * previous one. Read back by POI (as Excel and LibreOffice read it) and by Headroom's own streaming reader.
 */
class CompactSheetDataWriterTest {
    private static final int ROWS = 1000;

    @TempDir
    Path dir;

    private Path writeRowsWithGaps() {
        Path file = dir.resolve("gaps.xlsx");
        StreamingWorkbooks.write(file, workbook -> {
            Styles styles = new Styles(workbook);
            SheetWriter sheet = SheetWriter.create(workbook, styles, "T", List.of("a", "b", "c", "d", "e"));
            for (int i = 0; i < ROWS; i++) {
                // A blank first cell, a gap in the middle, text with spaces around it, repeated text.
                sheet.newRow();
                if (i % 3 == 0) {
                    sheet.blank();
                } else {
                    sheet.text("w" + i % 7);
                }
                sheet.number(i).blank().text(i % 2 == 0 ? "  spaced " : "cpu").number(-(i + 1) / 4.0);
            }
            sheet.finish(true);
        });
        return file;
    }

    @Test
    void cellsAfterAGapKeepTheirColumnInPoi() throws IOException {
        Path file = writeRowsWithGaps();

        try (Workbook read = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = read.getSheet("T");
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.getRow(i + 1);
                if (i % 3 == 0) {
                    assertThat(row.getCell(0)).isNull();
                } else {
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("w" + i % 7);
                }
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(i);
                assertThat(row.getCell(2)).isNull();
                assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(i % 2 == 0 ? "  spaced " : "cpu");
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(-(i + 1) / 4.0);
            }
        }
    }

    @Test
    void cellsAfterAGapKeepTheirColumnInHeadroomsReader() {
        Path file = writeRowsWithGaps();
        Problems problems = new Problems("gaps.xlsx");

        List<String> seen = new ArrayList<>();
        try (SheetSource source = Workbooks.open(file, problems).orElseThrow(); Table t = source.sheet("T").orElseThrow()) {
            for (TableRow r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    TableCell cell = r.cell(c);
                    cells.add(cell.place().column() + ":" + cell.kind() + ":" + cell.text());
                }
                seen.add(String.join(" ", cells));
            }
        }

        assertThat(seen).hasSize(ROWS);
        assertThat(seen.get(0)).isEqualTo("A:BLANK: B:NUMBER:0 C:BLANK: D:TEXT:  spaced  E:NUMBER:-0.25");
        assertThat(seen.get(1)).isEqualTo("A:TEXT:w1 B:NUMBER:1 C:BLANK: D:TEXT:cpu E:NUMBER:-0.5");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void textIsSharedAndReferencesAreWrittenOnlyAfterAGap() throws IOException {
        Path file = writeRowsWithGaps();

        String sheet;
        String strings;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }

        assertThat(sheet).doesNotContain("inlineStr");
        // Row 2 (i = 0): the first cell is blank, so B2 names itself; D2 follows a gap; E2 follows D2.
        assertThat(sheet).contains("<c r=\"B2\"", "<c r=\"D2\"").doesNotContain("r=\"E2\"", "r=\"A3\"");
        // Each text once in the table, however often it is used; spaces kept.
        assertThat(strings.split("<si>", -1)).hasSize(1 + 5 + 7 + 2);
        assertThat(strings).contains("<t xml:space=\"preserve\">  spaced </t>");
        assertThat(Files.size(file)).isPositive();
    }
}
