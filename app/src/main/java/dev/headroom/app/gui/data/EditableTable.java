package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.io.project.Project;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One list of the planning input (pools, node types, inventory…) as an editable table. An edit is put into the
 * project only when the whole input it gives is valid; otherwise the row keeps what was typed and says what is
 * wrong on the cell (or on the row, for a cross-check of the input). After each accepted edit the pending rows
 * are tried again, since e.g. a pool just added may be what an inventory row was waiting for.
 *
 * @param <T> the input record one row stands for
 */
public abstract class EditableTable<T> {

    private static final Texts T = Texts.of(EditableTable.class);

    private final Edits edits;
    private final String what;
    private final ObservableList<EditRow<T>> rows = FXCollections.observableArrayList();
    /**
     * The rows as others see them, made once: an unmodifiable view listens to the rows only weakly, so a view
     * made per call could be collected with the listeners added to it (the settings form then missed undo).
     */
    private final ObservableList<EditRow<T>> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param what what one row is, in the planner's words ("pool", "node type") */
    EditableTable(Edits edits, String what) {
        this.edits = Objects.requireNonNull(edits);
        this.what = what;
        edits.register(this);
    }

    Edits edits() {
        return edits;
    }

    /** Shows what became of an edit made outside the rows' own editing (a paste). */
    void say(String what) {
        message.set(what);
    }

    /** The input shown, or empty while no project is open. */
    Optional<PlanningInput> input() {
        return edits.workspace().input();
    }

    /** The columns, in order; cells of a row are indexed the same way. */
    public abstract List<Column> columns();

    /** The items of the input this table shows. */
    abstract List<T> items(PlanningInput in);

    /** How an item is written in the row's cells. */
    abstract List<String> cells(T item);

    /**
     * Reads a row into an item, noting each cell's problem on the reader.
     *
     * @param others the table's other items, as in the input (to check, e.g., that a name is not taken)
     */
    abstract T read(RowReader row, PlanningInput in, T original, List<T> others);

    /** The input with this table's items replaced; the constructor's cross-check may throw. */
    abstract PlanningInput with(PlanningInput in, List<T> items);

    /** The cells of an added row, filled with defaults where there are sensible ones. */
    abstract List<String> newRow(PlanningInput in);

    /**
     * The project with the edit in it; a table whose items are named by others renames the references here
     * when the name changes.
     */
    Project edited(Project p, T original, T edited, List<T> items) {
        return p.withInput(with(p.input(), items));
    }

    /** Why the item cannot be deleted, in words; empty when it can. */
    Optional<String> whyNotDelete(Project p, T item) {
        return Optional.empty();
    }

    /** What the table holds and how it is used, in a line the planner reads above it. */
    public abstract String description();

    /** What an empty table says. */
    public String emptyText() {
        return T.get("table.empty");
    }

    /** Whether the planner may add and delete rows (not for the settings, which are one row). */
    public boolean canAddAndDelete() {
        return true;
    }

    public ObservableList<EditRow<T>> rows() {
        return shownRows;
    }

    /** What became of the last edit, add or delete when it was refused; empty after one that was accepted. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a row says something that is not (yet) in the input. */
    public boolean hasPending() {
        return rows.stream().anyMatch(EditRow::isPending);
    }

    /**
     * Shows the input's items. Rows still pending are kept (and stay where their item was) when the change is
     * this screen's own; otherwise the table shows the input as it now is.
     */
    void refresh(PlanningInput in, boolean keepPending) {
        List<EditRow<T>> old = new ArrayList<>(rows);
        // A row typed for other columns (a resource added or deleted since) cannot be kept as it was.
        int width = columns().size();
        keepPending = keepPending && old.stream().allMatch(r -> r.texts().size() == width);
        List<EditRow<T>> next = new ArrayList<>();
        for (T item : items(in)) {
            EditRow<T> row = old.stream().filter(r -> item.equals(r.original())).findFirst().orElse(null);
            if (row == null) {
                row = new EditRow<>(item, cells(item));
            } else {
                old.remove(row);
                if (!keepPending || !row.isPending()) {
                    row.accept(item, cells(item));
                }
            }
            next.add(row);
        }
        if (keepPending) {
            old.stream().filter(EditRow::isPending).forEach(next::add);
        }
        rows.setAll(next);
        if (!keepPending) {
            message.set("");
        }
    }

