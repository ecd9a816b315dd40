package dev.headroom.app.gui.help;

import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.access.TextSize;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * Help › About Headroom: the version and licence, the runtime, and a table of the libraries shipped with their
 * versions and licences (cells copy with Ctrl+C, as in every table, e.g. a licence's address to open elsewhere).
 */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner, About about) {
        initOwner(owner);
        setTitle(about.title());
        setHeaderText(about.heading());
        setResizable(true);
        Label description = new Label(about.description());
        description.setWrapText(true);
        // A wrapped label in a dialog is otherwise given one line's height and cut with an ellipsis.
        description.setMinHeight(Region.USE_PREF_SIZE);
        Label runtime = new Label(about.runtime());
        runtime.setWrapText(true);
        runtime.getStyleClass().add(Styles.TEXT_MUTED);
        Label heading = new Label(about.librariesHeading());
        heading.getStyleClass().add(Styles.TITLE_4);
        TableView<Libraries.Library> table = new TableView<>(FXCollections.observableList(about.libraries()));
        table.setId("aboutLibraries");
        table.getStyleClass().add(Styles.DENSE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setAccessibleText(about.librariesHeading());
        heading.setLabelFor(table);
        table.getColumns().add(column(About.column("name"), Libraries.Library::name, 19));
        table.getColumns().add(column(About.column("version"), Libraries.Library::version, 7));
        table.getColumns().add(column(About.column("licence"), About::licence, 17));
        table.getColumns().add(column(About.column("url"), Libraries.Library::url, 18));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox content = new VBox(10, description, runtime, heading, table);
        content.setId("aboutContent");
        // In em of the window's font, so the box grows with the system's text size.
        double em = TextSize.rootSize();
        content.setPrefSize(64 * em, 34 * em);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getDialogPane().setContent(content);
        // The theme keeps dialogs to 600px, too narrow for the table: the box is sized in em once shown.
        getDialogPane().setMaxWidth(Double.MAX_VALUE);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnShown(e -> {
            setWidth(66 * em);
            setHeight(42 * em);
        });
    }

    /** Shows the box for the running application and waits until it is closed. */
    public static void show(Window owner, java.nio.file.Path logs) {
        new AboutDialog(owner, About.ofThisBuild(logs)).showAndWait();
    }

    private static TableColumn<Libraries.Library, String> column(String title,
            Function<Libraries.Library, String> value, double ems) {
        TableColumn<Libraries.Library, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(ems * TextSize.rootSize());
        return c;
    }
}
