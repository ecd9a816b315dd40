package dev.headroom.app.gui.data;

import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Settings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The settings as a form: one field per setting, its problem in words beside it while it has one;
 * whether moves between pools are allowed is a check box.
 */
final class SettingsView extends VBox {

    private static final Texts T = Texts.of(SettingsView.class);

    private static final String PROBLEM = "problem";
    private static final String ALLOW_MOVES = "allowMoves";
    private static final List<String> IDS = List.of("frequency", "horizon", "planStart", "sizingQuantile", "timeLimit",
            "seed", "threads", "allowMoves", "moveCost");

    private final SettingsTable table;
    private final List<TextField> fields = new ArrayList<>();
    private final List<Label> problems = new ArrayList<>();

    SettingsView(SettingsTable table) {
        this.table = table;
        setId("settingsForm");
        setSpacing(12);
        setPadding(new Insets(16));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            int column = i;
            Label label = new Label(columns.get(i).header());
            if (!columns.get(i).hint().isEmpty()) {
                // The field's own tooltip says its problem; what the setting means goes on its label.
                label.setTooltip(new Tooltip(columns.get(i).hint()));
            }
            TextField field = new TextField();
            field.setId("setting-" + IDS.get(i));
            field.setPrefColumnCount(14);
            field.setEditable(columns.get(i).editable());
            if (!columns.get(i).editable()) {
                field.getStyleClass().add("read-only");
                field.setFocusTraversable(false);
                field.setTooltip(new Tooltip(T.get("settings.frequency.tooltip")));
            }
            field.setOnAction(e -> commit(column));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commit(column);
                }
            });
            Label problem = new Label();
            problem.getStyleClass().add("data-message");
            problem.setId("setting-" + IDS.get(i) + "-problem");
            fields.add(field);
            problems.add(problem);
            if (IDS.get(i).equals(ALLOW_MOVES)) {
                // The field is kept, unseen, as the box's text: "true" or "false", as in the workbook.
                CheckBox box = new CheckBox();
                box.setId("setting-" + ALLOW_MOVES);
                field.textProperty().addListener((o, was, text) -> box.setSelected(Boolean.parseBoolean(text)));
                box.setOnAction(e -> {
                    field.setText(Boolean.toString(box.isSelected()));
                    commit(column);
                });
                label.setLabelFor(box);
                grid.addRow(i, label, box, problem);
            } else {
                label.setLabelFor(field);
                grid.addRow(i, label, field, problem);
            }
        }
        Label note = new Label(T.get("settings.note"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        getChildren().addAll(grid, note);
        show();
        table.rows().addListener((ListChangeListener<EditRow<Settings>>) c -> show());
    }

    private EditRow<Settings> row() {
        return table.rows().isEmpty() ? null : table.rows().getFirst();
    }

    private void commit(int column) {
        EditRow<Settings> row = row();
        if (row != null && table.columns().get(column).editable()) {
            table.edit(row, column, fields.get(column).getText());
        }
    }

    private void show() {
        EditRow<Settings> row = row();
        if (row == null) {
            return;
        }
        for (int i = 0; i < fields.size(); i++) {
            int column = i;
            TextField field = fields.get(i);
            field.setText(row.text(i));
            row.textProperty(i).addListener((o, a, text) -> {
                if (row() == row) {
                    field.setText(text);
                }
            });
            problems.get(i).textProperty().bind(row.problemProperty(i));
            mark(field, row.problem(i));
            row.problemProperty(i).addListener((o, a, p) -> {
                if (row() == row) {
                    mark(fields.get(column), p);
                }
            });
        }
    }

    private static void mark(TextField field, String problem) {
        field.getStyleClass().remove(PROBLEM);
        field.setTooltip(problem.isEmpty() ? null : new Tooltip(problem));
        if (!problem.isEmpty()) {
            field.getStyleClass().add(PROBLEM);
        }
    }
}
