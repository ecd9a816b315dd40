package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of an editable table as the planner typed it: a text per column, a problem per column (empty when the
 * cell is fine), and a problem for the row as a whole. A row is <em>pending</em> while what it says is not in the
 * planning input: it has a problem, or it was added and has not been accepted yet. Its text is kept until the
 * planner corrects it or deletes the row, so nothing typed is lost.
 *
 * @param <T> the input record the row stands for: a pool, a node type, a budget…
 */
public final class EditRow<T> {

    private static final Texts T = Texts.of(EditRow.class);

    private final List<ReadOnlyStringWrapper> texts = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> problems = new ArrayList<>();
    private final ReadOnlyStringWrapper rowProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private T original;

    EditRow(T original, List<String> cells) {
        this.original = original;
        for (String cell : cells) {
            texts.add(new ReadOnlyStringWrapper(cell));
            problems.add(new ReadOnlyStringWrapper(""));
        }
        updatePending();
    }

    /** The item of the input this row shows, or null for a row added and not accepted yet. */
    public T original() {
        return original;
    }

    void accept(T item, List<String> cells) {
        original = item;
        for (int i = 0; i < cells.size(); i++) {
            texts.get(i).set(cells.get(i));
        }
        clearProblems();
    }

    public String text(int column) {
        return texts.get(column).get();
    }

    public ReadOnlyStringProperty textProperty(int column) {
        return texts.get(column).getReadOnlyProperty();
    }

    void setText(int column, String text) {
        texts.get(column).set(text == null ? "" : text);
    }

    /** The texts of every column, in column order. */
    public List<String> texts() {
        return texts.stream().map(ReadOnlyStringWrapper::get).toList();
    }

    /** What is wrong with the cell, in words; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty(int column) {
        return problems.get(column).getReadOnlyProperty();
    }

    public String problem(int column) {
        return problems.get(column).get();
    }

    /** What is wrong with the row as a whole (a cross-check of the input); empty when nothing is. */
    public ReadOnlyStringProperty rowProblemProperty() {
        return rowProblem.getReadOnlyProperty();
    }

    public String rowProblem() {
        return rowProblem.get();
    }

    /** Whether what the row says is not (yet) in the input. */
    public boolean isPending() {
        return pending.get();
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** Every problem of the row, one a line; empty when it has none. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void clearProblems() {
        problems.forEach(p -> p.set(""));
        rowProblem.set("");
        updatePending();
    }

    void showProblems(Map<Integer, String> byColumn, String forRow) {
        problems.forEach(p -> p.set(""));
        byColumn.forEach((column, problem) -> problems.get(column).set(problem));
        rowProblem.set(forRow == null ? "" : forRow);
        updatePending();
    }

    private void updatePending() {
        List<String> all = new ArrayList<>();
        problems.stream().map(ReadOnlyStringWrapper::get).filter(p -> !p.isEmpty()).forEach(all::add);
        if (!rowProblem.get().isEmpty()) {
            all.add(rowProblem.get());
        }
        if (original == null && all.isEmpty()) {
            all.add(T.get("row.pending"));
        }
        summary.set(String.join("\n", all));
        pending.set(original == null || !all.isEmpty());
    }
}
