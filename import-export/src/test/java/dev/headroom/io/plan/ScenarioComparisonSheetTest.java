package dev.headroom.io.plan;

import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.report.PlanReportWriter;
import dev.headroom.io.report.ReportOptions;
import dev.headroom.io.testing.SamplePlan;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenarios planned, side by side in the first plan's workbook and report. */
class ScenarioComparisonSheetTest {
    @TempDir
    Path dir;

    /** The sample plan, and a dearer what-if that buys one more node in January and runs out of nothing. */
    private static ScenarioComparison comparison() {
        Plan base = SamplePlan.plan();
        List<Purchase> purchases = new ArrayList<>(base.purchases());
        purchases.add(new Purchase("east", "small", SamplePlan.JAN, 1, SamplePlan.JAN.minus(1), 150.0));
        Plan dear = new Plan(PlanStatus.OPTIMAL, 1450.0, OptionalDouble.of(1450.0), 1.0, base.periods(), purchases,
                List.of(), base.utilization(), base.placement(),
                List.of(new Runway("east", "cpu", Optional.empty(), 2), new Runway("west", "memory", Optional.empty(), 2)),
                base.forecasts());
        return ScenarioComparison.of(List.of(new ScenarioPlan("baseline", base), new ScenarioPlan("dear nodes", dear)));
    }

    @Test
    void thePlanWorkbookSetsTheScenariosSideBySideAfterItsSummary() throws IOException {
        Path file = dir.resolve("PLAN.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), comparison(), file);

        List<List<String>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheetName(1)).isEqualTo(ScenarioComparisonSheet.SHEET);
            for (Row row : wb.getSheet(ScenarioComparisonSheet.SHEET)) {
                rows.add(PlanWorkbookWriterTest.shown(row));
            }
        }
        assertThat(rows).contains(
                List.of("measure", "detail", "baseline", "dear nodes"),
                List.of("total cost", "", "1,300.00", "1,450.00"),
                List.of("cost over baseline", "", "0.00", "150.00"),
                List.of("nodes bought", "in all", "5", "6"),
                List.of("nodes bought", "2025-01", "1", "2"),
                List.of("cost of nodes bought", "2025-02", "1,200.00", "1,200.00"),
                List.of("runs out if nothing is bought", "east cpu", "2025-02", "not within the horizon"),
                List.of("unmet demand", "in all (mixed units)", "12.50", "0.00"));
        assertThat(rows.get(1).get(0)).isEqualTo("status");
        // Still a planning workbook: the comparison is not mistaken for what-ifs to plan.
        assertThat(PlanningWorkbookReader.read(file)).isNotNull();
    }

    @Test
    void withoutAComparisonThePlanWorkbookHasNoComparisonSheet() throws IOException {
        Path file = dir.resolve("ALONE.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), file);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheet(ScenarioComparisonSheet.SHEET)).isNull();
        }
    }

    @Test
    void theReportHasAComparisonPageOnlyWhenGivenOne() throws IOException {
        Path with = dir.resolve("WITH.pdf");
        Path without = dir.resolve("WITHOUT.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), comparison(), with, ReportOptions.defaults());
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), without, ReportOptions.defaults());

        try (PDDocument a = Loader.loadPDF(with.toFile()); PDDocument b = Loader.loadPDF(without.toFile())) {
            String text = new PDFTextStripper().getText(a).replaceAll("\\s+", " ");
            assertThat(text).contains("Scenarios side by side", "dear nodes", "cost over baseline 0.00 150.00",
                    "east cpu 2025-02 not within the horizon");
            assertThat(a.getNumberOfPages()).isEqualTo(b.getNumberOfPages() + 1);
            assertThat(new PDFTextStripper().getText(b)).doesNotContain("Scenarios side by side");
        }
    }
}
