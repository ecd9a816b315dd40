package dev.headroom.app.gui.print;

import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.core.progress.ProgressListener;

import java.util.function.Consumer;

/** Runs work at once on the calling thread, so the preview's view-model is tested without a screen. */
final class ImmediateTasks implements TaskRunner {
    @Override
    public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        try {
            onDone.accept(work.run(progress, () -> false));
        } catch (Exception e) {
            onFailed.accept(e);
        }
        return () -> { };
    }
}
