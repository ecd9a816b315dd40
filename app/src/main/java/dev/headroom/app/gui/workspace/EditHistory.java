package dev.headroom.app.gui.workspace;

import dev.headroom.io.project.Project;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The named edits made to the open project, newest first, to undo and redo. An edit is the project before and
 * after it: projects are immutable, so keeping both costs only what the edit changed.
 */
final class EditHistory {

    /** One edit, named as the Edit menu shows it ("Undo edit node type"). */
    record Edit(String name, Project before, Project after) {
    }

    /** How many edits can be undone; older ones are forgotten. */
    static final int LIMIT = 100;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();

    void record(String name, Project before, Project after) {
        undo.push(new Edit(name, before, after));
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The edit to undo, moved to the redo side. */
    Optional<Edit> undo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
        }
        return Optional.ofNullable(e);
    }

    /** The edit to redo, moved back to the undo side. */
    Optional<Edit> redo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
        }
        return Optional.ofNullable(e);
    }

    String nextUndo() {
        return undo.isEmpty() ? "" : undo.peek().name();
    }

    String nextRedo() {
        return redo.isEmpty() ? "" : redo.peek().name();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
