package dev.headroom.app.gui.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs as JavaFX windows owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Texts T = Texts.of(FxDialogService.class);

    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogService(Supplier<Window> owner) {
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
        text.setId("errorText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, (int) message.lines().count() + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner.get()).text(message).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(5)).showInformation();
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.YES);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yesButton, noButton);
        alert.initOwner(owner.get());
        alert.setTitle("Headroom");
        alert.setHeaderText(title);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            ButtonBar.ButtonData role = i == 0 ? ButtonBar.ButtonData.YES
                    : i == answers.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.NO;
            buttons.add(new ButtonType(answers.get(i), role));
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner.get());
        alert.setTitle("Headroom");
        alert.setHeaderText(title);
        return alert.showAndWait().map(ButtonType::getText);
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        PasswordField field = new PasswordField();
        field.setId("secretField");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle("Headroom");
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(new VBox(8, text, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(e -> field.requestFocus());
        // The typed text is copied out once and the field emptied, so the secret does not stay in the dialog.
        dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Optional<char[]> secret = dialog.showAndWait();
        field.clear();
        return secret;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        FileChooser chooser = chooser(title, kind);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get())).map(p -> withExtension(p, kind));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(owner.get());
        if (dir != null) {
            lastFolder = dir;
        }
        return Optional.ofNullable(dir).map(File::toPath);
    }

    private FileChooser chooser(String title, FileKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter(T.get("files.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file != null) {
            lastFolder = file.getParentFile();
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** GTK's save dialog returns the name as typed; a name without an extension gets the kind's. */
    static Path withExtension(Path p, FileKind kind) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + kind.defaultExtension());
    }
}
