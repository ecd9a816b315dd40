package dev.headroom.io.workbook;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.testing.SamplePlanning;
import dev.headroom.io.testing.Shown;
import dev.headroom.io.testing.TestWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlanningWorkbookReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEverySheetOfAValidWorkbook() {
        PlanningInput input = PlanningWorkbookReader.read(SamplePlanning.workbook().saveXlsx(dir.resolve("s.xlsx")));

        assertThat(input.name()).isEqualTo("s.xlsx");
        assertThat(input.settings().frequency()).isEqualTo(Frequency.MONTH);
        assertThat(input.settings().horizon()).isEqualTo(6);
        assertThat(input.resources()).extracting(r -> r.name() + " " + r.unit() + " " + r.targetUtilization() + " " + r.aggregation())
                .containsExactly("cpu cores 0.8 p95", "memory GiB 0.9 max");
        assertThat(input.usage()).containsExactly(
                new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-10"), new double[] {10, 11, 12}),
                new TimeSeries(new SeriesKey("web", "memory"), Period.parse("2024-10"), new double[] {40, 41, 42}),
                new TimeSeries(new SeriesKey("db", "cpu"), Period.parse("2024-10"), new double[] {5, 5, 6}));
        assertThat(input.knownDemand()).containsExactly(
                new KnownDemand(Period.parse("2025-02"), "search", "cpu", 8),
                new KnownDemand(Period.parse("2025-02"), "search", "memory", 32));
        assertThat(input.workloads()).containsExactly(
                new Workload("web", PlacementMode.POOL, Optional.empty(), Set.of("east", "west"), Optional.empty()),
                new Workload("db", PlacementMode.NODE, Optional.of("east"), Set.of(), Optional.of("storage")),
                Workload.anywhere("search"));
        assertThat(input.pools()).extracting(p -> p.name() + " " + p.haNodes() + " " + p.maxNodes())
                .containsExactly("east 1 OptionalInt[20]", "west 0 OptionalInt.empty");
        assertThat(input.nodeTypes()).extracting(t -> t.name() + " " + t.cost() + " " + t.leadTime() + " " + new TreeMap<>(t.capacity()))
                .containsExactly("small 100.0 1 {cpu=16.0, memory=64.0}", "big 300.0 2 {cpu=64.0, memory=256.0}");
        assertThat(input.inventory()).extracting(n -> n.pool() + " " + n.nodeType() + " " + n.count() + " " + n.retirePeriod())
                .containsExactly("east small 4 Optional[2025-06]", "west big 1 Optional.empty");
    }

    @Test
    void aWordWhereACostBelongsIsOneLineNamingFileSheetRowColumnAndValue() {
        Path file = SamplePlanning.workbook().set("NodeTypes", 3, 'B', "twelve").saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString)
                .containsExactly("s.xlsx: sheet 'NodeTypes' row 3 column B (cost): \"twelve\" is not a number");
        assertThat(e.getMessage()).isEqualTo("s.xlsx: sheet 'NodeTypes' row 3 column B (cost): \"twelve\" is not a number");
    }

    @Test
    void everyBadCellIsListedNotOnlyTheFirst() {
        Path file = SamplePlanning.workbook()
                .set("Usage", 3, 'D', "12,5 GB")
                .set("Pools", 2, 'B', 1.5)
                .set("NodeTypes", 2, 'E', -64)
                .saveXlsx(dir.resolve("bad.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems()).extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column() + "|" + p.header() + "|" + p.value().orElse(""))
                .containsExactly("Usage|3|D|usage|12,5 GB", "Pools|2|B|ha_nodes|1.5", "NodeTypes|2|E|memory|-64");
        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "bad.xlsx: sheet 'Usage' row 3 column D (usage): \"12,5 GB\" is in GB, which cannot be converted to cores,"
                        + " the unit of cpu",
                "bad.xlsx: sheet 'Pools' row 2 column B (ha_nodes): \"1.5\" is not a whole number",
                "bad.xlsx: sheet 'NodeTypes' row 2 column E (memory): \"-64\" must be at least 0");
    }

    @Test
    void cellProblemsAndCrossReferencesAreReportedTogether() {
        Path file = SamplePlanning.workbook()
                .set("NodeTypes", 3, 'B', "twelve")
                .set("Nodes", 3, 'A', "north")
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        // The node type with the bad cost still exists for cross-references: no spurious "big is not defined".
        assertThat(e.problems()).extracting(Shown::line).containsExactly(
                "s.xlsx: sheet 'NodeTypes' row 3 column B (cost): \"twelve\" is not a number",
                "s.xlsx: existing nodes name pool north, which is not defined");
    }

    @Test
    void namesHeadersAndSheetsAreMatchedIgnoringCaseAndSpaces() {
        PlanningInput expected = PlanningWorkbookReader.read(SamplePlanning.workbook().saveXlsx(dir.resolve("case.xlsx")));
        Path file = SamplePlanning.workbook()
                .set("NodeTypes", 1, 'A', "  Node_Type ")
                .set("NodeTypes", 1, 'B', "COST")
                .set("Usage", 1, 'D', "Usage ")
                .saveXlsx(dir.resolve("case.xlsx"));

        assertThat(PlanningWorkbookReader.read(file)).isEqualTo(expected);
    }

    @Test
    void sheetNamesAreCaseInsensitiveAndUnknownSheetsIgnored() {
        TestWorkbook wb = new TestWorkbook().sheet("Notes", TestWorkbook.row("anything", "here"));
        TestWorkbook sample = SamplePlanning.workbook();
        PlanningInput expected = PlanningWorkbookReader.read(sample.saveXlsx(dir.resolve("a.xlsx")));
        // Rebuild the sample with lower-case sheet names after an unknown sheet.
        for (String name : List.of("Settings", "Resources", "Usage", "Demand", "Workloads", "Pools", "NodeTypes", "Nodes")) {
            wb.sheet(name.toLowerCase(java.util.Locale.ROOT), rows(sample, name));
        }

        assertThat(PlanningWorkbookReader.read(wb.saveXlsx(dir.resolve("a.xlsx")))).isEqualTo(expected);
    }

    private static Object[][] rows(TestWorkbook sample, String sheet) {
        return sample.rows(sheet).toArray(Object[][]::new);
    }

    @Test
    void numbersMayBeFormulasOrTextAndPeriodsDateCells() {
        Path file = SamplePlanning.workbook()
                .set("NodeTypes", 2, 'B', new TestWorkbook.Formula("40*2.5"))
                .set("NodeTypes", 3, 'B', " 300 ")
                .set("Demand", 2, 'A', java.time.LocalDate.of(2025, 2, 1))
                .set("Nodes", 2, 'D', java.time.LocalDate.of(2025, 6, 15))
                .saveXlsx(dir.resolve("s.xlsx"));

        PlanningInput input = PlanningWorkbookReader.read(file);

        assertThat(input.nodeTypes()).extracting(t -> t.cost()).containsExactly(100.0, 300.0);
        assertThat(input.knownDemand().getFirst().period()).isEqualTo(Period.parse("2025-02"));
        assertThat(input.inventory().getFirst().retirePeriod()).contains(Period.parse("2025-06"));
    }

    @Test
    void readsOldExcelFiles() {
        Path file = SamplePlanning.workbook().saveXls(dir.resolve("s.xls"));
        PlanningInput expected = PlanningWorkbookReader.read(SamplePlanning.workbook().saveXlsx(dir.resolve("s.xlsx")));

        PlanningInput input = PlanningWorkbookReader.read(file);

        assertThat(input.name()).isEqualTo("s.xls");
        assertThat(input.usage()).isEqualTo(expected.usage());
        assertThat(input.nodeTypes()).isEqualTo(expected.nodeTypes());
        assertThat(input.workloads()).isEqualTo(expected.workloads());
    }

    @Test
    void missingSheetsAndColumnsAreProblems() {
        Path file = SamplePlanning.workbook()
                .without("Pools")
                .set("NodeTypes", 1, 'B', "price")
                .set("NodeTypes", 1, 'E', "ram")
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(Shown::line).containsExactly(
                "s.xlsx: the sheet 'Pools' is missing; a planning workbook needs it",
                "s.xlsx: sheet 'NodeTypes': the required column 'cost' is missing",
                "s.xlsx: sheet 'NodeTypes': the capacity column 'memory' is missing (one column per resource of the Resources sheet)");
    }

    @Test
    void aWorkbookWithDemandAndNoUsageNeedsNoForecast() {
        PlanningInput input = PlanningWorkbookReader.read(SamplePlanning.workbook().without("Usage")
                .saveXlsx(dir.resolve("s.xlsx")));

        assertThat(input.usage()).isEmpty();
        assertThat(input.knownDemand()).hasSize(2);
        assertThat(input.workloads()).extracting(Workload::name).containsExactly("web", "db", "search");
    }

    @Test
    void workloadsProblemsNameTheirRow() {
        Path file = SamplePlanning.workbook()
                .set("Workloads", 3, 'B', "rack")
                .set("Workloads", 2, 'C', "north")
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Workloads' row 2: workload web is pinned to pool north, which is not among its allowed pools [east, west]",
                "s.xlsx: sheet 'Workloads' row 3 column B (placement): \"rack\" is not a placement (pool or node)");
    }

    @Test
    void settingsAreCheckedKeyByKey() {
        Path file = SamplePlanning.workbook()
                .set("Settings", 2, 'B', "fortnight")
                .set("Settings", 3, 'B', 0)
                .addRow("Settings", "colour", "blue")
                .addRow("Settings", "HORIZON", 3)
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Settings' row 5 column A (key): \"colour\" is not a setting (frequency, horizon,"
                        + " plan_start, sizing_quantile, time_limit_seconds, seed, threads, allow_moves, move_cost)",
                "s.xlsx: sheet 'Settings' row 6 column A (key): \"HORIZON\" is given twice (also in row 3)",
                "s.xlsx: sheet 'Settings' row 2 column B (value): \"fortnight\" is not a frequency (day, week, month or quarter)",
                "s.xlsx: sheet 'Settings' row 3 column B (value): \"0\" must be from 1 to 600");
    }

    @Test
    void movesBetweenPoolsAreReadFromTheSettings() {
        Path file = SamplePlanning.workbook()
                .addRow("Settings", "allow_moves", "TRUE")
                .addRow("Settings", "move_cost", 250)
                .saveXlsx(dir.resolve("s.xlsx"));

        Settings settings = PlanningWorkbookReader.read(file).settings();

        assertThat(settings.allowMoves()).isTrue();
        assertThat(settings.moveCost()).isEqualTo(250.0);
        assertThat(PlanningWorkbookReader.read(SamplePlanning.workbook().saveXlsx(dir.resolve("t.xlsx"))).settings())
                .extracting(Settings::allowMoves, Settings::moveCost).containsExactly(false, 0.0);
    }

    @Test
    void badMoveSettingsNameTheirCell() {
        Path file = SamplePlanning.workbook()
                .addRow("Settings", "allow_moves", "sometimes")
                .addRow("Settings", "move_cost", -5)
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Settings' row 5 column B (value): \"sometimes\" must be true or false",
                "s.xlsx: sheet 'Settings' row 6 column B (value): \"-5\" must be at least 0");
    }

    @Test
    void demandInAnotherNotationOrGivenTwiceIsAProblem() {
        Path file = SamplePlanning.workbook()
                .set("Demand", 2, 'A', "2025-02-10")
                .addRow("Demand", "2025-02", "search", "memory", 16)
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Demand' row 2 column A (period): \"2025-02-10\" is a day; the plan is by month (write it as 2025-02)",
                "s.xlsx: sheet 'Demand' row 4 column A (period): \"2025-02\" demand of search memory in 2025-02 is given twice (also in row 3)");
    }

    @Test
    void usageOfAPeriodGivenTwiceIsAProblem() {
        Path file = SamplePlanning.workbook().addRow("Usage", "2024-11", "db", "cpu", 7).saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                "s.xlsx: sheet 'Usage' row 11 column A (period): \"2024-11\" usage of db cpu in 2024-11 is given twice (also in row 9)");
    }

    @Test
    void budgetsAreReadPerOrderingPeriod() {
        Path file = SamplePlanning.workbook()
                .sheet("Budgets", TestWorkbook.row("Period", "AMOUNT"), TestWorkbook.row("2025-02", 50_000),
                        TestWorkbook.row("2025-03", "0"))
                .saveXlsx(dir.resolve("s.xlsx"));

        assertThat(PlanningWorkbookReader.read(file).budgets()).containsExactly(
                new PurchaseBudget(Period.parse("2025-02"), 50_000), new PurchaseBudget(Period.parse("2025-03"), 0));
    }

    @Test
    void everyBadBudgetRowIsAProblemWithItsPlace() {
        Path file = SamplePlanning.workbook()
                .sheet("Budgets", TestWorkbook.row("period", "amount"), TestWorkbook.row("2025-02", 50_000),
                        TestWorkbook.row("2025-Q2", 10), TestWorkbook.row("2025-04", -1),
                        TestWorkbook.row("2025-02", 7), TestWorkbook.row("2025-05", null))
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(Shown::line).containsExactly(
                "s.xlsx: sheet 'Budgets' row 3 column A (period): \"2025-Q2\" is a quarter; the plan is by month (write it as 2025-04)",
                "s.xlsx: sheet 'Budgets' row 4 column B (amount): \"-1\" must be at least 0",
                "s.xlsx: sheet 'Budgets' row 5 column A (period): \"2025-02\" the budget for 2025-02 is given twice (also in row 2)",
                "s.xlsx: sheet 'Budgets' row 6 column B (amount): is empty; the budget is needed");
    }

    @Test
    void aBudgetsSheetWithoutItsAmountColumnIsAProblem() {
        Path file = SamplePlanning.workbook()
                .sheet("Budgets", TestWorkbook.row("period"), TestWorkbook.row("2025-02"))
                .saveXlsx(dir.resolve("s.xlsx"));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> PlanningWorkbookReader.read(file));

        assertThat(e.problems()).extracting(Shown::line)
                .containsExactly("s.xlsx: sheet 'Budgets': the required column 'amount' is missing");
    }
}
