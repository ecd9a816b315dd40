package dev.headroom.app.gui.print;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.report.PaperSize;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The print preview's logic on a real report (the template's worked example, planned), without a screen. */
class PrintPreviewModelTest {
    private static PlanningService service;
    private static PlanningInput input;
    private static Plan plan;
    private static int a4Pages;

    @BeforeAll
    static void planTheTemplatesExample(@TempDir Path dir) throws IOException {
        service = new PlanningService(new SmileForecaster());
        Path template = dir.resolve("example.xlsx");
        service.writeTemplate(template);
        input = service.load(template);
        ProgressListener quiet = p -> { };
        plan = service.plan(input.withSettings(input.settings().withTimeLimit(5)), quiet, () -> false);
        Path pdf = dir.resolve("p.pdf");
        service.writeReport(plan, input, pdf, PaperSize.A4);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            a4Pages = document.getNumberOfPages();
        }
    }

    private static PrintPreviewModel model(PaperSize paper) {
        PrintPreviewModel model = new PrintPreviewModel(PrintPreviewModel.reportOf(service, plan, input),
                new ImmediateTasks(), paper);
        model.load();
        return model;
    }

    @Test
    void showsTheFirstOfTheReportsPagesAtPrintResolution() {
        try (PrintPreviewModel model = model(PaperSize.A4)) {
            assertThat(a4Pages).isGreaterThan(3);
            assertThat(model.pageCountProperty().get()).isEqualTo(a4Pages);
            assertThat(model.statusProperty().get()).isEqualTo("Page 1 of " + a4Pages);
            assertThat(model.readyProperty().get()).isTrue();
            BufferedImage page = model.pageImageProperty().get();
            // A4 is 8.27 in wide: at least 150 dots per inch.
            assertThat(page.getWidth()).isGreaterThanOrEqualTo((int) (8.26 * 150));
            assertThat((double) page.getHeight() / page.getWidth()).isCloseTo(297.0 / 210, within(0.01));
        }
    }

    @Test
    void pagesTurnWithinTheReport() {
        try (PrintPreviewModel model = model(PaperSize.A4)) {
            model.previous();
            assertThat(model.pageIndexProperty().get()).isZero();
            BufferedImage first = model.pageImageProperty().get();
            model.next();
            assertThat(model.statusProperty().get()).isEqualTo("Page 2 of " + a4Pages);
            assertThat(model.pageImageProperty().get()).isNotSameAs(first);
            for (int i = 0; i < a4Pages + 3; i++) {
                model.next();
            }
            assertThat(model.pageIndexProperty().get()).isEqualTo(a4Pages - 1);
            assertThat(model.statusProperty().get()).isEqualTo("Page " + a4Pages + " of " + a4Pages);
            model.show(0);
            assertThat(model.statusProperty().get()).isEqualTo("Page 1 of " + a4Pages);
        }
    }

    @Test
    void choosingLetterLaysTheReportOutForLetter() {
        try (PrintPreviewModel model = model(PaperSize.A4)) {
            model.next();
            model.choosePaper(PaperSize.LETTER);

            assertThat(model.paperProperty().get()).isEqualTo(PaperSize.LETTER);
            assertThat(model.pageIndexProperty().get()).as("back to the first page").isZero();
            BufferedImage page = model.pageImageProperty().get();
            // 8.5 x 11 in at 150 dots per inch (PDFBox rounds down).
            assertThat(page.getWidth()).isCloseTo(1275, within(1));
            assertThat(page.getHeight()).isCloseTo(1650, within(1));
        }
    }

    @Test
    void printingGivesEveryPageScaledIntoThePrintableArea() throws Exception {
        try (PrintPreviewModel model = model(PaperSize.LETTER)) {
            List<PrintLayout.Placement> placements = new ArrayList<>();
            List<Integer> widths = new ArrayList<>();

            // Letter with half-inch margins.
            int printed = model.printAll(540, 720, (image, placement) -> {
                placements.add(placement);
                widths.add(image.getWidth());
            });

            assertThat(printed).isEqualTo(placements.size()).isEqualTo(model.pageCountProperty().get());
            assertThat(placements).allSatisfy(p -> {
                assertThat(p.width()).isCloseTo(540, within(1e-6));
                assertThat(p.height()).isCloseTo(540 * 11 / 8.5, within(1e-6));
                assertThat(p.y() + p.height()).isLessThanOrEqualTo(720);
            });
            assertThat(widths).allSatisfy(w -> assertThat(w).isCloseTo(1275, within(1)));
        }
    }

    @Test
    void aReportThatCannotBeMadeSaysWhy() {
        PrintPreviewModel model = new PrintPreviewModel(paper -> {
            throw new IllegalStateException("the disk is full");
        }, new ImmediateTasks(), PaperSize.A4);

        model.load();

        assertThat(model.statusProperty().get()).isEqualTo("The report cannot be made: the disk is full");
        assertThat(model.readyProperty().get()).isFalse();
        model.next();
        assertThat(model.pageImageProperty().get()).isNull();
    }
}
