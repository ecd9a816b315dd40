package dev.headroom.app.gui.clipboard;

import dev.headroom.app.gui.workspace.Texts;

import java.util.List;

/**
 * What a paste into a table says, in the window's language: the edit's name for Undo, and each problem of a
 * refused block named by row, column and value.
 */
public final class PasteWords {

    private static final Texts T = Texts.of(PasteWords.class);

    private PasteWords() {
    }

    /** The edit as Edit › Undo names it: "paste 3 rows". */
    public static String edit(int rows) {
        return T.get("paste.edit", rows);
    }

    /** A block longer than a table that cannot add rows. */
    public static String cannotGrow(int tableRows, int blockRows, int fromRow) {
        return T.get("paste.cannotGrow", tableRows, blockRows, fromRow);
    }

    /** A block wider than the columns from where it lands. */
    public static String tooWide(int blockColumns, String fromColumn, int columnsLeft) {
        return T.get("paste.tooWide", blockColumns, fromColumn, columnsLeft);
    }

    /** A cell's problem, after its row, column and value as pasted. */
    public static String cell(int row, String column, String value, String problem) {
        String shown = value == null ? "" : value.strip();
        return shown.isEmpty() ? T.get("paste.cell.empty", row, column, problem)
                : T.get("paste.cell", row, column, shown, problem);
    }

    /** A pasted value in a column that cannot be edited. */
    public static String readOnly(int row, String column, String value) {
        return cell(row, column, value, T.get("paste.readOnly", column));
    }

    /** A problem of a row as a whole (a cross-check of the input). */
    public static String row(int row, String problem) {
        return T.get("paste.row", row, problem);
    }

    /** A paste landing in a column that is not part of the input (a sparkline's). */
    public static String notInput(String column) {
        return T.get("paste.notInput", column);
    }

    /** The problems of a refused paste, one a line, after saying that nothing was pasted. */
    public static String refused(List<String> problems) {
        return T.get("paste.refused", String.join("\n", problems));
    }
}
