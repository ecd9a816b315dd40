package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void progressShowsTheBestCostAndBoundInTheStatusBar() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        Activity activity = new Activity(tasks, dialogs);
        List<String> results = new ArrayList<>();
        activity.start("Planning", "Planning failed", (p, c) -> "plan", results::add);
        assertThat(activity.busyProperty().get()).isTrue();
        tasks.progress.onProgress(new Progress("Search", 0.5, "improving", OptionalDouble.of(483000),
                OptionalDouble.of(470000)));
        assertThat(activity.statusProperty().get()).isEqualTo("Search: improving — best 483,000, bound 470,000");
        assertThat(activity.progressProperty().get()).isEqualTo(0.5);
        tasks.finish("plan");
        assertThat(results).containsExactly("plan");
        assertThat(activity.busyProperty().get()).isFalse();
        assertThat(activity.statusProperty().get()).isEqualTo("Planning: done");
    }

    @Test
    void progressOfTheCoreIsShownInTheWindowsLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            HeldTaskRunner tasks = new HeldTaskRunner();
            Activity activity = new Activity(tasks, dialogs);
            activity.start("Planning", "Planning failed", (p, c) -> "plan", r -> { });
            tasks.progress.onProgress(Progress.of(Progress.step("stage.solving"), 0.2, Progress.step("solving.cheapest")));
            assertThat(activity.statusProperty().get()).contains("求解").contains("正在寻找成本最低的计划")
                    .doesNotContain("Solving").doesNotContain("cheapest");
            // Work that reports in English only is shown as it reports.
            tasks.progress.onProgress(Progress.of("Reading", 0.3, "sheet 2"));
            assertThat(activity.statusProperty().get()).contains("Reading").contains("sheet 2");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void secondWorkWaitsForTheFirst() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        Activity activity = new Activity(tasks, dialogs);
        assertThat(activity.start("Planning", "x", (p, c) -> 1, r -> { })).isTrue();
        assertThat(activity.start("Exporting", "x", (p, c) -> 2, r -> { })).isFalse();
        assertThat(dialogs.notes).singleElement().asString().contains("Wait for the running work");
    }

    @Test
    void aFailureArrivesAsWordsAndACancelIsNoFailure() {
        Activity activity = new Activity(new CurrentThreadTaskRunner(), dialogs);
        activity.start("Reading", "Could not open fleet.xlsx", (p, c) -> {
            throw new InvalidInputException(List.of(InputProblem.general("fleet.xlsx", "no Workloads sheet"),
                    InputProblem.general("fleet.xlsx", "no Pools sheet")));
        }, r -> { });
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Could not open fleet.xlsx: fleet.xlsx: no Workloads sheet\nfleet.xlsx: no Pools sheet");
        activity.start("Planning", "Planning failed", (p, c) -> {
            throw new CancellationException();
        }, r -> { });
        assertThat(dialogs.errors).hasSize(1);
        assertThat(activity.statusProperty().get()).isEqualTo("Planning: stopped");
    }

    @Test
    void stopAsksTheRunningWorkToStop() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        Activity activity = new Activity(tasks, dialogs);
        activity.start("Planning", "x", (p, c) -> 1, r -> { });
        activity.cancel();
        assertThat(tasks.cancelled).isTrue();
        assertThat(activity.statusProperty().get()).isEqualTo("Stopping…");
    }

    /** Holds work until the test finishes it, to look at the state in between. */
    private static final class HeldTaskRunner implements TaskRunner {
        ProgressListener progress;
        Consumer<Object> onDone;
        boolean cancelled;

        @Override
        @SuppressWarnings("unchecked")
        public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            this.progress = progress;
            this.onDone = (Consumer<Object>) onDone;
            return () -> cancelled = true;
        }

        void finish(Object result) {
            onDone.accept(result);
        }
    }
}
