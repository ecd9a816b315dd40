package dev.headroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample → plan path of the command line, end to end, as a script would use it. */
class PlanCommandTest {

    @TempDir
    static Path dir;
    static Path sample;
    static CliRun planRun;
    static JsonNode summary;

    @BeforeAll
    static void planTheSample() throws IOException {
        sample = dir.resolve("s.xlsx");
        assertThat(CliRun.of("sample", "--out", sample.toString()).exitCode()).isZero();
        planRun = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("p.xlsx").toString(),
                "--json", dir.resolve("p.json").toString());
        summary = new ObjectMapper().readTree(dir.resolve("p.json").toFile());
    }

    @Test
    void plansTheSampleAndWritesBothOutputs() {
        assertThat(planRun.exitCode()).as(planRun.err()).isZero();
        assertThat(dir.resolve("p.xlsx")).isNotEmptyFile();
        assertThat(planRun.out()).contains("Status:", "Purchases:");
    }

    @Test
    void summaryHasEveryContractKey() {
        assertThat(summary.fieldNames()).toIterable().contains("status", "total_cost", "lower_bound", "solve_seconds",
                "purchases", "unmet", "utilization", "placement", "runway");
        assertThat(summary.get("status").asText()).isIn("OPTIMAL", "FEASIBLE", "UNMET_DEMAND");
        assertThat(summary.get("purchases").get(0).fieldNames()).toIterable()
                .contains("pool", "node_type", "period", "count", "order_by", "cost");
        assertThat(summary.get("utilization").get(0).fieldNames()).toIterable()
                .contains("pool", "resource", "period", "capacity", "demand");
        assertThat(summary.get("placement").get(0).fieldNames()).toIterable()
                .contains("workload", "period", "pool", "node");
        assertThat(summary.get("runway").get(0).fieldNames()).toIterable()
                .contains("pool", "resource", "exhausted_at", "periods_left");
    }

    @Test
    void theSampleNeedsPurchases() {
        assertThat(summary.get("purchases").size()).isPositive();
        assertThat(summary.get("total_cost").asDouble()).isPositive();
    }

    @Test
    void noPoolIsOverCapacityUnlessDemandIsUnmet() {
        if (summary.get("status").asText().equals("UNMET_DEMAND")) {
            assertThat(summary.get("unmet").size()).isPositive();
            return;
        }
        for (JsonNode u : summary.get("utilization")) {
            assertThat(u.get("demand").asDouble()).as(u.toString()).isLessThanOrEqualTo(u.get("capacity").asDouble() + 1e-6);
        }
    }

    @Test
    void everyWorkloadIsPlacedInEveryPlannedPeriod() {
        Map<String, Integer> periodsPerWorkload = new HashMap<>();
        summary.get("placement").forEach(p -> periodsPerWorkload.merge(p.get("workload").asText(), 1, Integer::sum));
        assertThat(periodsPerWorkload).hasSize(40);
        assertThat(periodsPerWorkload.values()).containsOnly(12);
    }

    @Test
    void aWordWhereACostBelongsIsOneLineNamingThePlace() throws IOException {
        Path broken = dir.resolve("broken.xlsx");
        // Read from a stream: POI then works on a copy in memory and never saves into the sample.
        try (InputStream in = Files.newInputStream(sample); Workbook wb = WorkbookFactory.create(in)) {
            Sheet nodeTypes = wb.getSheet("NodeTypes");
            nodeTypes.getRow(1).getCell(1).setCellValue("twelve");
            try (OutputStream os = Files.newOutputStream(broken)) {
                wb.write(os);
            }
        }
        Path out = dir.resolve("never.xlsx");
        CliRun run = CliRun.of("plan", "--input", broken.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().getFirst())
                .startsWith("broken.xlsx: sheet 'NodeTypes' row 2 column B (cost): \"twelve\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWorkbookExitsTwo() throws IOException {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "this is not a spreadsheet\n");
        Path out = dir.resolve("never2.xlsx");
        CliRun run = CliRun.of("plan", "--input", text.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().startsWith("notes.xlsx");
        assertThat(out).doesNotExist();
    }

    @Test
    void validateReportsWhatWasRead() {
        CliRun run = CliRun.of("validate", "--input", sample.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("40 workloads", "3 pools", "156 series");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        CliRun run = CliRun.of("plan", "--inptu", "x.xlsx");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--inptu");
    }

    @Test
    void aMissingInputIsABadInputNotACrash() {
        CliRun run = CliRun.of("plan", "--input", dir.resolve("absent.xlsx").toString(), "--out",
                dir.resolve("x.xlsx").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("absent.xlsx").doesNotContain("Exception");
    }

    @Test
    void versionAndHelpExitZero() {
        assertThat(CliRun.of("--version").out()).startsWith("Headroom ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("plan", "forecast", "validate", "sample", "template");
        assertThat(List.of(CliRun.of("--version").exitCode())).containsOnly(0);
    }
}
