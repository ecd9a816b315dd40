package dev.headroom.io.plan;

import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.io.testing.SamplePlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PlanWorkbookWriterTest {
    @TempDir
    Path dir;

    private XSSFWorkbook workbook;

    private static PlanningInput input() {
        return new PlanningInput("s.xlsx", Settings.defaults().withHorizon(2),
                List.of(new Resource("cpu", "cores"), new Resource("memory", "GiB")), List.of(Workload.anywhere("web")),
                List.of(Pool.of("east"), Pool.of("west")),
                List.of(new NodeType("small", 100, 0, Map.of("cpu", 16.0, "memory", 64.0))), List.of(), List.of(),
                List.of(new KnownDemand(SamplePlan.JAN, "web", "cpu", 4)));
    }

    @BeforeEach
    void write() throws IOException {
        Path file = dir.resolve("PLAN.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), input(), file);
        workbook = (XSSFWorkbook) WorkbookFactory.create(file.toFile());
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    private static List<String> shown(Row row) {
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return cells;
    }

    private List<List<String>> table(String name) {
        List<List<String>> rows = new ArrayList<>();
        workbook.getSheet(name).forEach(r -> rows.add(shown(r)));
        return rows;
    }

    @Test
    void hasTheSheetsOfTheContractInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));

        assertThat(names).containsExactly("Summary", "Purchases", "Utilization", "Placement", "Forecast", "Unmet");
    }

    @Test
    void everyTableHasABoldFrozenFilteredHeader() {
        for (String name : List.of("Purchases", "Utilization", "Placement", "Forecast", "Unmet")) {
            XSSFSheet sheet = workbook.getSheet(name);
            Cell first = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
        }
    }

    @Test
    void summaryStatesTheStatusInWordsAndTheFigures() {
        assertThat(table("Summary")).containsExactly(
                List.of("item", "value"),
                List.of("input", "s.xlsx"),
                List.of("status", PlanSummary.describe(PlanStatus.FEASIBLE)),
                List.of("total cost", "1,300.00"),
                List.of("lower bound", "1,200.00"),
                List.of("gap", "7.7%"),
                List.of("solve seconds", "2.50"),
                List.of("horizon", "2 months, 2025-01 to 2025-02"),
                List.of("sizing quantile", "0.9"),
                List.of("purchases", "2"),
                List.of("nodes bought", "5"),
                List.of("unmet demand entries", "1"));
    }

    @Test
    void purchasesUtilizationPlacementAndUnmetHaveTheirRows() {
        assertThat(table("Purchases")).containsExactly(
                List.of("pool", "node_type", "period", "count", "order_by", "cost"),
                List.of("east", "small", "2025-01", "1", "2024-12", "100.00"),
                List.of("west", "big", "2025-02", "4", "2024-12", "1,200.00"));
        assertThat(table("Utilization")).containsExactly(
                List.of("pool", "resource", "period", "capacity", "demand", "utilization"),
                List.of("east", "cpu", "2025-01", "40.00", "30.00", "75.0%"),
                List.of("east", "cpu", "2025-02", "40.00", "36.50", "91.3%"),
                List.of("west", "memory", "2025-02", "0.00", "12.50", "no capacity"));
        assertThat(table("Placement")).containsExactly(
                List.of("workload", "period", "pool", "node"),
                List.of("web", "2025-01", "east"),
                List.of("db", "2025-01", "east", "east-small-1"));
        assertThat(table("Unmet")).containsExactly(
                List.of("pool", "resource", "period", "amount", "reason"),
                List.of("west", "memory", "2025-02", "12.50", "no node type fits the db workload on one node"));
    }

    @Test
    void forecastShowsIntervalsWhereTheyWereComputed() {
        assertThat(table("Forecast")).containsExactly(
                List.of("workload", "resource", "period", "point", "lo80", "hi80", "lo95", "hi95", "model"),
                List.of("web", "cpu", "2025-01", "10.00", "8.00", "12.00", "6.00", "14.00", "seasonal trend"),
                List.of("web", "cpu", "2025-02", "11.25", "9.00", "13.50", "7.00", "16.00", "seasonal trend"),
                List.of("db", "cpu", "2025-01", "3.00", "", "", "", "", "flat"),
                List.of("db", "cpu", "2025-02", "3.00", "", "", "", "", "flat"));
        Sheet forecast = workbook.getSheet("Forecast");
        assertThat(forecast.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(forecast.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(10.0);
    }

    @Test
    void theSamePlanGivesTheSameBytes() throws IOException, InterruptedException {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), input(), first);
        // Office files record times to the second; a later second would show in any time stamp.
        Thread.sleep(1100);
        PlanWorkbookWriter.write(SamplePlan.plan(), input(), second);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void anUnknownBoundIsSaidInWords() throws IOException {
        Path file = dir.resolve("nobound.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(PlanStatus.NO_SOLUTION, OptionalDouble.empty()), input(), file);

        try (XSSFWorkbook wb = (XSSFWorkbook) WorkbookFactory.create(file.toFile())) {
            assertThat(shown(wb.getSheet("Summary").getRow(4))).containsExactly("lower bound", "none known");
            assertThat(shown(wb.getSheet("Summary").getRow(5))).containsExactly("gap", "unknown (no lower bound)");
        }
    }
}
