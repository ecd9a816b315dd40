package dev.headroom.app.gui.workspace;

import dev.headroom.core.progress.ProgressListener;

import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view-model tests need no screen and no waiting. */
public final class CurrentThreadTaskRunner implements TaskRunner {

    private boolean cancelled;

    @Override
    public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        cancelled = false;
        try {
            onDone.accept(work.run(progress, () -> cancelled));
        } catch (Exception e) {
            onFailed.accept(e);
        }
        return () -> cancelled = true;
    }
}
