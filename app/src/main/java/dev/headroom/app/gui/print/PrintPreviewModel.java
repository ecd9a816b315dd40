package dev.headroom.app.gui.print;

import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.io.report.PaperSize;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The print preview's state and commands, without a screen: which report pages there are for the chosen
 * paper, which one is shown ("Page 2 of 9"), and the pages with their placement on the printer's paper.
 * The report is the one {@code headroom plan --report} writes, so paper and screen agree. Slow work
 * (making the report, rendering a page) goes through the {@link TaskRunner}; properties change on its
 * callbacks, i.e. on the UI thread in the window.
 */
public final class PrintPreviewModel implements AutoCloseable {

    private static final Texts T = Texts.of(PrintPreviewModel.class);

    /** Makes the report's pages for a paper size. */
    @FunctionalInterface
    public interface ReportSource {
        ReportPages pages(PaperSize paper) throws Exception;
    }

    /** Receives each page to print: its image and where it goes in the printable area. */
    @FunctionalInterface
    public interface PageSink {
        void print(BufferedImage image, PrintLayout.Placement placement) throws Exception;
    }

    private final ReportSource source;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<PaperSize> paper = new ReadOnlyObjectWrapper<>(PaperSize.A4);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(T.get("preparing"));
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private ReportPages pages;
    /** Counts report requests, so that a slow older one cannot replace a newer paper's pages. */
    private int generation;

    public PrintPreviewModel(ReportSource source, TaskRunner tasks, PaperSize initialPaper) {
        this.source = source;
        this.tasks = tasks;
        paper.set(initialPaper);
    }

    /** The report of {@code plan}, as {@link PlanningService#writeReport} writes it, through a temporary file. */
    public static ReportSource reportOf(PlanningService service, Plan plan, PlanningInput input) {
        return paper -> {
            Path file = Files.createTempFile("headroom-report-", ".pdf");
            try {
                service.writeReport(plan, input, null, file, paper, java.util.Locale.getDefault());
                return ReportPages.of(Files.readAllBytes(file));
            } finally {
                Files.deleteIfExists(file);
            }
        };
    }

    /** Makes the report for the current paper and shows its first page. */
    public void load() {
        int request = ++generation;
        ready.set(false);
        status.set(T.get("preparingFor", paperName(paper.get())));
        PaperSize wanted = paper.get();
        tasks.run((progress, cancelled) -> source.pages(wanted), p -> { }, loaded -> {
            if (request != generation) {
                closeQuietly(loaded);
                return;
            }
            closeQuietly(pages);
            pages = loaded;
            pageCount.set(loaded.count());
            ready.set(loaded.count() > 0);
            show(0);
        }, failure -> {
            if (request == generation) {
                status.set(T.get("failed", failure.getMessage()));
            }
        });
    }

    /** Chooses the paper; the report is laid out again for it. */
    public void choosePaper(PaperSize chosen) {
        if (chosen != paper.get() || pages == null) {
            paper.set(chosen);
            load();
        }
    }

    public void next() {
        show(pageIndex.get() + 1);
    }

    public void previous() {
        show(pageIndex.get() - 1);
    }

    /** Shows a page (0-based); one outside the report is ignored. */
    public void show(int page) {
        if (pages == null || page < 0 || page >= pages.count()) {
            return;
        }
        pageIndex.set(page);
        status.set(pageLabel(page, pages.count()));
        ReportPages current = pages;
        tasks.run((progress, cancelled) -> current.render(page), p -> { }, image -> {
            if (current == pages && page == pageIndex.get()) {
                pageImage.set(image);
            }
        }, failure -> {
            if (current == pages) {
                status.set(failure.getMessage());
            }
        });
    }

    /**
     * Renders every page in turn and hands it to {@code sink} with its placement in a printable area of
     * {@code printableWidth} × {@code printableHeight} points. Runs on the calling thread: the window
     * calls it from background work.
     *
     * @return the number of pages printed
     */
    public int printAll(double printableWidth, double printableHeight, PageSink sink) throws Exception {
        ReportPages current = pages;
        if (current == null) {
            throw new IllegalStateException("the report is not ready yet");
        }
        for (int i = 0; i < current.count(); i++) {
            PrintLayout.Placement placement = PrintLayout.fit(current.widthPoints(i), current.heightPoints(i),
                    printableWidth, printableHeight);
            sink.print(current.render(i), placement);
        }
        return current.count();
    }

    static String pageLabel(int page, int count) {
        return T.get("page", page + 1, count);
    }

    static String paperName(PaperSize paper) {
        return paper == PaperSize.LETTER ? T.get("paper.letter") : T.get("paper.a4");
    }

    public ReadOnlyObjectProperty<PaperSize> paperProperty() {
        return paper.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** The page shown, 0-based. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** "Page x of y" once the report is ready; what is happening before, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The shown page rendered at {@link ReportPages#DPI}. */
    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    /** Whether the report's pages are there to show and print. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public void close() {
        generation++;
        closeQuietly(pages);
        pages = null;
        ready.set(false);
    }

    private static void closeQuietly(ReportPages p) {
        if (p != null) {
            try {
                p.close();
            } catch (IOException e) {
                // Closing an in-memory document does not fail in practice; nothing is lost if it does.
            }
        }
    }
}
