package dev.headroom.io.csv;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.io.plan.PlanInputs;
import dev.headroom.io.testing.SamplePlan;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCsvWriterTest {
    @TempDir
    Path dir;

    private static final String RISKY_REASON = "=HYPERLINK(\"http://x\",\"click\"), then \"quote\"\nand a new line";

    /** The sample plan with a purchase that is a credit (a negative cost) and an unmet reason that looks like a formula. */
    private static Plan riskyPlan() {
        Plan p = SamplePlan.plan();
        return new Plan(PlanStatus.UNMET_DEMAND, p.totalCost(), p.lowerBound(), p.solveSeconds(), p.periods(),
                List.of(new Purchase("east", "small", SamplePlan.JAN, 1, Period.parse("2024-12"), -3.5)),
                List.of(new UnmetDemand("west", "memory", SamplePlan.FEB, 12.5, RISKY_REASON)),
                p.utilization(), p.placement(), p.runway(), p.forecasts());
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void writesOneRfc4180FilePerTableWithCrlfLineEnds() throws IOException {
        List<Path> files = PlanCsvWriter.write(SamplePlan.plan(), PlanInputs.input(), dir.resolve("out"), CsvOptions.PLAIN);

        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactlyElementsOf(PlanCsvWriter.FILES);
        String purchases = Files.readString(dir.resolve("out/purchases.csv"));
        assertThat(purchases).isEqualTo("pool,node_type,period,count,order_by,cost\r\n"
                + "east,small,2025-01,1,2024-12,100\r\n"
                + "west,big,2025-02,4,2024-12,1200\r\n");
        assertThat(records(dir.resolve("out/utilization.csv")).get(1).values())
                .containsExactly("east", "cpu", "2025-01", "40", "30", "0.75", "cores");
        assertThat(records(dir.resolve("out/runway.csv")).get(2).values()).containsExactly("west", "memory", "", "2");
        assertThat(records(dir.resolve("out/forecast.csv")).get(1).values())
                .containsExactly("web", "cpu", "2025-01", "10", "8", "12", "6", "14", "seasonal trend");
        assertThat(records(dir.resolve("out/summary.csv"))).extracting(r -> r.get(0) + "=" + r.get(1))
                .contains("status=FEASIBLE", "total_cost=1300", "lower_bound=1200", "horizon=2");
    }

    @Test
    void movesHaveAFileOfTheirOwnAndTheirCostInTheSummary() throws IOException {
        PlanCsvWriter.write(SamplePlan.withMoves(), PlanInputs.input(), dir, CsvOptions.PLAIN);

        assertThat(records(dir.resolve("moves.csv"))).extracting(CSVRecord::values).containsExactly(
                new String[] {"workload", "period", "from", "to", "cost"},
                new String[] {"web", "2025-02", "east", "west", "50"});
        assertThat(records(dir.resolve("summary.csv"))).extracting(CSVRecord::values)
                .contains(new String[] {"move_cost_total", "50"});
    }

    @Test
    void riskyTextIsNeutralisedWhileNumbersStayNumbers() throws IOException {
        PlanCsvWriter.write(riskyPlan(), PlanInputs.input(), dir, CsvOptions.PLAIN);

        assertThat(records(dir.resolve("unmet.csv")).get(1).get(4)).isEqualTo("'" + RISKY_REASON);
        assertThat(records(dir.resolve("purchases.csv")).get(1).get(5)).isEqualTo("-3.5");
    }

    @Test
    void theExcelOptionStartsEachFileWithAByteOrderMark() throws IOException {
        PlanCsvWriter.write(SamplePlan.plan(), PlanInputs.input(), dir.resolve("excel"), CsvOptions.FOR_EXCEL);
        PlanCsvWriter.write(SamplePlan.plan(), PlanInputs.input(), dir.resolve("plain"), CsvOptions.PLAIN);

        for (String name : PlanCsvWriter.FILES) {
            byte[] excel = Files.readAllBytes(dir.resolve("excel").resolve(name));
            byte[] plain = Files.readAllBytes(dir.resolve("plain").resolve(name));
            assertThat(excel).as(name).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
            assertThat(plain[0]).as(name).isNotEqualTo((byte) 0xEF);
            assertThat(excel.length).as(name).isEqualTo(plain.length + 3);
        }
    }

    @Test
    void anUnknownBoundIsAnEmptyField() throws IOException {
        PlanCsvWriter.write(SamplePlan.plan(PlanStatus.NO_SOLUTION, OptionalDouble.empty()), PlanInputs.input(), dir,
                CsvOptions.PLAIN);

        assertThat(records(dir.resolve("summary.csv"))).extracting(r -> r.get(0) + "=" + r.get(1))
                .contains("lower_bound=", "gap=");
    }
}
