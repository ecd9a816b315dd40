package dev.headroom.app.gui.data;

import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import java.util.function.BiConsumer;

/**
 * A cell of an editable table: shows the text as typed, edits it in a text field (or picks from a list for a
 * column with choices), and is marked, with the problem as its tooltip, while what it says is wrong. Leaving
 * the cell keeps what was typed, as Enter does; only Escape drops it.
 */
final class EditCell<T> extends TableCell<EditRow<T>, String> {

    private static final String PROBLEM = "problem";

    private final Column column;
    private final int index;
    private final BiConsumer<EditRow<T>, String> commit;
    private final ChangeListener<String> onProblem = (o, a, b) -> showProblem();
    private EditRow<T> watched;
    private TextField field;
    private boolean escaped;

    EditCell(Column column, int index, BiConsumer<EditRow<T>, String> commit) {
        this.column = column;
        this.index = index;
        this.commit = commit;
        setContentDisplay(ContentDisplay.TEXT_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        watch(empty ? null : row());
        showProblem();
    }

    private EditRow<T> row() {
        int i = getIndex();
        return getTableView() == null || i < 0 || i >= getTableView().getItems().size() ? null : getTableView().getItems().get(i);
    }

    private void watch(EditRow<T> row) {
        if (watched == row) {
            return;
        }
        if (watched != null) {
            watched.problemProperty(index).removeListener(onProblem);
        }
        watched = row;
        if (row != null) {
            row.problemProperty(index).addListener(onProblem);
        }
    }

    private void showProblem() {
        String problem = watched == null ? "" : watched.problem(index);
        getStyleClass().remove(PROBLEM);
        if (problem.isEmpty()) {
            setTooltip(null);
        } else {
            getStyleClass().add(PROBLEM);
            setTooltip(new Tooltip(problem));
        }
    }

    @Override
    public void startEdit() {
        if (!column.editable() || isEmpty()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        escaped = false;
        if (column.hasChoices()) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(column.choices().get()));
            box.setValue(getItem());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> commitEdit(box.getValue() == null ? "" : box.getValue()));
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    escaped = true;
                    cancelEdit();
                }
            });
            setGraphic(box);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            box.requestFocus();
            box.show();
            return;
        }
        field = new TextField(getItem());
        field.setOnAction(e -> commitEdit(field.getText()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                escaped = true;
                cancelEdit();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                commitEdit(field.getText());
            }
        });
        setGraphic(field);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        field.requestFocus();
        field.selectAll();
    }

    /** Ending the edit by clicking elsewhere keeps the text: the table would otherwise drop it silently. */
    @Override
    public void cancelEdit() {
        TextField typed = field;
        EditRow<T> row = row();
        super.cancelEdit();
        setGraphic(null);
        setContentDisplay(ContentDisplay.TEXT_ONLY);
        field = null;
        if (!escaped && typed != null && row != null && !typed.getText().equals(getItem())) {
            commit.accept(row, typed.getText());
        }
    }

    @Override
    public void commitEdit(String value) {
        field = null;
        super.commitEdit(value);
        setGraphic(null);
        setContentDisplay(ContentDisplay.TEXT_ONLY);
    }
}
