package dev.headroom.io.workbook;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.testing.SamplePlanning;
import dev.headroom.io.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static dev.headroom.io.testing.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The Usage sheet of a planning workbook: layouts, period cells and the roll-up to the plan's frequency. */
class WorkbookUsageTest {
    @TempDir
    Path dir;

    private PlanningInput read(TestWorkbook wb) {
        return PlanningWorkbookReader.read(wb.saveXlsx(dir.resolve("u.xlsx")));
    }

    private static TimeSeries series(String workload, String resource, String start, double... values) {
        return new TimeSeries(new SeriesKey(workload, resource), Period.parse(start), values);
    }

    @Test
    void excelDateCellsAreThePeriodsContainingThem() {
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage",
                row("period", "workload", "resource", "usage"),
                row(LocalDate.of(2024, 10, 1), "web", "cpu", 10),
                row(LocalDate.of(2024, 11, 1), "web", "cpu", 11),
                row(LocalDate.of(2024, 12, 1), "web", "cpu", 12));

        assertThat(read(wb).usage()).containsExactly(series("web", "cpu", "2024-10", 10, 11, 12));
    }

    @Test
    void missingPeriodsInsideASeriesAreNaN() {
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage",
                row("period", "workload", "resource", "usage", "unit"),
                row("2024-12", "web", "cpu", 12, "cores"),
                row("2024-09", "web", "cpu", 9, "cores"),
                row("2024-11", "web", "cpu", null, "cores"));

        assertThat(read(wb).usage()).containsExactly(series("web", "cpu", "2024-09", 9, Double.NaN, Double.NaN, 12));
    }

    @Test
    void readsTheWideLayout() {
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage",
                row("month", "web cpu", "web/memory", " db  cpu "),
                row("2024-10", 10, 40, null),
                row("2024-11", 11, null, 5),
                row("2024-12", 12, 42, 6));

        assertThat(read(wb).usage()).containsExactly(
                series("web", "cpu", "2024-10", 10, 11, 12),
                series("web", "memory", "2024-10", 40, Double.NaN, 42),
                series("db", "cpu", "2024-11", 5, 6));
    }

    @Test
    void wideLayoutHeadersThatNameNoSeriesAreProblems() {
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage",
                row("period", "webcpu", "web cpu", "web/cpu"),
                row("2024-10", 1, 2, 3));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(wb));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "u.xlsx: sheet 'Usage' row 1 column B: \"webcpu\" is not a series name (WORKLOAD RESOURCE or WORKLOAD/RESOURCE)",
                "u.xlsx: sheet 'Usage' row 1 column D: \"web/cpu\" names the series web cpu a second time");
    }

    @Test
    void daysRollUpToMonthsWithEachResourcesAggregation() {
        List<Object[]> rows = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            rows.add(row(String.format("2024-01-%02d", day), "web", "cpu", day));
            rows.add(row(LocalDate.of(2024, 1, day), "web", "memory", 100 + day));
        }
        for (int day = 1; day <= 29; day++) {
            rows.add(row(String.format("2024-02-%02d", day), "web", "cpu", 2 * day));
            rows.add(row(LocalDate.of(2024, 2, day), "web", "memory", 200 - day));
        }
        Collections.shuffle(rows, new Random(3));
        rows.addFirst(row("period", "workload", "resource", "usage"));
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage", rows.toArray(Object[][]::new));

        List<TimeSeries> usage = read(wb).usage();

        // cpu is p95: type-7 quantile of 1..31 is 29.5; of 2,4..58 it is 2 * (1 + 0.95 * 28) = 55.2.
        // memory is max: 131 in January, 199 in February.
        assertThat(usage).hasSize(2);
        TimeSeries cpu = usage.stream().filter(s -> s.key().resource().equals("cpu")).findFirst().orElseThrow();
        TimeSeries memory = usage.stream().filter(s -> s.key().resource().equals("memory")).findFirst().orElseThrow();
        assertThat(cpu.start()).isEqualTo(Period.parse("2024-01"));
        assertThat(cpu.values()).containsExactly(new double[] {29.5, 55.2}, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(memory.values()).containsExactly(131, 199);
    }

    @Test
    void lastMeansTheLatestObservationWhateverTheRowOrder() {
        TestWorkbook wb = SamplePlanning.workbook()
                .set("Resources", 2, 'D', "last")
                .sheet("Usage",
                        row("period", "workload", "resource", "usage"),
                        row(LocalDateTime.of(2024, 3, 31, 18, 0), "web", "cpu", 7),
                        row(LocalDateTime.of(2024, 3, 31, 6, 0), "web", "cpu", 5),
                        row("2024-03-02", "web", "cpu", 9),
                        row("2024-W05", "web", "cpu", 4));

        assertThat(read(wb).usage()).containsExactly(series("web", "cpu", "2024-01", 4, Double.NaN, 7));
    }

    @Test
    void coarserPeriodsThanThePlanAreProblems() {
        TestWorkbook wb = SamplePlanning.workbook().sheet("Usage",
                row("period", "workload", "resource", "usage"),
                row("2024-Q4", "web", "cpu", 10),
                row("2024-13", "web", "cpu", 10),
                row(12, "web", "cpu", 10));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(wb));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "u.xlsx: sheet 'Usage' row 2 column A (period): \"2024-Q4\" is a quarter; usage must be by month or finer",
                "u.xlsx: sheet 'Usage' row 3 column A (period): \"2024-13\" is not a valid date: Invalid value for"
                        + " MonthOfYear (valid values 1 - 12): 13",
                "u.xlsx: sheet 'Usage' row 4 column A (period): \"12\" is not a period (expected YYYY-MM-DD, YYYY-Www,"
                        + " YYYY-MM, YYYY-Qn, Mar 2024, an ISO timestamp, epoch seconds or milliseconds, or a date cell)");
    }
}
