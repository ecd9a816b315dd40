package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Aggregation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The one step of the wizard that changes the workspace: the import read, merged or opened as a new project. */
final class ImportCommit {
    private ImportCommit() {
    }

    /**
     * Merges the import into the open project (marked unsaved), or opens it as a new unsaved project; then says
     * what the project still lacks to plan. All or nothing: on a failure the workspace is as it was.
     *
     * @return false when nothing was imported (other work running, or the merge failed, said in words)
     */
    static boolean commit(Workspace workspace, Activity activity, DialogService dialogs, Path file,
                          ImportReading reading, Map<String, Aggregation> rollUp, ProjectDefaults defaults) {
        if (activity.busyProperty().get()) {
            // Planning or an export of the project as it is now is running; merging under it would mix states.
            dialogs.notify("Wait for the running work to finish, or stop it, before importing.");
            return false;
        }
        String name = String.valueOf(file.getFileName());
        try {
            if (workspace.project().isPresent()) {
                workspace.update("import " + name, p -> UsageImports.into(p, file, reading.imported(), rollUp, defaults));
            } else {
                workspace.open(reading.outcome(), null, "");
                workspace.markUnsaved();
            }
        } catch (RuntimeException e) {
            dialogs.showError("Could not import " + name, Messages.of(e));
            return false;
        }
        activity.say("Imported " + name + ": " + reading.imported().summary().series() + " series");
        List<String> missing = UsageImports.stillMissing(workspace.input().orElseThrow());
        if (!missing.isEmpty()) {
            dialogs.notify("Imported " + name + ". Before planning: " + String.join("; ", missing) + ".");
        }
        return true;
    }
}
