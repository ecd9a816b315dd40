package dev.headroom.app.gui.workspace;

import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.function.Consumer;

/**
 * Runs long work away from the screen's thread and hands results back on it. The window uses the
 * JavaFX implementation; view-model tests use one that runs on the calling thread.
 */
public interface TaskRunner {

    /** Work that reports progress and stops early when asked. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    /** A handle on running work. */
    interface Running {
        void cancel();
    }

    /**
     * Starts the work. {@code progress}, {@code onDone} and {@code onFailed} are called on the UI thread.
     */
    <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed);
}
