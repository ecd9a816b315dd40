package dev.headroom.app.gui.print;

import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.io.report.PaperSize;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.awt.image.BufferedImage;

/**
 * The print preview window: the report's pages one at a time, "Page x of y", a choice of A4 or Letter,
 * the printer's Page Setup… and Print… dialogs. The logic is in {@link PrintPreviewModel}; this class
 * only lays out controls and talks to JavaFX's printing.
 */
public final class PrintPreview {

    private static final Texts T = Texts.of(PrintPreview.class);
    private final PrintPreviewModel model;
    private final TaskRunner tasks;
    private final Stage stage = new Stage();
    private final Label status = new Label();
    private PrinterJob job;

    private PrintPreview(Window owner, PrintPreviewModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(T.get("title"));
        stage.setScene(new Scene(layout(), 900, 960));
        stage.setOnHidden(e -> {
            model.close();
            if (job != null) {
                job.cancelJob();
            }
        });
    }

    /**
     * Opens the print preview of a plan's report, laid out for the paper of the default printer (A4 when
     * there is none, or it is neither A4 nor Letter).
     *
     * @param owner   the window the preview belongs to (it blocks that window while open)
     * @param plan    the plan to print
     * @param input   the input it was made from (names, units, history)
     * @param service makes the report, as the command line's {@code --report} does
     */
    public static void show(Window owner, Plan plan, PlanningInput input, PlanningService service) {
        show(owner, plan, input, service, new FxTaskRunner());
    }

    /**
     * Like {@link #show(Window, Plan, PlanningInput, PlanningService)}, running the slow work (making the
     * report, rendering and printing pages) through the window's own {@code tasks}.
     */
    public static void show(Window owner, Plan plan, PlanningInput input, PlanningService service, TaskRunner tasks) {
        PrintPreviewModel model = new PrintPreviewModel(PrintPreviewModel.reportOf(service, plan, input), tasks,
                defaultPaper());
        PrintPreview preview = new PrintPreview(owner, model, tasks);
        preview.stage.show();
        model.load();
    }

    private static PaperSize defaultPaper() {
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            return PaperSize.A4;
        }
        Paper paper = printer.getDefaultPageLayout().getPaper();
        return PrintLayout.nearestPaper(paper.getWidth(), paper.getHeight());
    }

    private BorderPane layout() {
        ImageView page = new ImageView();
        page.setId("printPage");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane sheet = new StackPane(page);
        sheet.setStyle("-fx-background-color: #8a8a8a;");
        sheet.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(sheet);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // The whole page in view, as large as the window allows.
        page.fitHeightProperty().bind(scroll.heightProperty().subtract(28));
        page.fitWidthProperty().bind(scroll.widthProperty().subtract(28));
        model.pageImageProperty().addListener((obs, old, image) -> page.setImage(image == null ? null : toFx(image)));

        Button previous = button("previousPageButton", T.get("previous"), model::previous);
        Button next = button("nextPageButton", T.get("next"), model::next);
        previous.disableProperty().bind(model.readyProperty().not().or(model.pageIndexProperty().isEqualTo(0)));
        next.disableProperty().bind(model.readyProperty().not()
                .or(model.pageIndexProperty().greaterThanOrEqualTo(model.pageCountProperty().subtract(1))));
        status.setId("pageStatus");
        status.textProperty().bind(model.statusProperty());

        ChoiceBox<PaperSize> paper = new ChoiceBox<>();
        paper.setId("paperChoice");
        paper.getItems().setAll(PaperSize.A4, PaperSize.LETTER);
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize p) {
                return p == null ? "" : PrintPreviewModel.paperName(p);
            }

            @Override
            public PaperSize fromString(String s) {
                return PaperSize.parse(s);
            }
        });
        paper.setValue(model.paperProperty().get());
        model.paperProperty().addListener((obs, old, p) -> paper.setValue(p));
        paper.valueProperty().addListener((obs, old, p) -> {
            if (p != null) {
                model.choosePaper(p);
            }
        });

        Button setup = button("pageSetupButton", T.get("pageSetup"), this::pageSetup);
        Button print = button("printButton", T.get("print"), this::print);
        print.disableProperty().bind(model.readyProperty().not());
        Button close = button("closePreviewButton", T.get("close"), stage::close);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, status, next, gap, new Label(T.get("paper")), paper, setup, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        return root;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The printer job, made on first use and kept, so the printer and paper chosen stay chosen. */
    private PrinterJob job() {
        if (job == null) {
            job = PrinterJob.createPrinterJob();
            if (job != null) {
                Printer printer = job.getPrinter();
                Paper paper = model.paperProperty().get() == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4;
                job.getJobSettings().setPageLayout(printer.createPageLayout(paper, PageOrientation.PORTRAIT,
                        Printer.MarginType.DEFAULT));
            }
        }
        return job;
    }

    private void pageSetup() {
        PrinterJob j = job();
        if (j == null) {
            noPrinter();
            return;
        }
        if (j.showPageSetupDialog(stage)) {
            followPaper(j.getJobSettings().getPageLayout());
        }
    }

    private void print() {
        PrinterJob j = job();
        if (j == null) {
            noPrinter();
            return;
        }
        if (!j.showPrintDialog(stage)) {
            return;
        }
        PageLayout layout = j.getJobSettings().getPageLayout();
        PaperSize wanted = PrintLayout.nearestPaper(layout.getPaper().getWidth(), layout.getPaper().getHeight());
        if (wanted != model.paperProperty().get()) {
            // The paper was changed in the print dialog: lay the report out for it, then print.
            model.readyProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                    if (now) {
                        obs.removeListener(this);
                        printPages(j, layout);
                    }
                }
            });
            followPaper(layout);
            return;
        }
        printPages(j, layout);
    }

    private void printPages(PrinterJob j, PageLayout layout) {
        job = null; // a job prints once; the next Print… starts a new one
        tasks.run((progress, cancelled) -> model.printAll(layout.getPrintableWidth(), layout.getPrintableHeight(),
                (image, placement) -> {
                    ImageView node = new ImageView(toFx(image));
                    node.setFitWidth(placement.width());
                    node.setFitHeight(placement.height());
                    node.setTranslateX(placement.x());
                    node.setTranslateY(placement.y());
                    if (!j.printPage(layout, node)) {
                        throw new IllegalStateException("the printer did not take the page: " + j.getJobStatus());
                    }
                }), p -> { }, printed -> j.endJob(), failure -> {
                    j.cancelJob();
                    error(T.get("printFailed", failure.getMessage()));
                });
    }

    private void followPaper(PageLayout layout) {
        model.choosePaper(PrintLayout.nearestPaper(layout.getPaper().getWidth(), layout.getPaper().getHeight()));
    }

    private void noPrinter() {
        error(T.get("noPrinter"));
    }

    private void error(String message) {
        Runnable show = () -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.initOwner(stage);
            alert.setHeaderText(T.get("printing"));
            alert.showAndWait();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** An AWT image as a JavaFX one, pixel for pixel. */
    static Image toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }
}
