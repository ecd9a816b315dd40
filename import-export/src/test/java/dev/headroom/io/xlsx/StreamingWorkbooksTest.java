package dev.headroom.io.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamingWorkbooksTest {
    @TempDir
    Path dir;

    /** Text beyond ASCII goes through Headroom's own UTF-8 writer: two-, three- and four-byte characters. */
    private static final List<String> TEXTS = List.of("naïve café", "数据库 集群", "rack 😀 row", "a & b < c > d \"e\"",
            "-12", "=SUM(A1)", "plain");

    @Test
    void textOfEveryKindReadsBackAsWritten() throws IOException {
        Path file = dir.resolve("t.xlsx");
        StreamingWorkbooks.write(file, workbook -> {
            Styles styles = new Styles(workbook);
            SheetWriter sheet = SheetWriter.create(workbook, styles, "T", List.of("text", "number"));
            // More rows than the streaming window, so most are spilled to disk and read back from there.
            for (int i = 0; i < 1000; i++) {
                sheet.newRow().text(TEXTS.get(i % TEXTS.size())).number(-i - 0.5);
            }
            sheet.finish(true);
        });

        try (Workbook read = WorkbookFactory.create(file.toFile())) {
            var sheet = read.getSheet("T");
            for (int i = 0; i < 1000; i++) {
                Row row = sheet.getRow(i + 1);
                String text = TEXTS.get(i % TEXTS.size());
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(text);
                assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isEqualTo(FormulaGuard.isRisky(text));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-i - 0.5);
            }
        }
    }

    @Test
    void riskyTextIsTextStartingWithAFormulaCharacter() {
        assertThat(List.of("=1", "+1", "-1", "@x", "\tx", "\rx")).allMatch(FormulaGuard::isRisky);
        assertThat(List.of("", "1", "a=b", " =1", "'=1")).noneMatch(FormulaGuard::isRisky);
        assertThat(FormulaGuard.neutralise("=1+2")).isEqualTo("'=1+2");
        assertThat(FormulaGuard.neutralise("web")).isEqualTo("web");
    }
}
