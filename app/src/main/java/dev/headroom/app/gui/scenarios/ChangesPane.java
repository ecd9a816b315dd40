package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.access.Spoken;
import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.io.project.ScenarioRow;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The selected scenario's changes as an editable table (the columns of the Scenarios sheet), its description,
 * and what is wrong with them in words. Every edit goes to the {@link ScenarioEditor}, which stores the scenario
 * once it is valid.
 */
final class ChangesPane extends VBox {

    private static final Texts T = Texts.of(ChangesPane.class);

    private static final List<String> KINDS = List.copyOf(new TreeSet<>(ScenarioRow.CHANGES));

    ChangesPane(ScenarioEditor editor, ObservableBooleanValue idle) {
        setId("changesPane");
        setSpacing(8);
        setPadding(new Insets(0, 0, 8, 12));
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> editor.scenarioProperty().get().isEmpty() ? T.get("changes")
                        : T.get("changes.of", editor.scenarioProperty().get()), editor.scenarioProperty()));
        Label hint = new Label(T.get("changes.baselineHint"));
        hint.getStyleClass().add("text-muted");
        hint.visibleProperty().bind(editor.editableProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());

        TextField description = new TextField();
        description.setId("scenarioDescription");
        Spoken.SCENARIO_DESCRIPTION.on(description);
        description.setPromptText(T.get("changes.description.prompt"));
        editor.descriptionProperty().addListener((o, a, d) -> description.setText(d));
        description.setText(editor.descriptionProperty().get());
        description.setOnAction(e -> editor.describe(description.getText()));
        description.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                editor.describe(description.getText());
            }
        });
        description.disableProperty().bind(editor.editableProperty().not());

        TableView<ScenarioRow> table = new TableView<>(editor.rows());
        table.setId("changeTable");
        title.setLabelFor(table);
        table.setEditable(true);
        table.editableProperty().bind(editor.editableProperty().and(idle));
        table.setPlaceholder(new Label(T.get("changes.none")));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ScenarioRow, String> kind = column(editor, table, T.get("changes.column.change"), ScenarioRow::change,
                (r, v) -> new ScenarioRow(v, r.target(), r.value(), r.from(), r.copyOf(), r.pool()));
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(KINDS)));
        table.getColumns().add(kind);
        table.getColumns().add(column(editor, table, T.get("changes.column.target"), ScenarioRow::target,
                (r, v) -> new ScenarioRow(r.change(), v, r.value(), r.from(), r.copyOf(), r.pool())));
        table.getColumns().add(column(editor, table, T.get("changes.column.value"), ScenarioRow::value,
                (r, v) -> new ScenarioRow(r.change(), r.target(), v, r.from(), r.copyOf(), r.pool())));
        table.getColumns().add(column(editor, table, T.get("changes.column.from"), ScenarioRow::from,
                (r, v) -> new ScenarioRow(r.change(), r.target(), r.value(), v, r.copyOf(), r.pool())));
        table.getColumns().add(column(editor, table, T.get("changes.column.copyOf"), ScenarioRow::copyOf,
                (r, v) -> new ScenarioRow(r.change(), r.target(), r.value(), r.from(), v, r.pool())));
        table.getColumns().add(column(editor, table, T.get("changes.column.pool"), ScenarioRow::pool,
                (r, v) -> new ScenarioRow(r.change(), r.target(), r.value(), r.from(), r.copyOf(), v)));
        table.setTooltip(new Tooltip(T.get("changes.tooltip")));
        VBox.setVgrow(table, Priority.ALWAYS);

        MenuButton add = new MenuButton(T.get("changes.add"));
        add.setId("addChangeButton");
        for (String k : KINDS) {
            MenuItem item = new MenuItem(k);
            item.setOnAction(e -> editor.add(k));
            add.getItems().add(item);
        }
        add.disableProperty().bind(editor.editableProperty().and(idle).not());
        Button remove = ScenariosView.button("removeChangeButton", T.get("changes.remove"), T.get("changes.remove.tooltip"),
                () -> editor.remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(editor.editableProperty().and(idle).not()));
        HBox actions = new HBox(8, add, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        ListView<String> problems = new ListView<>(editor.problems());
        problems.setId("changeProblems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setPrefHeight(72);
        problems.setMinHeight(48);
        problems.visibleProperty().bind(Bindings.isNotEmpty(editor.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        getChildren().addAll(title, hint, description, table, actions, problems);
    }

    private static TableColumn<ScenarioRow, String> column(ScenarioEditor editor, TableView<ScenarioRow> table,
                                                           String title, Function<ScenarioRow, String> get,
                                                           BiFunction<ScenarioRow, String, ScenarioRow> set) {
        TableColumn<ScenarioRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(get.apply(cell.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> editor.edit(e.getTablePosition().getRow(), set.apply(e.getRowValue(), e.getNewValue())));
        c.setSortable(false);
        return c;
    }
}
