package dev.headroom.io.plan;

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
            assertThat(names).startsWith("Summary", "Purchases", "Utilization", "Placement", "Forecast", "Unmet", "Charts", "ChartData");
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
