package dev.headroom.app.gui.data;

import dev.headroom.app.gui.clipboard.ExcelText;
import dev.headroom.app.gui.clipboard.PasteWords;
import dev.headroom.app.gui.clipboard.TableClipboard;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.List;

/**
 * An editable table of the input: Add and Delete above it, what became of the last edit beside them, a row
 * still pending tinted and its problems in its tooltip. The columns follow the table's (node types get one per
 * resource), rebuilt when they change.
 */
final class TableEditor<T> extends VBox {

    private static final Texts T = Texts.of(TableEditor.class);

    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");
    /** A column header's padding on both sides, with a little room to spare. */
    private static final double HEADER_PADDING = 30;

    private final EditableTable<T> table;
    private final TableView<EditRow<T>> view;
    private List<Column> shownColumns = List.of();

    /**
     * @param id    the table's id for tests, e.g. {@code nodeTypesTable}; its buttons get {@code …Add}, {@code …Delete}
     * @param rows  the rows to show (the table's own, or a filtered view of them)
     * @param what  what a row is, for the buttons' tooltips ("node type")
     */
    TableEditor(String id, EditableTable<T> table, ObservableList<EditRow<T>> rows, String what) {
        this.table = table;
        this.view = new TableView<>(rows);
        view.setId(id);
        view.setEditable(true);
        view.setPlaceholder(new Label(table.emptyText()));
        view.setAccessibleHelp(table.description());
        view.setRowFactory(v -> new PendingRow<>());
        view.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        // Cells, not rows, are selected, so that a block can be copied to Excel and pasted back.
        view.getSelectionModel().setCellSelectionEnabled(true);
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableClipboard.allowPaste(view, (row, column, text) -> paste(row, column, text));
        setSpacing(8);
        setPadding(new Insets(12));

        Label message = new Label();
        message.setId(id + "Message");
        message.getStyleClass().add("data-message");
        message.setWrapText(true);
        message.textProperty().bind(table.messageProperty());
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (table.canAddAndDelete()) {
            Button add = new Button(T.get("button.add", what));
            add.setId(id + "Add");
            add.setOnAction(e -> {
                EditRow<T> row = table.add();
                view.getSelectionModel().select(row);
                view.scrollTo(row);
            });
            Button delete = new Button(T.get("button.delete", what));
            delete.setId(id + "Delete");
            delete.setTooltip(new Tooltip(T.get("button.delete.tooltip")));
            delete.disableProperty().bind(view.getSelectionModel().selectedItemProperty().isNull());
            delete.setOnAction(e -> {
                EditRow<T> row = view.getSelectionModel().getSelectedItem();
                if (row != null) {
                    table.delete(row);
                }
            });
            bar.getChildren().addAll(add, delete);
        }
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.getChildren().add(message);
        if (!table.canAddAndDelete()) {
            // Without buttons the bar is there only to say why an edit was refused.
            bar.visibleProperty().bind(message.textProperty().isNotEmpty());
            bar.managedProperty().bind(bar.visibleProperty());
        }
        Label description = new Label(table.description());
        description.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        description.setWrapText(true);
        getChildren().addAll(description, bar, view);
        VBox.setVgrow(view, Priority.ALWAYS);
        rebuildColumns();
        table.rows().addListener((javafx.collections.ListChangeListener<EditRow<T>>) c -> rebuildColumns());
    }

    TableView<EditRow<T>> tableView() {
        return view;
    }

    /** Pastes Excel's cells at the focused cell of the rows shown; a refused paste says why above the table. */
    private void paste(int row, TableColumn<?, ?> column, String text) {
        if (!(column.getUserData() instanceof Integer first)) {
            table.say(PasteWords.notInput(column.getGraphic() instanceof Label l ? l.getText() : column.getText()));
            return;
        }
        List<String> problems;
        try {
            problems = Paste.paste(table, view.getItems(), row, first, ExcelText.parse(text));
        } catch (IllegalArgumentException e) {
            problems = List.of(Messages.of(e));
        }
        table.say(problems.isEmpty() ? "" : PasteWords.refused(problems));
    }

    private void rebuildColumns() {
        List<Column> columns = table.columns();
        if (columns.stream().map(Column::header).toList().equals(shownColumns.stream().map(Column::header).toList())) {
            return;
        }
        List<TableColumn<EditRow<T>, ?>> extra = view.getColumns().subList(Math.min(shownColumns.size(),
                view.getColumns().size()), view.getColumns().size()).stream().toList();
        shownColumns = columns;
        view.getColumns().clear();
        for (int i = 0; i < columns.size(); i++) {
            view.getColumns().add(column(columns.get(i), i));
        }
        view.getColumns().addAll(extra);
    }

    private TableColumn<EditRow<T>, String> column(Column c, int index) {
        TableColumn<EditRow<T>, String> col = new TableColumn<>();
        Label header = new Label(c.header());
        if (!c.hint().isEmpty()) {
            header.setTooltip(new Tooltip(c.hint()));
        }
        col.setGraphic(header);
        col.setCellValueFactory(d -> d.getValue().textProperty(index));
        col.setCellFactory(x -> new EditCell<>(c, index, (row, text) -> table.edit(row, index, text)));
        col.setOnEditCommit(e -> table.edit(e.getRowValue(), index, e.getNewValue() == null ? "" : e.getNewValue()));
        col.setEditable(c.editable());
        col.setSortable(false);
        // Pasted blocks fill the columns in the table's order; the column's index tells a paste where it is.
        col.setReorderable(false);
        col.setUserData(index);
        if (c.numeric()) {
            col.getStyleClass().add("numeric");
        }
        if (c.width() > 0) {
            col.setPrefWidth(c.width());
        }
        fitHeader(col, header);
        return col;
    }

    /**
     * Keeps a column at least as wide as its header in the font the theme gives it (known only once the theme's
     * CSS is applied, hence the binding): a cut header leaves the planner guessing what the column is.
     */
    static void fitHeader(TableColumn<?, ?> col, Label header) {
        DoubleBinding width = Bindings.createDoubleBinding(() -> {
            double widest = 0;
            for (String line : header.getText().split("\n")) {
                // Headers are drawn bold, whatever font the label itself reports.
                Text text = new Text(line);
                text.setFont(Font.font(header.getFont().getFamily(), FontWeight.BOLD, header.getFont().getSize()));
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
            return Math.ceil(widest) + HEADER_PADDING;
        }, header.fontProperty(), header.textProperty());
        col.minWidthProperty().bind(width);
        col.setPrefWidth(Math.max(col.getPrefWidth(), width.get()));
        width.addListener((o, a, w) -> col.setPrefWidth(Math.max(col.getPrefWidth(), w.doubleValue())));
    }

    /** Tints a row not (yet) in the input and tells why in its tooltip. */
    private static final class PendingRow<T> extends TableRow<EditRow<T>> {
        private final Tooltip tip = new Tooltip();
        private final ChangeListener<Boolean> onPending = (o, a, now) -> show();
        private EditRow<T> watched;

        @Override
        protected void updateItem(EditRow<T> row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.pendingProperty().removeListener(onPending);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.pendingProperty().addListener(onPending);
            }
            show();
        }

        private void show() {
            boolean pending = watched != null && watched.isPending();
            pseudoClassStateChanged(PENDING, pending);
            tip.textProperty().unbind();
            if (pending) {
                tip.textProperty().bind(watched.summaryProperty());
            }
            setTooltip(pending ? tip : null);
        }
    }
}
