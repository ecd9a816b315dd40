package dev.headroom.app.gui.start;


import dev.headroom.app.gui.workspace.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The start page: how to begin on the left, recent projects on the right. */
public final class StartView extends HBox {

    private static final Texts T = Texts.of(StartView.class);

    private static final double TEXT_WIDTH = 440;

    public StartView(StartViewModel vm) {
        setId("startView");
        setSpacing(48);
        setPadding(new Insets(48));
        setAlignment(Pos.TOP_LEFT);

        Label title = new Label("Headroom");
        title.getStyleClass().add("title-1");
        Label tagline = new Label(T.get("tagline"));
        tagline.setPrefWidth(TEXT_WIDTH);
        tagline.getStyleClass().add("text-muted");
        tagline.setWrapText(true);
        tagline.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Button sample = action("sampleButton", T.get("sample"), T.get("sample.detail"), vm::openSample);
        Button open = action("openButton", T.get("open"), T.get("open.detail"), vm::open);
        Button fromSheet = action("newFromSpreadsheetButton", T.get("fromSpreadsheet"),
                T.get("fromSpreadsheet.detail"),
                vm::newFromSpreadsheet);
        fromSheet.setVisible(vm.canImport());
        fromSheet.setManaged(vm.canImport());
        Button fromPrometheus = action("newFromPrometheusButton", T.get("fromPrometheus"),
                T.get("fromPrometheus.detail"), vm::newFromPrometheus);
        fromPrometheus.setVisible(vm.canImportFromPrometheus());
        fromPrometheus.setManaged(vm.canImportFromPrometheus());
        VBox begin = new VBox(12, title, tagline, sample, open, fromSheet, fromPrometheus);
        begin.setPrefWidth(TEXT_WIDTH + 40);
        begin.setMinWidth(320);

        Label recentTitle = new Label(T.get("recent"));
        recentTitle.getStyleClass().add("title-4");
        ListView<StartViewModel.RecentProject> recent = new ListView<>(vm.recentProjects());
        recent.setId("recentProjects");
        recentTitle.setLabelFor(recent);
        recent.setPlaceholder(new Label(T.get("recent.none")));
        recent.setCellFactory(list -> new RecentCell());
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(vm, recent);
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(vm, recent);
            }
        });
        VBox recentBox = new VBox(8, recentTitle, recent);
        VBox.setVgrow(recent, Priority.ALWAYS);
        HBox.setHgrow(recentBox, Priority.ALWAYS);
        getChildren().addAll(begin, recentBox);
    }

    private static void openSelected(StartViewModel vm, ListView<StartViewModel.RecentProject> recent) {
        StartViewModel.RecentProject p = recent.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.openRecent(p);
        }
    }

    private static Button action(String id, String text, String detail, Runnable onAction) {
        Label head = new Label(text);
        head.getStyleClass().add("title-4");
        Label sub = new Label(detail);
        sub.getStyleClass().add("text-muted");
        // One line each: a wrapping label inside a button makes the button ask for the wrong height.
        sub.setWrapText(false);
        Button b = new Button(null, new VBox(2, head, sub));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> onAction.run());
        // The button's words are in labels of its graphic, which a screen reader does not read as its name.
        b.setAccessibleText(head.getText());
        b.setAccessibleHelp(sub.getText());
        return b;
    }

    /** Name in bold, folder below; a project whose file is gone says so. */
    private static final class RecentCell extends ListCell<StartViewModel.RecentProject> {
        @Override
        protected void updateItem(StartViewModel.RecentProject p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(p.name());
            name.setStyle("-fx-font-weight: bold;");
            Label folder = new Label(p.exists() ? p.folder() : T.get("recent.missing", p.folder()));
            folder.getStyleClass().add("text-muted");
            setGraphic(new VBox(2, name, folder));
            setText(null);
        }
    }
}
