package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.io.project.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts the Data screen's edits into the workspace, and remembers while it does, so that the screen's tables keep
 * their pending rows across their own edits but show an input replaced from elsewhere (another project opened,
 * an undo) as it is.
 */
final class Edits {

    private final Workspace workspace;
    private final List<EditableTable<?>> tables = new ArrayList<>();
    private boolean applying;
    private boolean retrying;

    Edits(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace);
    }

    Workspace workspace() {
        return workspace;
    }

    /** The open project; the screen is shown only while there is one. */
    Project project() {
        return workspace.project().orElseThrow(() -> new IllegalStateException("no project is open"));
    }

    void register(EditableTable<?> table) {
        tables.add(table);
    }

    /**
     * Replaces the open project by {@code next}, which was made from it and is valid; then tries the pending rows
     * of every table again, since e.g. a pool just added may be what an inventory row was waiting for.
     */
    void apply(String name, Project next) {
        applying = true;
        try {
            workspace.update(name, p -> next);
        } finally {
            applying = false;
        }
        if (!retrying) {
            retrying = true;
            try {
                tables.forEach(EditableTable::retryPending);
            } finally {
                retrying = false;
            }
        }
    }

    /** Whether the project is being replaced by this screen's own edit. */
    boolean applying() {
        return applying;
    }
}
