package dev.headroom.app.gui.clipboard;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Copy and paste of table cells in Excel's clipboard format ({@link ExcelText}). Installed once on the window's
 * scene: Ctrl+C (⌘C) in any focused table copies its selected cells; Ctrl+V (⌘V) pastes into a table that
 * {@linkplain #allowPaste accepts pastes}. While a cell is being edited the keys are the text field's own.
 */
public final class TableClipboard {

    /** What a table does with pasted text: where the focused cell is, and the text as the clipboard holds it. */
    @FunctionalInterface
    public interface PasteTarget {
        /**
         * @param row    the focused row's index in the table's items (the items' size when there is none)
         * @param column the focused column, or the first visible one when no cell has the focus
         * @param text   the clipboard's text, in Excel's format
         */
        void paste(int row, TableColumn<?, ?> column, String text);
    }

    private static final String PASTE = TableClipboard.class.getName() + ".paste";
    private static final String INSTALLED = TableClipboard.class.getName() + ".installed";
    private static boolean everywhere;
    private static final KeyCombination COPY_KEYS = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_KEYS = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private TableClipboard() {
    }

    /**
     * Lets Ctrl+C and Ctrl+V work in the tables of every window shown from now on (and those showing): the main
     * window, the import wizard, dialogs. Call on the JavaFX thread.
     */
    public static void installEverywhere() {
        if (everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(TableClipboard::install);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TableClipboard::install);
            }
        });
    }

    private static void install(Window window) {
        if (window.getScene() != null) {
            install(window.getScene());
        }
    }

    /** Lets Ctrl+C and Ctrl+V work on the tables of {@code scene} (once, however often it is called). */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focused = scene.getFocusOwner();
            if (!(focused instanceof TableView<?> table) || table.getEditingCell() != null) {
                return;
            }
            if (COPY_KEYS.match(e)) {
                copyToClipboard(table);
                e.consume();
            } else if (PASTE_KEYS.match(e) && table.getProperties().get(PASTE) instanceof PasteTarget target) {
                pasteFromClipboard(table, target);
                e.consume();
            }
        });
    }

    /**
     * Edit › Copy: the focused table's selected cells to the clipboard, as Ctrl+C does; in a text field (or a
     * cell being edited) its selected text. Nothing happens elsewhere.
     */
    public static void copyFocused(Scene scene) {
        Node focused = scene.getFocusOwner();
        if (focused instanceof TableView<?> table && table.getEditingCell() == null) {
            copyToClipboard(table);
        } else if (focused instanceof TextInputControl field) {
            field.copy();
        }
    }

    /**
     * Edit › Paste: the clipboard's cells into the focused table at its focused cell, as Ctrl+V does, when the
     * table takes pastes; in a text field (or a cell being edited) the clipboard's text. Nothing happens elsewhere.
     */
    public static void pasteFocused(Scene scene) {
        Node focused = scene.getFocusOwner();
        if (focused instanceof TableView<?> table && table.getEditingCell() == null) {
            if (table.getProperties().get(PASTE) instanceof PasteTarget target) {
                pasteFromClipboard(table, target);
            }
        } else if (focused instanceof TextInputControl field && field.isEditable()) {
            field.paste();
        }
    }

    private static void copyToClipboard(TableView<?> table) {
        String text = copy(table);
        if (!text.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static void pasteFromClipboard(TableView<?> table, PasteTarget target) {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && !text.isEmpty()) {
            paste(table, target, text);
        }
    }

    /** Marks {@code table} as one that takes pasted cells, handing them to {@code target}. */
    public static void allowPaste(TableView<?> table, PasteTarget target) {
        table.getProperties().put(PASTE, target);
    }

    /** Pastes {@code text} at the table's focused cell, as Ctrl+V does. */
    public static void paste(TableView<?> table, String text) {
        if (table.getProperties().get(PASTE) instanceof PasteTarget target) {
            paste(table, target, text);
        }
    }

    private static void paste(TableView<?> table, PasteTarget target, String text) {
        TablePosition<?, ?> focus = table.getFocusModel().getFocusedCell();
        int row = focus == null || focus.getRow() < 0 ? table.getItems().size() : focus.getRow();
        TableColumn<?, ?> column = focus == null || focus.getTableColumn() == null
                ? table.getVisibleLeafColumn(0) : focus.getTableColumn();
        target.paste(row, column, text);
    }

    /**
     * The table's selected cells as Excel writes them: the smallest block holding every selected cell (cells
     * inside it that are not selected are left empty); with whole rows selected, their visible columns. Rows
     * and columns in the order shown. Empty when nothing is selected.
     */
    public static <S> String copy(TableView<S> table) {
        // The selection model's list is raw in JavaFX's API; each element is a TablePosition of this table.
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        TreeSet<Integer> rows = new TreeSet<>();
        cells.forEach(c -> rows.add(c.getRow()));
        if (rows.isEmpty()) {
            return "";
        }
        List<TableColumn<S, ?>> visible = table.getVisibleLeafColumns();
        int first = 0;
        int last = visible.size() - 1;
        boolean wholeRows = !table.getSelectionModel().isCellSelectionEnabled();
        if (!wholeRows) {
            first = cells.stream().mapToInt(c -> visible.indexOf(c.getTableColumn())).min().orElse(0);
            last = cells.stream().mapToInt(c -> visible.indexOf(c.getTableColumn())).max().orElse(-1);
        }
        List<List<String>> block = new ArrayList<>();
        for (int row = rows.first(); row <= rows.last(); row++) {
            if (wholeRows && !rows.contains(row)) {
                continue;
            }
            List<String> line = new ArrayList<>();
            for (int col = first; col <= last; col++) {
                TableColumn<S, ?> column = visible.get(col);
                boolean selected = wholeRows || table.getSelectionModel().isSelected(row, column);
                line.add(selected ? text(column.getCellData(row)) : "");
            }
            block.add(line);
        }
        return ExcelText.format(block);
    }

    /**
     * A cell's value as Excel should read it: numbers in full, without grouping, so they stay numbers; a value
     * with no text of its own (a row object behind a chart cell) as an empty cell.
     */
    static String text(Object value) {
        if (value == null || !hasOwnText(value)) {
            return "";
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f && Float.isFinite(f)) {
            return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static boolean hasOwnText(Object value) {
        try {
            return value.getClass().getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
