package dev.headroom.app.gui.workspace;

import dev.headroom.core.progress.ProgressListener;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs work on a background daemon thread as a JavaFX {@link Task}; results come back on the FX thread.
 * Stopping asks the work to stop (its {@code Cancellation} answers true) rather than cancelling the task, so work
 * that keeps its best result so far (planning) still delivers it; work that gives up throws and is reported so.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "headroom-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        AtomicBoolean stop = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                ProgressListener onFxThread = p -> Platform.runLater(() -> progress.onProgress(p));
                return work.run(onFxThread, stop::get);
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        executor.execute(task);
        return () -> stop.set(true);
    }
}
