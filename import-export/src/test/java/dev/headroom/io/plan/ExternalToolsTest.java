package dev.headroom.io.plan;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.report.PlanReportWriter;
import dev.headroom.io.report.ReportOptions;
import dev.headroom.io.testing.SamplePlan;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The outputs as other programs see them: LibreOffice opens PLAN.xlsx and saves it again with its
 * sheets and charts, and poppler reads the report's text and renders its pages. Skipped, saying so,
 * where the program is not installed (CI installs both).
 */
@Tag("slow")
class ExternalToolsTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensThePlanWorkbookWithItsSheetsAndCharts() throws Exception {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        Path plan = dir.resolve("PLAN.xlsx");
        PlanWorkbookWriter.write(SamplePlan.plan(), PlanInputs.input(), plan);
        Path out = Files.createDirectories(dir.resolve("converted"));
        // A profile of its own, so that a LibreOffice already running elsewhere does not take the job.
        run(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", out.toString(), plan.toString()));

        try (XSSFWorkbook saved = (XSSFWorkbook) WorkbookFactory.create(out.resolve("PLAN.xlsx").toFile())) {
            List<String> names = new ArrayList<>();
            saved.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("Summary", "Purchases", "Utilization", "Placement", "Moves", "Forecast", "Unmet", "Charts", "ChartData");
            assertThat(charts(saved.getSheet("Summary"))).isEqualTo(1);
            assertThat(charts(saved.getSheet("Charts"))).isEqualTo(2);
            assertThat(saved.getSheet("Purchases").getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1200.0);
        }
    }

    @Test
    void popplerReadsTheReportAndRendersEveryPage() throws Exception {
        assumeTrue(onPath("pdftotext") && onPath("pdftoppm"), "poppler-utils is not installed: apt-get install poppler-utils");
        Path pdf = dir.resolve("PLAN.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), pdf, ReportOptions.defaults());

        run(List.of("pdftotext", "-layout", pdf.toString(), dir.resolve("PLAN.txt").toString()));
        String text = Files.readString(dir.resolve("PLAN.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("Buy 5 nodes in 2 purchases, for a total of 1,300.00:", "Runway if nothing is bought");
        run(List.of("pdftoppm", "-png", "-r", "30", pdf.toString(), dir.resolve("page").toString()));
        try (Stream<Path> pages = Files.list(dir)) {
            assertThat(pages.filter(p -> p.getFileName().toString().startsWith("page-"))).hasSize(6);
        }
    }

    /**
     * Chinese project, pool and workload names come out of the report as text (pdftotext), in a font that
     * is embedded (pdffonts): the bundled one, so it prints the same on a machine without any CJK font.
     */
    @Test
    void popplerReadsChineseNamesInAnEmbeddedFont() throws Exception {
        assumeTrue(onPath("pdftotext") && onPath("pdffonts"), "poppler-utils is not installed: apt-get install poppler-utils");
        Plan sample = SamplePlan.plan();
        Period jan = SamplePlan.JAN;
        Plan chinese = new Plan(sample.status(), sample.totalCost(), sample.lowerBound(), sample.solveSeconds(),
                sample.periods(), List.of(new Purchase("华东", "small", jan, 1, Period.parse("2024-12"), 100.0)),
                List.of(), List.of(new Utilization("华东", "cpu", jan, 40, 30)),
                List.of(new Assignment("数据库", jan, "华东", "")),
                List.of(new Runway("华东", "cpu", Optional.of(jan), 0)), List.of(chineseWorkload()));
        PlanningInput in = PlanInputs.input();
        PlanningInput project = new PlanningInput("华东容量规划", in.settings(), in.resources(), in.workloads(), in.pools(),
                in.nodeTypes(), in.inventory(), in.usage(), in.knownDemand());
        Path pdf = dir.resolve("chinese.pdf");
        PlanReportWriter.write(chinese, project, pdf, ReportOptions.defaults());

        run(List.of("pdftotext", "-layout", pdf.toString(), dir.resolve("chinese.txt").toString()));
        String text = Files.readString(dir.resolve("chinese.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("华东容量规划", "华东: 1 × small", "华东 runs out of cpu in 2025-01", "数据库",
                "WenQuanYi Micro Hei (prints Chinese)");
        run(List.of("pdffonts", pdf.toString()));
        List<String> fonts = Files.readAllLines(dir.resolve("tool.log"), StandardCharsets.UTF_8).stream()
                .skip(2).filter(line -> !line.isBlank()).toList();
        assertThat(fonts).isNotEmpty().allSatisfy(line -> {
            String[] columns = line.trim().split("\\s+");
            assertThat(columns[0]).as(line).contains("WenQuanYiMicroHei");
            assertThat(columns[columns.length - 5]).as("embedded: " + line).isEqualTo("yes");
        });
    }

    /** The sample's web cpu forecast, for a workload with a Chinese name (the appendix lists it by name). */
    private static SeriesForecast chineseWorkload() {
        SeriesForecast web = SamplePlan.webCpuForecast();
        return new SeriesForecast(new SeriesKey("数据库", "cpu"), web.start(), web.point(), web.quantiles(), web.model(),
                web.accuracy());
    }

    private static int charts(XSSFSheet sheet) {
        return sheet.getDrawingPatriarch() == null ? 0 : sheet.getDrawingPatriarch().getCharts().size();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        boolean done = process.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done).as("%s finished within 180 s", command.getFirst()).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("tool.log"))).isZero();
    }
}
