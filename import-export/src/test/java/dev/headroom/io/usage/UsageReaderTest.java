package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.testing.Shown;
import dev.headroom.io.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.headroom.io.testing.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsageReaderTest {
    @TempDir
    Path dir;

    private static TimeSeries series(String workload, String resource, String start, double... values) {
        return new TimeSeries(new SeriesKey(workload, resource), Period.parse(start), values);
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<TimeSeries> read(Path file) {
        return UsageReader.read(file, Optional.empty(), Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void readsCsvWithAnyCommonDelimiter(String d) throws IOException {
        Path file = csv("usage.csv", String.join(d, "period", "workload", "resource", "usage", "unit") + "\n"
                + String.join(d, "2024-01", "web", "cpu", "3.5", "cores") + "\n"
                + String.join(d, "2024-02", "web", "cpu", "4", "cores") + "\n"
                + "\n"
                + String.join(d, "2024-01", "\"db, primary\"", "cpu", "1", "cores") + "\n");

        assertThat(read(file)).containsExactly(series("web", "cpu", "2024-01", 3.5, 4), series("db, primary", "cpu", "2024-01", 1));
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        Path file = csv("bom.csv", "\uFEFFPeriod;Workload;Resource;Usage\r\n2024-W01;café;cpu;2\r\n");

        assertThat(read(file)).containsExactly(series("café", "cpu", "2024-W01", 2));
    }

    @Test
    void readsTheWideLayoutFromCsv() throws IOException {
        Path file = csv("wide.csv", "period,web cpu,web/memory\n2024-Q1,1,10\n2024-Q2,,11\n2024-Q3,3,12\n");

        assertThat(read(file)).containsExactly(series("web", "cpu", "2024-Q1", 1, Double.NaN, 3),
                series("web", "memory", "2024-Q1", 10, 11, 12));
    }

    @Test
    void withoutAFrequencyTheCoarsestNotationWinsAndFinerSamplesRollUp() throws IOException {
        Path file = csv("mixed.csv", "period,workload,resource,usage\n"
                + "2024-01-05,web,cpu,1\n2024-01-20,web,cpu,5\n2024-02,web,cpu,7\n");

        assertThat(UsageReader.read(file, Optional.empty(), Map.of("cpu", Aggregation.MAX)))
                .containsExactly(series("web", "cpu", "2024-01", 5, 7));
    }

    @Test
    void aGivenFrequencyRollsUpDaysToWeeks() throws IOException {
        Path file = csv("daily.csv", "period,workload,resource,usage\n"
                + "2024-01-01,web,cpu,1\n2024-01-02,web,cpu,3\n2024-01-08,web,cpu,10\n");

        assertThat(UsageReader.read(file, Optional.of(Frequency.WEEK), Map.of("cpu", Aggregation.MEAN)))
                .containsExactly(series("web", "cpu", "2024-W01", 2, 10));
    }

    @Test
    void csvProblemsNameRowColumnAndValue() throws IOException {
        Path file = csv("bad.csv", "period,workload,resource,usage\n2024-01,web,cpu,twelve\n2024-02,,cpu,1\nlater,web,cpu,2\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file));

        assertThat(e.problems()).extracting(InputProblem::file).containsOnly("bad.csv");
        assertThat(e.problems()).extracting(Shown::withoutFile).containsExactly(
                "row 2 column 4 (usage): \"twelve\" is not a number",
                "row 3 column 2 (workload): is empty; a workload is needed",
                "row 4 column 1 (period): \"later\" is not a period (expected YYYY-MM-DD, YYYY-Www, YYYY-MM,"
                        + " YYYY-Qn, Mar 2024, an ISO timestamp, epoch seconds or milliseconds, or a date cell)");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252() throws IOException {
        // Issue #3: Excel's "CSV" on Windows saves windows-1252; it is detected rather than refused.
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "period,workload,resource,usage\n2024-01,caf\u00e9,cpu,1\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(read(file)).containsExactly(series("caf\u00e9", "cpu", "2024-01", 1));
    }

    @Test
    void anEmptyFileHoldsNoUsage() throws IOException {
        Path file = csv("empty.csv", "");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file));

        assertThat(e.problems()).extracting(Shown::line).containsExactly("empty.csv: holds no usage history (expected"
                + " the columns period, workload, resource, usage, or a period column and one column per series)");
    }

    @Test
    void readsTheUsageSheetOfAWorkbookElseTheFirstSheet() {
        TestWorkbook withUsage = new TestWorkbook()
                .sheet("Notes", row("nothing"))
                .sheet("usage", row("period", "workload", "resource", "usage"), row(LocalDate.of(2024, 5, 1), "web", "cpu", 2));
        TestWorkbook firstSheet = new TestWorkbook()
                .sheet("Export", row("Period", "web cpu"), row("2024-05", 2), row("2024-06", 3));

        assertThat(read(withUsage.saveXlsx(dir.resolve("a.xlsx")))).containsExactly(series("web", "cpu", "2024-05", 2));
        assertThat(read(firstSheet.saveXlsx(dir.resolve("b.xlsx")))).containsExactly(series("web", "cpu", "2024-05", 2, 3));
    }

    @Test
    void dateCellsOnTheFirstOfEachMonthAreMonthsWhenNoFrequencyIsGiven() {
        Path file = new TestWorkbook().sheet("Usage", row("period", "web cpu"),
                row(LocalDate.of(2024, 1, 1), 2), row(LocalDate.of(2024, 2, 1), 3), row(LocalDate.of(2024, 4, 1), 5))
                .saveXlsx(dir.resolve("monthly.xlsx"));

        assertThat(read(file)).containsExactly(series("web", "cpu", "2024-01", 2, 3, Double.NaN, 5));
    }

    @Test
    void dateCellsOnOneWeekdayAreWeeksAndOnQuarterStartsQuarters() {
        Path weekly = new TestWorkbook().sheet("Usage", row("period", "web cpu"),
                row(LocalDate.of(2024, 1, 7), 2), row(LocalDate.of(2024, 1, 14), 3))
                .saveXlsx(dir.resolve("weekly.xlsx"));
        Path quarterly = new TestWorkbook().sheet("Usage", row("period", "web cpu"),
                row(LocalDate.of(2024, 1, 1), 2), row(LocalDate.of(2024, 7, 1), 3))
                .saveXlsx(dir.resolve("quarterly.xlsx"));
        Path daily = new TestWorkbook().sheet("Usage", row("period", "web cpu"),
                row(LocalDate.of(2024, 1, 7), 2), row(LocalDate.of(2024, 1, 8), 3))
                .saveXlsx(dir.resolve("daily.xlsx"));

        // 2024-01-07 is a Sunday, the last day of ISO week 1.
        assertThat(read(weekly)).containsExactly(series("web", "cpu", "2024-W01", 2, 3));
        assertThat(read(quarterly)).containsExactly(series("web", "cpu", "2024-Q1", 2, Double.NaN, 3));
        assertThat(read(daily)).containsExactly(series("web", "cpu", "2024-01-07", 2, 3));
    }

    @Test
    void aWorkbookNamedCsvIsOneClearProblem() {
        // Issue #3 lists "an .xlsx that is really CSV and the other way round" among hostile files.
        Path file = new TestWorkbook().sheet("Usage", row("period", "web cpu"), row("2024-05", 2))
                .saveXlsx(dir.resolve("export.csv"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file));

        assertThat(e.problems()).extracting(Shown::line).containsExactly("export.csv: is named as a text file but holds"
                + " an Excel workbook; rename it to .xlsx, or export it as CSV again");
    }

    @Test
    void aDamagedWorkbookIsOneProblem() throws IOException {
        Path file = csv("usage.xlsx", "period,workload\n");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().getFirst().file()).isEqualTo("usage.xlsx");
    }

    @Test
    void aMissingFileIsOneProblem() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(dir.resolve("nowhere.csv")));

        assertThat(e.problems()).extracting(Shown::line).containsExactly("nowhere.csv: the file does not exist");
    }
}
