package dev.headroom.io.table;

import java.util.List;

/**
 * The physical rows of one sheet or text file, pulled one at a time. Each format (xlsx, xls, ods,
 * csv) supplies one; {@link RowTable} puts the shared rules for headers and blank rows on top.
 */
interface RowSource extends AutoCloseable {

    /** Excel's own limit (column XFD); a row claiming more columns is damaged or hostile. */
    int MAX_COLUMNS = 16_384;

    /**
     * The cells of the next row, indexed by column (null where the row has no cell), or null at the
     * end of the sheet or when it cannot be read on (a problem has then been added).
     */
    List<TableCell> next();

    /** The 1-based number of the row last returned by {@link #next()}. */
    int row();

    /** The sheet's name; empty for a text file. */
    String sheet();

    /** How a person names a column: a letter in a sheet, a number in a text file. */
    String columnLabel(int column);

    @Override
    void close();
}
