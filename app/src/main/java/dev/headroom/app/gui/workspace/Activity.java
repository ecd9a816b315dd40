package dev.headroom.app.gui.workspace;

import dev.headroom.core.progress.Progress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The window's one piece of long work at a time (reading, importing, forecasting, planning, exporting): runs it
 * off the screen's thread, shows its progress in the status bar, and stops it on request. Screens start work
 * here rather than on a TaskRunner of their own, so that the status bar, the Stop button and "busy" agree.
 */
public final class Activity {

    private static final Texts T = Texts.of(Activity.class);

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(T.get("activity.ready"));
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Progress> lastProgress = new ReadOnlyObjectWrapper<>();
    private TaskRunner.Running running;

    public Activity(TaskRunner tasks, DialogService dialogs) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * Starts long work unless other work is running (then it says so and returns false). A failure other than
     * cancelling is shown as a dialog titled {@code failureTitle} with a message in words.
     *
     * @param what   what the status bar says while it runs, e.g. "Planning"
     * @param onDone called on the screen's thread with the result
     */
    public <T> boolean start(String what, String failureTitle, TaskRunner.Work<T> work, Consumer<T> onDone) {
        return start(what, failureTitle, work, onDone, error -> { });
    }

    /** As {@link #start(String, String, TaskRunner.Work, Consumer)}, also telling the caller of a failure. */
    public <T> boolean start(String what, String failureTitle, TaskRunner.Work<T> work, Consumer<T> onDone,
                             Consumer<Throwable> onFailed) {
        if (busy.get()) {
            dialogs.notify(T.get("activity.wait"));
            return false;
        }
        busy.set(true);
        progress.set(-1);
        lastProgress.set(null);
        status.set(T.get("activity.running", what));
        running = tasks.run(work, this::onProgress, result -> {
            finish(T.get("activity.done", what), 1);
            onDone.accept(result);
        }, error -> {
            if (error instanceof CancellationException) {
                finish(T.get("activity.stopped", what), 0);
            } else {
                finish(T.get("activity.failed", what), 0);
                dialogs.showError(failureTitle, Messages.of(error));
            }
            onFailed.accept(error);
        });
        return true;
    }

    /** Asks the running work to stop; work that keeps a best-so-far result (planning) still delivers it. */
    public void cancel() {
        if (running != null && busy.get()) {
            status.set(T.get("activity.stopping"));
            running.cancel();
        }
    }

    /** Puts a line in the status bar when no work is running. */
    public void say(String message) {
        if (!busy.get()) {
            status.set(message);
        }
    }

    private void finish(String message, double fraction) {
        busy.set(false);
        progress.set(fraction);
        running = null;
        status.set(message);
    }

    private void onProgress(Progress p) {
        if (!busy.get()) {
            return;
        }
        lastProgress.set(p);
        progress.set(p.fraction());
        String line = T.get("activity.progress", p.stageIn(T.locale()), p.messageIn(T.locale()));
        if (p.bestCost().isPresent()) {
            line = p.bound().isPresent()
                    ? T.get("activity.progress.bestAndBound", line, p.bestCost().getAsDouble(), p.bound().getAsDouble())
                    : T.get("activity.progress.best", line, p.bestCost().getAsDouble());
        }
        status.set(line);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the fraction done is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The latest progress event of the running work (best cost, bound, elapsed), for screens that chart it. */
    public ReadOnlyObjectProperty<Progress> lastProgressProperty() {
        return lastProgress.getReadOnlyProperty();
    }
}
