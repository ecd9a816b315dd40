package dev.headroom.io.table;

import java.util.OptionalInt;

/** One data row of a {@link Table}. */
public interface TableRow {

    /** The 1-based row number as a spreadsheet program (or a text editor, for CSV) shows it. */
    int number();

    /** The cell in a column; a blank cell when the row has none there. */
    TableCell cell(int column);

    /** The cell in a column that may be absent; blank when it is. */
    default TableCell cell(OptionalInt column) {
        return cell(column.orElse(-1));
    }

    /** Columns up to and including the last one this row has a cell in. */
    int width();
}
