package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Texts;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The import wizard's window content: the steps across the top, the page, and Cancel / Back / Next / Import.
 * Edits are read after a short pause, so that typing reads the file once.
 */
public final class ImportWizardView extends BorderPane {

    private static final Texts T = Texts.of(ImportWizardView.class);
    private static final Duration PAUSE = Duration.millis(250);
    private static final String[] STEPS = {T.get("step.file"), T.get("step.columns"), T.get("step.units"),
        T.get("step.check")};

    /** Properties the controls bind to that nothing else holds (a spinner's boxed value). */
    private final List<Object> keep = new ArrayList<>();

    public ImportWizardView(WizardModel model, Runnable close) {
        setId("importWizard");
        getStyleClass().add("import-wizard");
        PauseTransition pause = new PauseTransition(PAUSE);
        model.setScheduler(read -> {
            pause.setOnFinished(e -> read.run());
            pause.playFromStart();
        });

        HBox steps = new HBox(6);
        steps.getStyleClass().add("import-steps");
        steps.setPadding(new Insets(12, 16, 12, 16));
        for (WizardModel.Page p : WizardModel.Page.values()) {
            Button step = new Button(STEPS[p.ordinal()]);
            step.setId("importStep" + p.ordinal());
            step.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, "import-step");
            step.setOnAction(e -> model.show(p));
            Runnable mark = () -> {
                boolean current = model.pageProperty().get() == p;
                step.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), current);
                if (current) {
                    step.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
                } else {
                    step.getStyleClass().remove(atlantafx.base.theme.Styles.ACCENT);
                }
            };
            model.pageProperty().addListener((o, a, b) -> mark.run());
            mark.run();
            steps.getChildren().add(step);
        }
        setTop(steps);

        Map<WizardModel.Page, Node> pages = new EnumMap<>(WizardModel.Page.class);
        pages.put(WizardModel.Page.FILE, FilePage.of(model));
        pages.put(WizardModel.Page.COLUMNS, ColumnsPage.of(model, keep));
        pages.put(WizardModel.Page.UNITS, UnitsPage.of(model));
        pages.put(WizardModel.Page.CHECK, CheckPage.of(model));
        StackPane content = new StackPane();
        Runnable showPage = () -> content.getChildren().setAll(pages.get(model.pageProperty().get()));
        model.pageProperty().addListener((o, a, b) -> showPage.run());
        showPage.run();
        setCenter(content);
        setBottom(buttons(model, close));
    }

    private static HBox buttons(WizardModel model, Runnable close) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.workingProperty().or(model.pendingProperty()));
        Label status = new Label();
        status.setId("importStatus");
        status.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.workingProperty().get() || model.pendingProperty().get()) {
                return T.get("status.reading");
            }
            if (model.fileProperty().get() == null) {
                return T.get("status.choose");
            }
            int n = model.problems().size();
            return n == 0 ? T.get("status.ok") : T.get("status.problems", n);
        }, model.workingProperty(), model.pendingProperty(), model.problems(), model.fileProperty()));

        Button cancel = new Button(T.get("button.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            model.cancel();
            close.run();
        });
        Button back = new Button(T.get("button.back"));
        back.setId("importBack");
        back.setOnAction(e -> model.back());
        back.disableProperty().bind(model.pageProperty().isEqualTo(WizardModel.Page.FILE));
        Button next = new Button(T.get("button.next"));
        next.setId("importNext");
        next.setOnAction(e -> model.next());
        // Import is offered on the check page only, once the planner has seen what would be imported.
        next.visibleProperty().bind(model.pageProperty().isNotEqualTo(WizardModel.Page.CHECK));
        next.managedProperty().bind(next.visibleProperty());
        next.defaultButtonProperty().bind(next.visibleProperty());
        Button confirm = new Button(T.get("button.import"));
        confirm.setId("importConfirm");
        confirm.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        confirm.disableProperty().bind(model.canImport().not());
        confirm.visibleProperty().bind(next.visibleProperty().not());
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.defaultButtonProperty().bind(confirm.visibleProperty());
        confirm.setOnAction(e -> {
            if (model.confirm()) {
                close.run();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, spinner, status, gap, cancel, back, next, confirm);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("import-buttons");
        return bar;
    }
}
