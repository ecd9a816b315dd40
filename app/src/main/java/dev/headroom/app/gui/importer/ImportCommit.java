package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.StillMissing;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.UsageImports;
import dev.headroom.core.model.Aggregation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The one step of the wizard that changes the workspace: the import read, merged or opened as a new project. */
final class ImportCommit {

    private static final Texts T = Texts.of(ImportCommit.class);
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
            dialogs.notify(T.get("commit.wait"));
            return false;
        }
        String name = String.valueOf(file.getFileName());
        try {
            if (workspace.project().isPresent()) {
                workspace.update(T.get("commit.edit", name), p -> UsageImports.into(p, file, reading.imported(), rollUp, defaults));
            } else {
                workspace.open(reading.outcome(), null, "");
                workspace.markUnsaved();
            }
        } catch (RuntimeException e) {
            dialogs.showError(T.get("commit.failed", name), Messages.of(e));
            return false;
        }
        activity.say(T.get("commit.done", name, reading.imported().summary().series()));
        List<String> missing = StillMissing.of(workspace.input().orElseThrow());
        if (!missing.isEmpty()) {
            dialogs.notify(T.get("commit.doneMissing", name, String.join("; ", missing)));
        }
        return true;
    }
}
