package dev.headroom.io.report;

import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.Utilization;
import dev.headroom.core.model.Period;
import dev.headroom.io.plan.PlanInputs;
import dev.headroom.io.testing.SamplePlan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlanReportWriterTest {
    @TempDir
    static Path dir;

    private static Path a4;
    private static String text;

    @BeforeAll
    static void write() throws IOException {
        a4 = dir.resolve("PLAN.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), a4, ReportOptions.defaults());
        try (PDDocument pdf = Loader.loadPDF(a4.toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSummaryStatesWhatToBuyWhenWhereWhyAndWhatItCosts() {
        assertThat(text).contains(
                "Buy 5 nodes in 2 purchases, for a total of 1,300.00:",
                "east: 1 × small, ordered by 2024-12 to be in use from 2025-01, costing 100.00.",
                "west: 4 × big, ordered by 2024-12 to be in use from 2025-02, costing 1,200.00.",
                "east runs out of cpu in 2025-02, after 1 planned period.",
                "No plan meeting the same demand costs less than 1,200.00, so this plan is at most 8% above the cheapest.",
                "west, memory in 2025-02: 12.50 GiB cannot be met, because no node type fits the db workload on one node.",
                "Demand was forecast for 2 series (models chosen most: flat for 1, seasonal trend for 1).",
                "Tested on held-out history, the median scaled error (MASE) was 0.80",
                "Capacity is planned for the 90th percentile of forecast demand");
    }

    @Test
    void theTablesAndTheAppendixAreThere() {
        assertThat(text).contains("pool node type count order by in use from cost",
                "east small 1 2024-12 2025-01 100.00",
                "west big 4 2024-12 2025-02 1,200.00",
                "east cpu 2025-02 1",
                "west memory not within the horizon 2",
                "east cpu 91% 2025-02 36.50 40.00 cores",
                "Forecast models and their backtest accuracy",
                "seasonal trend 1 0.80",
                "target utilization of memory 90% (unit: GiB)");
    }

    @Test
    void pagesAreNumberedAndRenderOnA4() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            assertThat(text).contains("Page 2 of " + pages, "Page " + pages + " of " + pages);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pages; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 30);
                assertThat(image.getWidth()).isPositive();
                assertThat(inkedPixels(image)).as("page %d has something on it", i + 1).isGreaterThan(50);
            }
        }
    }

    @Test
    void letterPaperIsLetterSized() throws IOException {
        Path letter = dir.resolve("letter.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), letter,
                ReportOptions.defaults().withPaper(PaperSize.parse("Letter")));
        try (PDDocument pdf = Loader.loadPDF(letter.toFile())) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.LETTER.getHeight());
            }
        }
    }

    @Test
    void chartsAreVectorDrawingsNotPictures() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4.toFile())) {
            List<Object> forms = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    var object = page.getResources().getXObject(name);
                    assertThat(object).isNotInstanceOf(PDImageXObject.class);
                    if (object instanceof PDFormXObject form) {
                        forms.add(form);
                    }
                }
            }
            // The purchases chart and one chart per pool and resource (east cpu, west memory).
            assertThat(forms).hasSize(3);
        }
    }

    @Test
    void theBundledFontIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(a4.toFile())) {
            PDPage page = pdf.getPage(1);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded)
                    .allSatisfy(f -> assertThat(f.getName()).contains("WenQuanYiMicroHei"));
        }
    }

    @Test
    void chineseNamesArePrintedInTheBundledFont() throws IOException {
        Plan sample = SamplePlan.plan();
        Period jan = SamplePlan.JAN;
        Plan chinese = new Plan(sample.status(), sample.totalCost(), sample.lowerBound(), sample.solveSeconds(),
                sample.periods(), List.of(new Purchase("华东", "small", jan, 1, Period.parse("2024-12"), 100.0)),
                List.of(), List.of(new Utilization("华东", "cpu", jan, 40, 30)),
                List.of(new Assignment("数据库", jan, "华东", "")),
                List.of(new Runway("华东", "cpu", Optional.of(jan), 0)), List.of());
        Path file = dir.resolve("chinese.pdf");
        PlanReportWriter.write(chinese, PlanInputs.input(), file, ReportOptions.defaults());

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("WenQuanYi Micro Hei (prints Chinese)","华东: 1 × small", "华东 runs out of cpu in 2025-01, the first planned period.");
        }
    }

    @Test
    void theSamePlanGivesTheSameReport() throws IOException {
        Path again = dir.resolve("again.pdf");
        PlanReportWriter.write(SamplePlan.plan(), PlanInputs.input(), again, ReportOptions.defaults());

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(a4));
    }

    @Test
    void aPlanWithNothingInItStillGivesAReportAndAWorkbook() throws IOException {
        Plan empty = new Plan(dev.headroom.core.plan.PlanStatus.NO_SOLUTION, 0, java.util.OptionalDouble.empty(), 30,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Path pdf = dir.resolve("empty.pdf");
        PlanReportWriter.write(empty, PlanInputs.input(), pdf, ReportOptions.defaults());
        dev.headroom.io.plan.PlanWorkbookWriter.write(empty, PlanInputs.input(), dir.resolve("empty.xlsx"));

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String all = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(all).contains("No plan was found within the time limit",
                    "Without a plan there is nothing to recommend buying yet.", "No lower bound on the cost is known");
        }
        assertThat(dir.resolve("empty.xlsx")).isNotEmptyFile();
    }

    @Test
    void aFontFileThatDoesNotExistIsSaidInWords() {
        Path missing = dir.resolve("no-such-font.ttf");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlanReportWriter.write(SamplePlan.plan(),
                        PlanInputs.input(), dir.resolve("x.pdf"), new ReportOptions(PaperSize.A4, Optional.of(missing))))
                .isInstanceOf(dev.headroom.io.ExportException.class)
                .hasMessage("the report font " + missing + " does not exist");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
