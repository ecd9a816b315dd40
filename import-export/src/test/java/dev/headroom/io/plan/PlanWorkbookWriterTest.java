package dev.headroom.io.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.io.testing.SamplePlan;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PlanWorkbookWriterTest {
    @TempDir
    static Path dir;

    /** Written once: the tests only read it. */
    private static Path file;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void write() throws IOException {
        file = dir.resolve("PLAN.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), file);
        workbook = (XSSFWorkbook) WorkbookFactory.create(file.toFile());
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    static List<String> shown(Row row) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return cells;
    }

    private static List<List<String>> table(String name) {
        List<List<String>> rows = new ArrayList<>();
        workbook.getSheet(name).forEach(r -> rows.add(shown(r)));
        return rows;
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch() == null ? List.of() : sheet.getDrawingPatriarch().getCharts();
    }

    @Test
    void hasThePlanSheetsOfTheContractThenChartsThenThePlanningSheets() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));

        assertThat(names).containsExactly("Summary", "Purchases", "Utilization", "Placement", "Moves", "Forecast", "Unmet",
                "Charts", "ChartData", "Settings", "Resources", "Usage", "Demand", "Workloads", "Pools", "NodeTypes", "Nodes");
    }

    @Test
    void theMovesSheetSaysMovesAreNotAllowedWhenTheSettingsSaySo() {
        assertThat(table("Moves")).containsExactly(List.of("workload", "period", "from", "to", "cost"),
                List.of("moves between pools are not allowed (Settings: allow_moves is false)"));
    }

    @Test
    void theMovesSheetListsEachMoveAndTheSummaryTheirCost() throws IOException {
        Path moved = dir.resolve("MOVED.xlsx");
        PlanWorkbookWriter.write(SamplePlan.withMoves(), PlanInputs.withMoves(), moved);

        try (XSSFWorkbook book = (XSSFWorkbook) WorkbookFactory.create(moved.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            book.getSheet("Moves").forEach(r -> rows.add(shown(r)));
            assertThat(rows).containsExactly(List.of("workload", "period", "from", "to", "cost"),
                    List.of("web", "2025-02", "east", "west", "50.00"));
            List<List<String>> summary = new ArrayList<>();
            book.getSheet("Summary").forEach(r -> summary.add(shown(r)));
            assertThat(summary).contains(List.of("moves between pools", "1"), List.of("move cost", "50.00"));
            assertThat(PlanningWorkbookReader.read(moved).settings())
                    .extracting(Settings::allowMoves, Settings::moveCost).containsExactly(true, 50.0);
        }
    }

    @Test
    void readsBackAsThePlanningWorkbookItWasMadeFrom() {
        PlanningInput original = PlanInputs.input();
        PlanningInput read = PlanningWorkbookReader.read(file);

        assertThat(read.settings()).isEqualTo(original.settings());
        assertThat(read.resources()).isEqualTo(original.resources());
        assertThat(read.workloads()).isEqualTo(original.workloads());
        assertThat(read.pools()).isEqualTo(original.pools());
        assertThat(read.nodeTypes()).isEqualTo(original.nodeTypes());
        assertThat(read.inventory()).isEqualTo(original.inventory());
        assertThat(read.usage()).isEqualTo(original.usage());
        assertThat(read.knownDemand()).isEqualTo(original.knownDemand());
    }

    @Test
    void summaryHasABarChartOfPurchasesAndChartsHasOneLineChartPerPoolAndResource() {
        List<XSSFChart> summary = charts(workbook.getSheet("Summary"));
        assertThat(summary).hasSize(1);
        assertThat(summary.getFirst().getCTChart().getPlotArea().getBarChartList()).hasSize(1);
        assertThat(summary.getFirst().getTitleText().getString()).isEqualTo("Purchases by period");

        List<XSSFChart> lines = charts(workbook.getSheet("Charts"));
        assertThat(lines).extracting(c -> c.getTitleText().getString()).containsExactly(
                "east cpu: demand vs usable capacity", "west memory: demand vs usable capacity");
        var series = lines.getFirst().getCTChart().getPlotArea().getLineChartArray(0).getSerList();
        assertThat(series).hasSize(2);
        assertThat(series.getFirst().getVal().getNumRef().getF()).isEqualTo("ChartData!$B$3:$B$4");
    }

    @Test
    void chartDataTabulatesDemandAndCapacityInTheResourcesUnit() {
        assertThat(table("ChartData")).containsExactly(
                List.of("Demand and usable capacity per pool and resource"),
                List.of("period", "east cpu demand", "east cpu usable capacity", "west memory demand",
                        "west memory usable capacity"),
                List.of("2025-01", "30.00 cores", "40.00 cores"),
                List.of("2025-02", "36.50 cores", "40.00 cores", "12.50 GiB", "0.00 GiB"));
    }

    @Test
    void everyTableHasABoldFrozenFilteredHeaderAndPrintsLandscapeOnePageWide() {
        for (String name : List.of("Purchases", "Utilization", "Placement", "Forecast", "Unmet")) {
            XSSFSheet sheet = workbook.getSheet(name);
            Cell first = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
            assertThat(sheet.getRepeatingRows().formatAsString()).as(name).isEqualTo("1:1");
            assertThat(sheet.getHeader().getLeft()).as(name).isEqualTo("s.xlsx");
            assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
        }
    }

    @Test
    void utilizationHasAHeatMapOnItsShareColumn() {
        XSSFSheet sheet = workbook.getSheet("Utilization");
        var formatting = sheet.getSheetConditionalFormatting();
        assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
        var rule = formatting.getConditionalFormattingAt(0);
        assertThat(rule.getFormattingRanges()[0].formatAsString()).isEqualTo("F2:F4");
        assertThat(rule.getRule(0).getColorScaleFormatting().getNumControlPoints()).isEqualTo(3);
    }

    @Test
    void summaryStatesStatusFiguresAssumptionsPurchasesByPeriodAndRunway() {
        List<List<String>> rows = table("Summary");
        assertThat(rows.getFirst()).containsExactly("Capacity plan for s.xlsx");
        assertThat(rows).contains(
                List.of("status", PlanSummary.describe(PlanStatus.FEASIBLE)),
                List.of("total cost", "1,300.00"),
                List.of("lower bound", "1,200.00"),
                List.of("gap to the bound", "7.7%"),
                List.of("planned periods", "2, 2025-01 to 2025-02"),
                List.of("horizon", "2 months"),
                List.of("sizing quantile", "0.9"),
                List.of("target utilization cpu", "80.0%"),
                List.of("target utilization memory", "90.0%"),
                List.of("HA spare nodes east", "1"),
                List.of("period", "purchase cost", "nodes bought"),
                List.of("2025-01", "100.00", "1"),
                List.of("2025-02", "1,200.00", "4"),
                List.of("east", "cpu", "2025-02", "1"),
                List.of("west", "memory", "not within the horizon", "2"));
    }

    @Test
    void purchasesUtilizationPlacementAndUnmetHaveTheirRowsWithUnits() {
        assertThat(table("Purchases")).containsExactly(
                List.of("pool", "node_type", "period", "count", "order_by", "cost"),
                List.of("east", "small", "2025-01", "1", "2024-12", "100.00"),
                List.of("west", "big", "2025-02", "4", "2024-12", "1,200.00"));
        assertThat(table("Utilization")).containsExactly(
                List.of("pool", "resource", "period", "capacity", "demand", "utilization"),
                List.of("east", "cpu", "2025-01", "40.00 cores", "30.00 cores", "75.0%"),
                List.of("east", "cpu", "2025-02", "40.00 cores", "36.50 cores", "91.3%"),
                List.of("west", "memory", "2025-02", "0.00 GiB", "12.50 GiB", "no capacity"));
        assertThat(table("Placement")).containsExactly(
                List.of("workload", "period", "pool", "node"),
                List.of("web", "2025-01", "east"),
                List.of("db", "2025-01", "east", "east-small-1"));
        assertThat(table("Unmet")).containsExactly(
                List.of("pool", "resource", "period", "amount", "reason"),
                List.of("west", "memory", "2025-02", "12.50 GiB", "no node type fits the db workload on one node"));
        Sheet utilization = workbook.getSheet("Utilization");
        assertThat(utilization.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    @Test
    void forecastShowsRecentHistoryThenTheForecastWithItsIntervals() {
        assertThat(table("Forecast")).containsExactly(
                List.of("workload", "resource", "period", "point", "lo80", "hi80", "lo95", "hi95", "model", "history"),
                List.of("web", "cpu", "2024-10", "", "", "", "", "", "", "7.00 cores"),
                List.of("web", "cpu", "2024-11", "", "", "", "", "", "", "8.50 cores"),
                List.of("web", "cpu", "2024-12", "", "", "", "", "", "", "9.00 cores"),
                List.of("web", "cpu", "2025-01", "10.00 cores", "8.00 cores", "12.00 cores", "6.00 cores",
                        "14.00 cores", "seasonal trend"),
                List.of("web", "cpu", "2025-02", "11.25 cores", "9.00 cores", "13.50 cores", "7.00 cores",
                        "16.00 cores", "seasonal trend"),
                List.of("db", "cpu", "2024-10", "", "", "", "", "", "", "2.00 cores"),
                List.of("db", "cpu", "2024-11"),
                List.of("db", "cpu", "2024-12", "", "", "", "", "", "", "3.00 cores"),
                List.of("db", "cpu", "2025-01", "3.00 cores", "", "", "", "", "flat"),
                List.of("db", "cpu", "2025-02", "3.00 cores", "", "", "", "", "flat"));
        Sheet forecast = workbook.getSheet("Forecast");
        assertThat(forecast.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(10.0);
    }

    @Test
    void textThatLooksLikeAFormulaIsQuotePrefixedAndKeepsItsValue() {
        Sheet workloads = workbook.getSheet("Workloads");
        Cell risky = workloads.getRow(3).getCell(0);
        assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
        assertThat(risky.getStringCellValue()).isEqualTo(PlanInputs.RISKY_WORKLOAD);
        assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(workloads.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void aHistoryTooLongForOneSheetLeavesThePlanningSheetsOutAndSaysSo() throws IOException {
        PlanningInput small = PlanInputs.input();
        double[] values = new double[1_048_576];
        PlanningInput huge = new PlanningInput("huge.xlsx", small.settings(), small.resources(), small.workloads(),
                small.pools(), small.nodeTypes(), small.inventory(),
                List.of(new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("1900-01"), values)),
                small.knownDemand());
        Path other = dir.resolve("huge.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), huge, other);

        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(other.toFile())) {
            assertThat(wb.getSheet("Usage")).isNull();
            assertThat(wb.getSheet("Settings")).isNull();
            List<List<String>> rows = new ArrayList<>();
            wb.getSheet("Summary").forEach(r -> rows.add(shown(r)));
            assertThat(rows).contains(List.of("planning sheets", "left out: the usage history has more observations "
                    + "than a sheet has rows; the input holds them"));
        }
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws IOException, InterruptedException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), first);
        // Office files record times to the second; a later second would show in any time stamp.
        Thread.sleep(1100);
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void anUnknownBoundIsSaidInWords() throws IOException {
        Path other = dir.resolve("nobound.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(PlanStatus.NO_SOLUTION, OptionalDouble.empty()), PlanInputs.input(), other);

        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(other.toFile())) {
            List<List<String>> rows = new ArrayList<>();
            wb.getSheet("Summary").forEach(r -> rows.add(shown(r)));
            assertThat(rows).contains(List.of("lower bound", "none known"),
                    List.of("gap to the bound", "unknown (no lower bound)"));
        }
    }
}
