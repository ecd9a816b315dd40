package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Page 1: the file, the sheet of a workbook, and its first rows as they stand. */
final class FilePage {

    private static final Texts T = Texts.of(FilePage.class);
    private FilePage() {
    }

    static Node of(WizardModel model) {
        Label fileLabel = new Label(T.get("file.file"));
        fileLabel.getStyleClass().add("form-label");
        Label file = new Label();
        file.setId("importFile");
        file.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? T.get("file.none")
                : model.fileProperty().get().toString(), model.fileProperty()));
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(T.get("file.choose"));
        choose.setId("importChooseFile");
        choose.setOnAction(e -> model.chooseFile());
        Button prometheus = new Button(T.get("file.fromPrometheus"));
        prometheus.setId("importFromPrometheus");
        prometheus.setTooltip(new javafx.scene.control.Tooltip(T.get("file.fromPrometheus.tip")));
        prometheus.setOnAction(e -> model.fromPrometheus());
        prometheus.visibleProperty().bind(model.offersPrometheus());
        prometheus.managedProperty().bind(prometheus.visibleProperty());
        HBox fileRow = new HBox(12, fileLabel, file, choose, prometheus);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        Label sheetLabel = new Label(T.get("file.sheet"));
        sheetLabel.getStyleClass().add("form-label");
        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("importSheet");
        sheet.valueProperty().bindBidirectional(model.edits().sheetProperty());
        sheet.setPrefWidth(260);
        Label source = new Label();
        source.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        source.textProperty().bind(Bindings.createStringBinding(() -> model.previewProperty().get() == null ? ""
                : describe(model), model.previewProperty()));
        // A text file has no sheets: the line then only says how the file is written.
        sheetLabel.visibleProperty().bind(Bindings.isNotEmpty(model.sheets()));
        sheetLabel.managedProperty().bind(sheetLabel.visibleProperty());
        sheet.visibleProperty().bind(sheetLabel.visibleProperty());
        sheet.managedProperty().bind(sheetLabel.visibleProperty());
        HBox sheetRow = new HBox(12, sheetLabel, sheet, source);
        sheetRow.setAlignment(Pos.CENTER_LEFT);

        Label fileProblem = Problems.banner(model, true);
        Label hint = new Label(T.get("file.hint"));
        hint.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        Node preview = PreviewTable.of(model, "importPreview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox page = new VBox(12, fileRow, sheetRow, fileProblem, hint, preview);
        page.setPadding(new Insets(16));
        return page;
    }

    private static String describe(WizardModel model) {
        var p = model.previewProperty().get();
        String rows = T.get(p.more() ? "file.firstRows" : "file.rows", p.rows().size());
        String header = p.headerRow() == 0 ? T.get("file.noHeader") : T.get("file.headerRow", p.headerRow());
        return T.get("file.describe", p.source(), rows, header);
    }
}
