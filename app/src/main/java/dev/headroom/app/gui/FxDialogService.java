package dev.headroom.app.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs as JavaFX windows owned by the main window. */
final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Headroom");
        alert.setHeaderText(title);
        // Import problems can be many lines; a read-only text area keeps them selectable and scrollable.
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, (int) message.lines().count() + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a planning workbook");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Planning workbooks", "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
