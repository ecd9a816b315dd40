package dev.headroom.io.table;

import dev.headroom.io.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.headroom.io.testing.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

/** The .xlsx (streamed) and .xls (object model) readers see the same cells. */
class WorkbookTablesTest {
    @TempDir
    Path dir;

    private static TestWorkbook workbook() {
        return new TestWorkbook()
                .sheet("Data",
                        row(),
                        row(null, " name ", "amount", "when", "flag", "ratio"),
                        row(null, "a", 12.5, LocalDate.of(2024, 2, 29), true, new TestWorkbook.Formula("1/0")),
                        row(),
                        row(null, "  ", null, null, null, null),
                        row(null, "b", "7", null, false, new TestWorkbook.Formula("C3*2")),
                        row(null, null, null, null, null, new TestWorkbook.Formula("\"x\"&\"y\"")));
    }

    private static List<String> read(SheetSource source) {
        List<String> seen = new ArrayList<>();
        try (source; Table t = source.sheet("DATA").orElseThrow()) {
            seen.add("headers " + t.headers());
            for (TableRow r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < t.headers().size(); c++) {
                    TableCell cell = r.cell(c);
                    cells.add(cell.place().column() + ":" + cell.kind() + ":" + cell.text());
                }
                seen.add(r.number() + " " + cells);
            }
        }
        return seen;
    }

    @Test
    void bothFormatsGiveTheSameCellsWithTheirPlaces() {
        Problems problems = new Problems("t");
        List<String> xlsx = read(Workbooks.open(workbook().saveXlsx(dir.resolve("t.xlsx")), problems).orElseThrow());
        List<String> xls = read(Workbooks.open(workbook().saveXls(dir.resolve("t.xls")), problems).orElseThrow());

        assertThat(xlsx).containsExactly(
                "headers [, name, amount, when, flag, ratio]",
                "3 [A:BLANK:, B:TEXT:a, C:NUMBER:12.5, D:DATE:2024-02-29, E:BOOLEAN:TRUE, F:ERROR:#DIV/0!]",
                "6 [A:BLANK:, B:TEXT:b, C:TEXT:7, D:BLANK:, E:BOOLEAN:FALSE, F:NUMBER:25]",
                "7 [A:BLANK:, B:BLANK:, C:BLANK:, D:BLANK:, E:BLANK:, F:TEXT:xy]");
        assertThat(xls).isEqualTo(xlsx);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void headersTwiceAreAProblem() {
        Problems problems = new Problems("twice.xlsx");
        Path file = new TestWorkbook().sheet("S", row("cost", "COST ")).saveXlsx(dir.resolve("twice.xlsx"));

        try (SheetSource source = Workbooks.open(file, problems).orElseThrow(); Table t = source.sheet("s").orElseThrow()) {
            assertThat(t.column("cost")).hasValue(0);
        }

        assertThat(problems.list()).extracting(Object::toString)
                .containsExactly("twice.xlsx: sheet 'S': the column 'COST' appears twice (columns A and B); only the first is read");
    }

    @Test
    void columnLettersBecomeIndexes() {
        assertThat(XlsxRows.columnOf("A1")).isZero();
        assertThat(XlsxRows.columnOf("Z9")).isEqualTo(25);
        assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
        assertThat(XlsxRows.columnOf("XFD1048576")).isEqualTo(16383);
    }
}
