package dev.headroom.io.project;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenariosSheetTest {

    @TempDir
    Path dir;

    /** Writes a workbook whose Scenarios sheet has the given rows under {@link ScenariosSheet#COLUMNS}. */
    private Path workbook(Object[]... rows) throws Exception {
        Path file = dir.resolve("plan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Settings");
            Sheet sheet = wb.createSheet("scenarios ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ScenariosSheet.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(ScenariosSheet.COLUMNS.get(i).toUpperCase(java.util.Locale.ROOT));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    switch (rows[r][c]) {
                        case null -> { }
                        case Number n -> row.createCell(c).setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            row.createCell(c).setCellValue(d);
                            row.getCell(c).setCellStyle(dateStyle(wb));
                        }
                        default -> row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook wb) {
        var style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }

    @Test
    void readsEveryKindOfChangeGroupedByScenarioInOrderOfAppearance() throws Exception {
        Path file = workbook(
                new Object[] {"march", "new_workload", "X", "cpu=4; memory=16", "2025-03", null, "eu", "project X lands"},
                new Object[] {"prices", "node_cost", "*", 15},
                new Object[] {"march", "workload_growth", "web", 12.5, LocalDate.of(2025, 4, 17)},
                new Object[] {"march", "new_workload", "Y", null, "2025-05", "web"},
                new Object[] {"march", "decommission", "batch", null, "2025-06"},
                new Object[] {"prices", "lead_time", "std", 2, null, null, null, "dearer, slower"},
                new Object[] {"prices", "ha_nodes", "eu", 2},
                new Object[] {"prices", "target_utilization", "cpu", 0.7},
                new Object[] {"prices", "sizing_quantile", null, 0.95},
                new Object[] {"prices", "pool_growth", "us", -10, "2025-01"},
                new Object[] {"prices", "resource_growth", "memory", 5, "2025-02"},
                new Object[] {"prices", "budget", null, 50000, "2025-04"},
                new Object[] {"nothing"});
        List<Scenario> scenarios = ScenariosSheet.read(file, Frequency.MONTH);
        Period p = Period.parse("2025-03");
        assertThat(scenarios).containsExactly(
                new Scenario("march", "project X lands", List.of(
                        new ScenarioChange.NewWorkload(new Workload("X", PlacementMode.POOL, Optional.of("eu"), Set.of(),
                                Optional.empty()), p, Map.of("cpu", 4.0, "memory", 16.0), Optional.empty()),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.WORKLOAD, "web", 12.5, Period.parse("2025-04")),
                        new ScenarioChange.NewWorkload(Workload.anywhere("Y"), Period.parse("2025-05"), Map.of(), Optional.of("web")),
                        new ScenarioChange.Decommission("batch", Period.parse("2025-06")))),
                new Scenario("prices", "dearer, slower", List.of(new ScenarioChange.NodeCost("*", 15),
                        new ScenarioChange.LeadTime("std", 2), new ScenarioChange.HaSpares("eu", 2),
                        new ScenarioChange.TargetUtilization("cpu", 0.7), new ScenarioChange.SizingQuantile(0.95),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.POOL, "us", -10, Period.parse("2025-01")),
                        new ScenarioChange.Growth(ScenarioChange.GrowthScope.RESOURCE, "memory", 5, Period.parse("2025-02")),
                        new ScenarioChange.Budget(Period.parse("2025-04"), 50000))),
                new Scenario("nothing", "", List.of()));
        for (Scenario s : scenarios) {
            for (ScenarioChange c : s.changes()) {
                assertThat(ScenarioRow.of(c).toChange()).isEqualTo(c);
            }
        }
    }

    @Test
    void everyBadRowIsReportedWithItsPlace() throws Exception {
        Path file = workbook(
                new Object[] {"a", "grow", "web", 10, "2025-01"},
                new Object[] {"a", "workload_growth", "web", "ten", "2025-01"},
                new Object[] {"baseline", "node_cost", "*", 5},
                new Object[] {null, "node_cost", "*", 5},
                new Object[] {"b", "new_workload", "Z", "cpu 4", "2025-01"});
        assertThatThrownBy(() -> ScenariosSheet.read(file, Frequency.MONTH)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage().lines()).containsExactly(
                        "plan.xlsx: sheet 'scenarios ' row 2 column B (CHANGE): \"grow\" is not a scenario change (budget, decommission,"
                                + " ha_nodes, lead_time, new_workload, node_cost, pool_growth, resource_growth, sizing_quantile,"
                                + " target_utilization, workload_growth)",
                        "plan.xlsx: sheet 'scenarios ' row 3 column B (CHANGE): \"workload_growth\" value \"ten\" is not a number",
                        "plan.xlsx: sheet 'scenarios ' row 4 column A (SCENARIO): \"baseline\" is the input as it is; a what-if"
                                + " needs another name",
                        "plan.xlsx: sheet 'scenarios ' row 5 column A (SCENARIO): is blank; every row names its scenario",
                        "plan.xlsx: sheet 'scenarios ' row 6 column B (CHANGE): \"new_workload\" demand \"cpu 4\" is not"
                                + " RESOURCE=AMOUNT"));
    }

    /** A change's demand map has no order of its own (Map.copyOf's differs between runs); its row is by resource. */
    @Test
    void aNewWorkloadsDemandIsWrittenInResourceOrder() {
        ScenarioChange.NewWorkload change = new ScenarioChange.NewWorkload(Workload.anywhere("x"), Period.parse("2025-01"),
                Map.of("network", 4.0, "storage", 3.0, "cpu", 48.0, "memory", 512.0, "gpu", 1.0), Optional.empty());

        assertThat(ScenarioRow.of(change).value()).isEqualTo("cpu=48; gpu=1; memory=512; network=4; storage=3");
    }

    @Test
    void writtenScenariosReadBackEqual() {
        Path file = dir.resolve("written.xlsx");
        List<Scenario> scenarios = SampleProjects.scenarios("web 1", "cpu", Period.parse("2025-01"));
        dev.headroom.io.xlsx.StreamingWorkbooks.write(file,
                wb -> ScenariosSheet.write(wb, new dev.headroom.io.xlsx.Styles(wb), scenarios));
        assertThat(ScenariosSheet.read(file, Frequency.MONTH)).isEqualTo(scenarios);
    }

    @Test
    void aWorkbookWithoutTheSheetHasNoScenarios() throws Exception {
        Path file = dir.resolve("none.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Settings");
            wb.write(out);
        }
        assertThat(ScenariosSheet.read(file, Frequency.MONTH)).isEmpty();
    }
}
