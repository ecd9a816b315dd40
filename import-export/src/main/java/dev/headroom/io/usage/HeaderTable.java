package dev.headroom.io.usage;

import dev.headroom.io.table.Place;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.List;

/** A table of headers alone, for finding the columns before the rows are read. */
final class HeaderTable implements Table {
    private final String sheet;
    private final List<String> headers;

    HeaderTable(String sheet, List<String> headers) {
        this.sheet = sheet == null ? "" : sheet;
        this.headers = headers.stream().map(h -> h == null ? "" : h.strip()).toList();
    }

    @Override
    public String sheet() {
        return sheet;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public TableCell headerCell(int column) {
        return TableCell.ofText(new Place(sheet, 0, "", ""), column >= 0 && column < headers.size()
                ? headers.get(column) : "");
    }

    @Override
    public Iterable<TableRow> rows() {
        return List.of();
    }

    @Override
    public void close() {
        // Nothing is open.
    }
}
