package dev.headroom.io.table;

import java.util.List;
import java.util.function.IntFunction;

/** Rows already read, given again as a {@link RowSource}: the preview finds its header on them. */
final class ListRows implements RowSource {
    private final String sheet;
    private final List<SheetPreview.Row> rows;
    private final List<List<TableCell>> cells;
    private final IntFunction<String> labels;
    private int index = -1;

    ListRows(String sheet, List<SheetPreview.Row> rows, List<List<TableCell>> cells, IntFunction<String> labels) {
        this.sheet = sheet;
        this.rows = rows;
        this.cells = cells;
        this.labels = labels;
    }

    @Override
    public List<TableCell> next() {
        if (index + 1 >= rows.size()) {
            index = rows.size();
            return null;
        }
        index++;
        return cells.get(index);
    }

    @Override
    public int row() {
        return index < 0 ? 0 : index < rows.size() ? rows.get(index).number() : rows.isEmpty() ? 0
                : rows.getLast().number();
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public String columnLabel(int column) {
        return labels.apply(column);
    }

    @Override
    public void close() {
        // Nothing is held open: the rows are in memory.
    }
}
