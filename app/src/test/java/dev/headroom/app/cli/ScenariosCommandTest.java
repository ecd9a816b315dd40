package dev.headroom.app.cli;

import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.plan.ScenarioComparisonSheet;
import dev.headroom.io.project.ScenariosSheet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects and scenarios on the command line: save a project, add what-ifs, plan them all, list them. */
class ScenariosCommandTest {

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void saveTheSampleAsAProject() {
        Path sample = dir.resolve("s.xlsx");
        assertThat(CliRun.of("sample", "--out", sample.toString()).exitCode()).isZero();
        project = dir.resolve("s.headroom");
        CliRun run = CliRun.of("plan", "--input", sample.toString(), "--out", dir.resolve("p.xlsx").toString(),
                "--time-limit", "5", "--save-project", project.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void savedProjectHoldsTheInputAndTheBaselinePlan() {
        Project saved = ProjectFile.read(project);
        assertThat(saved.plans()).extracting(p -> p.scenario()).containsExactly(Scenario.BASELINE);
        CliRun list = CliRun.of("scenarios", "--input", project.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("baseline: the input as it is").contains("plan saved: ");
    }

    @Test
    void plansEveryScenarioOfAProjectAndComparesThem() {
        Path copy = dir.resolve("what-if.headroom");
        Project saved = ProjectFile.read(project);
        ProjectFile.write(copy, saved.withScenarios(List.of(
                new Scenario("dear nodes", "prices up 50%", List.of(new ScenarioChange.NodeCost("*", 50))),
                new Scenario("two spares", "", List.of(new ScenarioChange.HaSpares("*", 2))))));

        CliRun list = CliRun.of("scenarios", "--input", copy.toString());
        assertThat(list.out()).contains("dear nodes: prices up 50%", "  node_cost * 50", "two spares", "  ha_nodes * 2");

        Path out = dir.resolve("all.xlsx");
        CliRun run = CliRun.of("plan", "--input", copy.toString(), "--out", out.toString(), "--json",
                dir.resolve("all.json").toString(), "--time-limit", "5", "--all-scenarios", "--save-project", copy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).isNotEmptyFile();
        assertThat(dir.resolve("all-dear-nodes.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("all-two-spares.json")).isNotEmptyFile();
        assertThat(run.out()).contains("Scenarios side by side:", "dear nodes", "two spares");
        Project after = ProjectFile.read(copy);
        assertThat(after.plans()).extracting(p -> p.scenario()).containsExactly("baseline", "dear nodes", "two spares");
        double base = after.plans().get(0).plan().totalCost();
        double dear = after.plans().get(1).plan().totalCost();
        assertThat(dear).as("the same purchases cost 50% more, or cheaper ones are bought").isGreaterThanOrEqualTo(base);
    }

    @Test
    void planningAProjectUsesItsForecastChoices() {
        Path copy = dir.resolve("adjusted.headroom");
        Project saved = ProjectFile.read(project);
        SeriesKey storefront = new SeriesKey("storefront", "cpu");
        SeriesKey search = new SeriesKey("search-api", "memory");
        Period first = saved.input().planStart();
        ProjectFile.write(copy, saved.withForecastChoices(ForecastChoices.NONE.withModel(search, "naive")
                .withAdjustment(ForecastAdjustment.override(storefront, first.plus(2), 987.5))));

        CliRun run = CliRun.of("plan", "--input", copy.toString(), "--out", dir.resolve("adjusted.xlsx").toString(),
                "--time-limit", "5", "--save-project", copy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Project after = ProjectFile.read(copy);
        List<SeriesForecast> forecasts = after.plans().getFirst().plan().forecasts();
        SeriesForecast adjusted = forecasts.stream().filter(f -> f.key().equals(storefront)).findFirst().orElseThrow();
        assertThat(adjusted.point()[(int) adjusted.start().until(first.plus(2))]).isEqualTo(987.5);
        assertThat(forecasts.stream().filter(f -> f.key().equals(search)).findFirst().orElseThrow().model())
                .isEqualTo("naive");
        assertThat(after.forecastChoices().adjustments()).hasSize(1);
    }

    @Test
    void theSampleWorkbookCarriesItsWhatIfs() {
        Path sample = dir.resolve("s.xlsx");
        assertThat(ScenariosSheet.read(sample, Frequency.MONTH)).isEqualTo(SampleGenerator.sampleScenarios());

        CliRun list = CliRun.of("scenarios", "--input", sample.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("ml-inference lands early: ", "  new_workload ml-pilot cpu=48; memory=512;",
                "  workload_growth ml-inference 25 from ", "node prices +15%: ", "  node_cost * 15");
    }

    @Test
    void plansTheSampleAndBothItsWhatIfs() throws Exception {
        Path sample = dir.resolve("s.xlsx");
        Path out = dir.resolve("sample-all.xlsx");
        Path report = dir.resolve("sample-all.pdf");
        CliRun run = CliRun.of("plan", "--input", sample.toString(), "--out", out.toString(), "--time-limit", "5",
                "--all-scenarios", "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out).isNotEmptyFile();
        assertThat(dir.resolve("sample-all-ml-inference-lands-early.xlsx")).isNotEmptyFile();
        assertThat(dir.resolve("sample-all-node-prices-15.xlsx")).isNotEmptyFile();
        assertThat(run.out()).contains("Scenarios side by side:", "ml-inference lands early", "node prices +15%");
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Row header = wb.getSheet(ScenarioComparisonSheet.SHEET).getRow(0);
            assertThat(List.of(header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue()))
                    .containsExactly("baseline", "ml-inference lands early", "node prices +15%");
            Row dearer = wb.getSheet(ScenarioComparisonSheet.SHEET).getRow(3);
            assertThat(dearer.getCell(0).getStringCellValue()).isEqualTo("cost over baseline");
            assertThat(dearer.getCell(4).getNumericCellValue()).as("the same nodes cost more, or fewer are bought")
                    .isGreaterThanOrEqualTo(0.0);
        }
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Scenarios side by side", "node prices +15%");
        }
        // The plan workbook is still a planning workbook: its comparison is not read as what-ifs.
        CliRun again = CliRun.of("scenarios", "--input", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("baseline");
    }

    @Test
    void anUnknownScenarioOrBothChoicesAreUsageErrors() {
        CliRun unknown = CliRun.of("plan", "--input", project.toString(), "--out", dir.resolve("u.xlsx").toString(),
                "--scenario", "nope");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly("headroom: --scenario nope: s.headroom has no such scenario (it has: baseline, ml-inference lands early, node prices +15%)");
        CliRun both = CliRun.of("plan", "--input", project.toString(), "--out", dir.resolve("u.xlsx").toString(),
                "--scenario", "baseline", "--all-scenarios");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("u.xlsx")).doesNotExist();
    }

    @Test
    void aFileThatIsNoProjectIsBadInputInOneLine() throws Exception {
        Path bogus = java.nio.file.Files.writeString(dir.resolve("bogus.headroom"), "hello");
        CliRun run = CliRun.of("scenarios", "--input", bogus.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("bogus.headroom: is not a Headroom project (it is not an SQLite database)");
    }
}
