package dev.headroom.app.gui.clipboard;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Excel's clipboard text read into cells and written back exactly as Excel writes it. */
class ExcelTextTest {

    /** Three rows as Excel 365 puts them on the clipboard: CRLF after each, a cell with a line break quoted. */
    private static final String FROM_EXCEL = "general-32\t14000\t2\r\n"
            + "\"memory\n48\"\t26000\t\r\n"
            + "\"say \"\"hi\"\"?\"\t\t3\r\n";

    @Test
    void readsExcelsRowsCellsAndQuotedCells() {
        assertThat(ExcelText.parse(FROM_EXCEL)).containsExactly(
                List.of("general-32", "14000", "2"),
                List.of("memory\n48", "26000", ""),
                List.of("say \"hi\"?", "", "3"));
    }

    @Test
    void excelsTextReadAndWrittenAgainIsTheSameText() {
        assertThat(ExcelText.format(ExcelText.parse(FROM_EXCEL))).isEqualTo(FROM_EXCEL);
    }

    @Test
    void aCellWithQuotesInsideIsQuotedWithTheQuotesDoubled() {
        String written = ExcelText.format(List.of(List.of("say \"hi\"", "a\tb", "plain", "")));
        assertThat(written).isEqualTo("\"say \"\"hi\"\"\"\t\"a\tb\"\tplain\t\r\n");
        assertThat(ExcelText.parse(written)).containsExactly(List.of("say \"hi\"", "a\tb", "plain", ""));
    }

    @Test
    void emptyCellsLeadingSpacesAndHashesAreNotQuoted() {
        // Commons CSV's own printer would quote these three; Excel does not, and neither may a copy.
        assertThat(ExcelText.format(List.of(List.of("", " x", "#1")))).isEqualTo("\t x\t#1\r\n");
    }

    @Test
    void oneCellWithoutALineEndAndALoneLineFeedAreReadToo() {
        assertThat(ExcelText.parse("15500")).containsExactly(List.of("15500"));
        assertThat(ExcelText.parse("a\tb\nc\td\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(ExcelText.parse("")).isEmpty();
    }

    @Test
    void aQuoteNeverClosedTakesTheRestIntoItsCellAsExcelDoes() {
        assertThat(ExcelText.parse("x\t\"open\tb\r\nc")).containsExactly(List.of("x", "open\tb\r\nc"));
    }

    @RepeatedTest(200)
    void anyBlockWrittenReadsBackAsTheSameCells(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        String alphabet = "ab 1.,#\"\t\n\r中-";
        List<List<String>> block = new ArrayList<>();
        int width = 1 + random.nextInt(4);
        for (int r = 0, rows = 1 + random.nextInt(4); r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                StringBuilder cell = new StringBuilder();
                for (int i = random.nextInt(5); i > 0; i--) {
                    cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(cell.toString());
            }
            block.add(row);
        }
        // A single empty cell is written as a bare line end, which reads as one empty cell too.
        assertThat(ExcelText.parse(ExcelText.format(block))).isEqualTo(block);
    }
}