    /** The planner typed {@code text} in a cell: the row is tried at once. */
    public void edit(EditRow<T> row, int column, String text) {
        if (!columns().get(column).editable()) {
            throw new IllegalArgumentException("column " + columns().get(column).header() + " cannot be edited");
        }
        if (text.equals(row.text(column)) && !row.isPending()) {
            return;
        }
        row.setText(column, text);
        tryApply(row);
    }

    /**
     * Tries the pending rows again after another edit was accepted. A row added and never completed stays as it
     * is, without its problems being repeated in the message.
     */
    void retryPending() {
        String said = message.get();
        for (EditRow<T> row : List.copyOf(rows)) {
            if (row.isPending() && rows.contains(row)) {
                tryApply(row);
            }
        }
        message.set(hasPending() ? said : "");
    }

    /** Adds a row with defaults; it joins the input as soon as what it says is complete and valid. */
    public EditRow<T> add() {
        EditRow<T> row = new EditRow<>(null, newRow(edits.project().input()));
        rows.add(row);
        tryApply(row);
        return row;
    }

    /** Deletes a row, unless other parts of the project still need its item; then says why. */
    public void delete(EditRow<T> row) {
        if (row.original() == null) {
            rows.remove(row);
            message.set("");
            return;
        }
        Project p = edits.project();
        Optional<String> refused = whyNotDelete(p, row.original());
        if (refused.isPresent()) {
            message.set(refused.get());
            return;
        }
        List<T> items = new ArrayList<>(items(p.input()));
        items.remove(row.original());
        try {
            Project next = p.withInput(with(p.input(), items));
            rows.remove(row);
            message.set("");
            edits.apply(T.get("edit.delete", what), next);
        } catch (InvalidInputException e) {
            message.set(T.get("table.cannotDelete", what, problems(e)));
        }
    }

    /** Puts the row into the input when it is valid; otherwise shows its problems. */
    boolean tryApply(EditRow<T> row) {
        Project p = edits.project();
        PlanningInput in = p.input();
        List<T> items = new ArrayList<>(items(in));
        int at = row.original() == null ? -1 : items.indexOf(row.original());
        List<T> others = new ArrayList<>(items);
        if (at >= 0) {
            others.remove(at);
        }
        RowReader reader = new RowReader(row.texts());
        T item;
        try {
            item = read(reader, in, row.original(), others);
        } catch (IllegalArgumentException e) {
            // A record's own check across its fields, e.g. a pinned pool outside the allowed ones.
            return refuse(row, reader, Messages.of(e));
        }
        if (!reader.ok()) {
            return refuse(row, reader, "");
        }
        if (at >= 0) {
            items.set(at, item);
        } else {
            items.add(item);
        }
        Project next;
        try {
            next = edited(p, row.original(), item, items);
        } catch (InvalidInputException e) {
            return refuse(row, reader, problems(e));
        } catch (IllegalArgumentException e) {
            return refuse(row, reader, Messages.of(e));
        }
        row.accept(item, cells(item));
        message.set("");
        edits.apply(at >= 0 ? T.get("edit.edit", what) : T.get("edit.add", what), next);
        return true;
    }

    private boolean refuse(EditRow<T> row, RowReader reader, String forRow) {
        row.showProblems(reader.problems(), forRow);
        String first = reader.problems().isEmpty() ? forRow : reader.problems().values().iterator().next();
        message.set(T.get("table.notYet", first));
        return false;
    }

    private static String problems(InvalidInputException e) {
        return e.problems().stream().map(InputProblem::message).collect(Collectors.joining("; "));
    }
}
