package dev.headroom.app.gui.workspace;

import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Runs work on a background daemon thread as a JavaFX {@link Task}; results come back on the FX thread. */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "headroom-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                ProgressListener onFxThread = p -> Platform.runLater(() -> progress.onProgress(p));
                return work.run(onFxThread, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        task.setOnCancelled(e -> progress.onProgress(Progress.of("Cancelled", 0, "Stopped")));
        executor.execute(task);
        return () -> task.cancel(false);
    }
}
