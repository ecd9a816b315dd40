package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.clipboard.PasteWords;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A block of cells pasted into an editable table (from Excel, or copied from the table itself): the block's top
 * left cell lands on the focused cell, each of its rows on the table's next row, rows added below the last one
 * where the table lets rows be added. Every cell is read as if it had been typed, and the paste is all or
 * nothing: one bad cell refuses the whole block, with every problem named by row, column and value, and an
 * accepted paste is one edit, undone as one.
 */
final class Paste {

    private Paste() {
    }

    /**
     * Pastes {@code block} into {@code table}.
     *
     * @param shown       the rows as the table shows them (all, or those a filter lets through); the row numbers
     *                    in problems count these from 1, as the planner sees them
     * @param firstRow    the index in {@code shown} of the row the block's first row lands on; {@code shown.size()}
     *                    to add every row
     * @param firstColumn the index in {@link EditableTable#columns()} of the block's first column
     * @return the problems, one a line, each naming row, column and value; empty when the block was pasted
     */
    static <T> List<String> paste(EditableTable<T> table, List<EditRow<T>> shown, int firstRow, int firstColumn,
                                  List<List<String>> block) {
        List<String> problems = new ArrayList<>();
        List<Column> columns = table.columns();
        int added = Math.max(0, firstRow + block.size() - shown.size());
        if (added > 0 && !table.canAddAndDelete()) {
            problems.add(PasteWords.cannotGrow(shown.size(), block.size(), firstRow + 1));
        }
        int widest = block.stream().mapToInt(List::size).max().orElse(0);
        if (firstColumn + widest > columns.size()) {
            problems.add(PasteWords.tooWide(widest, columns.get(firstColumn).header(), columns.size() - firstColumn));
        }
        if (!problems.isEmpty() || block.isEmpty()) {
            return problems;
        }
        Project start = table.edits().project();
        Project p = start;
        List<EditRow<T>> targets = new ArrayList<>();
        List<T> pasted = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            EditRow<T> row = firstRow + i < shown.size() ? shown.get(firstRow + i) : null;
            List<String> texts = new ArrayList<>(row == null ? table.newRow(p.input()) : row.texts());
            int number = firstRow + i + 1;
            List<String> cells = block.get(i);
            for (int j = 0; j < cells.size(); j++) {
                Column column = columns.get(firstColumn + j);
                String text = cells.get(j);
                if (!column.editable() && !text.strip().equals(texts.get(firstColumn + j).strip())) {
                    problems.add(PasteWords.readOnly(number, column.header(), text));
                }
                texts.set(firstColumn + j, text);
            }
            T original = row == null ? null : row.original();
            List<T> items = new ArrayList<>(table.items(p.input()));
            int at = original == null ? -1 : items.indexOf(original);
            List<T> others = new ArrayList<>(items);
            if (at >= 0) {
                others.remove(at);
            }
            RowReader reader = new RowReader(texts);
            T item;
            try {
                item = table.read(reader, p.input(), original, others);
            } catch (IllegalArgumentException e) {
                problems.add(PasteWords.row(number, Messages.of(e)));
                continue;
            }
            if (!reader.ok()) {
                reader.problems().forEach((c, problem) ->
                        problems.add(PasteWords.cell(number, columns.get(c).header(), texts.get(c), problem)));
                continue;
            }
            if (at >= 0) {
                items.set(at, item);
            } else {
                items.add(item);
            }
            try {
                p = table.edited(p, original, item, items);
            } catch (InvalidInputException e) {
                problems.add(PasteWords.row(number, e.problems().stream().map(InputProblem::message)
                        .collect(Collectors.joining("; "))));
                continue;
            } catch (IllegalArgumentException e) {
                problems.add(PasteWords.row(number, Messages.of(e)));
                continue;
            }
            if (row != null) {
                targets.add(row);
                pasted.add(item);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!p.equals(start)) {
            // The rows pasted over show their new items, so the table keeps them rather than adding twins.
            List<T> now = table.items(p.input());
            for (int i = 0; i < targets.size(); i++) {
                if (now.contains(pasted.get(i))) {
                    targets.get(i).accept(pasted.get(i), table.cells(pasted.get(i)));
                }
            }
            table.edits().apply(PasteWords.edit(block.size()), p);
        }
        return problems;
    }
}
