package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.app.service.ForecastService;
import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.project.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ForecastViewModelTest {

    private static final PlanningInput SAMPLE = SampleGenerator.sample();

    private final FakeForecaster forecaster = new FakeForecaster();
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private ForecastViewModel open(TaskRunner tasks) {
        ForecastViewModel vm = new ForecastViewModel(workspace, new ForecastService(forecaster, forecaster.modelNames()),
                tasks, dialogs);
        workspace.open(Project.of(SAMPLE), null, "");
        return vm;
    }

    private ForecastViewModel open() {
        return open(new CurrentThreadTaskRunner());
    }

    @Test
    void openingAProjectForecastsEverySeriesOnceAndShowsTheFastestGrowing() {
        ForecastViewModel vm = open();
        assertThat(forecaster.calls).hasSize(1);
        assertThat(vm.allRows()).hasSize(SAMPLE.usage().size());
        SeriesKey shown = vm.selectedProperty().get();
        assertThat(shown).isNotNull();
        FanData fan = vm.fanProperty().get();
        assertThat(fan.history()).hasSize(36);
        assertThat(fan.offset()).isEqualTo(36);
        assertThat(fan.point()).hasSize(SAMPLE.settings().horizon());
        assertThat(fan.fitted()).containsExactly(fan.history());
        assertThat(vm.titleProperty().get()).startsWith(shown.workload() + " · " + shown.resource());
        assertThat(vm.modelTextProperty().get()).isEqualTo("Model: auto — chosen automatically by backtest");
        assertThat(vm.accuracyTextProperty().get()).contains("MASE 0.50", "sMAPE 8.0%", "80% interval held 80%");
        assertThat(vm.allRows()).allSatisfy(r -> assertThat(r.maseProperty().get()).isEqualTo("0.50"));
        assertThat(workspace.dirtyProperty().get()).isFalse();
    }

    @Test
    void theDefaultSeriesIsTheOneThatGrewMostOverItsLastYear() {
        ForecastViewModel vm = open();
        SeriesKey shown = vm.selectedProperty().get();
        double shownGrowth = growth(SAMPLE.usage().stream().filter(s -> s.key().equals(shown)).findFirst().orElseThrow().values());
        assertThat(SAMPLE.usage()).allSatisfy(s -> assertThat(growth(s.values())).isLessThanOrEqualTo(shownGrowth));
    }

    private static double growth(double[] v) {
        int n = v.length;
        double recent = 0;
        double before = 0;
        for (int i = 0; i < 6; i++) {
            recent += v[n - 6 + i];
            before += v[n - 18 + i];
        }
        return recent / before;
    }

    @Test
    void selectingAnotherSeriesShowsItWithoutForecastingAgain() {
        ForecastViewModel vm = open();
        SeriesKey other = SAMPLE.usage().get(5).key();
        vm.selectedProperty().set(other);
        assertThat(forecaster.calls).hasSize(1);
        double last = SAMPLE.usage().get(5).valueAt(35);
        assertThat(vm.fanProperty().get().point()[0]).isEqualTo(last);
        assertThat(vm.fanProperty().get().hi80()[0]).isCloseTo(last * 1.1, within(1e-9));
        assertThat(vm.fanProperty().get().hi95()[0]).isCloseTo(last * 1.2, within(1e-9));
    }

    @Test
    void choosingAModelStoresItForecastsAgainAndGoingBackIsInstant() {
        ForecastViewModel vm = open();
        SeriesKey key = vm.selectedProperty().get();
        vm.modelProperty().set("theta");
        assertThat(workspace.project().orElseThrow().forecastChoices().modelOf(key)).contains("theta");
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(forecaster.calls).hasSize(2);
        assertThat(forecaster.calls.getLast().seriesModels()).isEqualTo(Map.of(key, "theta"));
        assertThat(vm.modelTextProperty().get()).startsWith("Model: theta — you chose theta");
        assertThat(row(vm, key).modelProperty().get()).isEqualTo("theta (chosen)");

        vm.modelProperty().set(ForecastViewModel.AUTOMATIC);
        assertThat(workspace.project().orElseThrow().forecastChoices().models()).isEmpty();
        assertThat(forecaster.calls).as("the automatic forecasts were kept").hasSize(2);
        assertThat(row(vm, key).modelProperty().get()).isEqualTo("auto");
    }

    @Test
    void theModelChoiceFollowsTheSelection() {
        ForecastViewModel vm = open();
        SeriesKey first = vm.selectedProperty().get();
        vm.modelProperty().set("naive");
        SeriesKey other = SAMPLE.usage().stream().map(s -> s.key()).filter(k -> !k.equals(first)).findFirst().orElseThrow();
        vm.selectedProperty().set(other);
        assertThat(vm.modelProperty().get()).isEqualTo(ForecastViewModel.AUTOMATIC);
        assertThat(workspace.project().orElseThrow().forecastChoices().models()).containsOnlyKeys(first);
        vm.selectedProperty().set(first);
        assertThat(vm.modelProperty().get()).isEqualTo("naive");
    }

    @Test
    void anAdjustmentChangesTheChartAtOnceWithoutForecastingAgain() {
        ForecastViewModel vm = open();
        SeriesKey key = vm.selectedProperty().get();
        double before = vm.fanProperty().get().point()[3];
        String first = SAMPLE.planStart().toString();
        assertThat(vm.editor().periodProperty().get()).as("the first forecast period is offered").isEqualTo(first);
        vm.editor().kindProperty().set(ForecastAdjustment.Kind.STEP);
        vm.editor().periodProperty().set(SAMPLE.planStart().plus(2).toString());
        vm.editor().valueProperty().set("12,5");

        assertThat(vm.addAdjustment()).isTrue();

        assertThat(forecaster.calls).hasSize(1);
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(vm.fanProperty().get().point()[1]).isEqualTo(before);
        assertThat(vm.fanProperty().get().point()[3]).isEqualTo(before + 12.5);
        assertThat(vm.adjustments()).extracting(ForecastAdjustment::describe)
                .containsExactly("+12.5 from " + SAMPLE.planStart().plus(2));
        assertThat(row(vm, key).adjustmentsProperty().get()).isEqualTo(1);
        assertThat(vm.modelTextProperty().get()).endsWith("; with your adjustments");

        vm.removeAdjustment(vm.adjustments().getFirst());
        assertThat(vm.fanProperty().get().point()[3]).isEqualTo(before);
        assertThat(vm.adjustments()).isEmpty();
        assertThat(forecaster.calls).hasSize(1);
    }

    @Test
    void aBadAdjustmentIsExplainedAndChangesNothing() {
        ForecastViewModel vm = open();
        vm.editor().periodProperty().set("next spring");
        vm.editor().valueProperty().set("5");
        assertThat(vm.addAdjustment()).isFalse();
        assertThat(vm.editor().problemProperty().get()).startsWith("Period: \"next spring\" is not a period");
        vm.editor().periodProperty().set(SAMPLE.planStart().toString());
        vm.editor().valueProperty().set("-100");
        assertThat(vm.addAdjustment()).isFalse();
        assertThat(vm.editor().problemProperty().get()).endsWith("must be above -100%, not -100%");
        vm.editor().valueProperty().set("lots");
        assertThat(vm.addAdjustment()).isFalse();
        assertThat(vm.editor().problemProperty().get()).isEqualTo("Value: \"lots\" is not a number");
        assertThat(workspace.dirtyProperty().get()).isFalse();
        assertThat(workspace.project().orElseThrow().forecastChoices().isEmpty()).isTrue();
    }

    @Test
    void theFilterNarrowsTheList() {
        ForecastViewModel vm = open();
        vm.filterProperty().set("STOREFRONT");
        assertThat(vm.series()).extracting(SeriesRow::workload).containsOnly("storefront", "us-storefront");
        vm.filterProperty().set("storefront memory");
        assertThat(vm.series()).extracting(r -> r.key().toString()).containsExactly("storefront memory", "us-storefront memory");
        vm.filterProperty().set("");
        assertThat(vm.series()).hasSize(SAMPLE.usage().size());
    }

    @Test
    void aForecastOvertakenByAnotherChoiceIsDropped() {
        QueuedTasks tasks = new QueuedTasks();
        ForecastViewModel vm = open(tasks);
        tasks.runNext();
        SeriesKey key = vm.selectedProperty().get();
        vm.modelProperty().set("theta");
        vm.modelProperty().set("naive");
        assertThat(tasks.cancelled).as("theta's forecast and its first look").isEqualTo(2);
        assertThat(vm.forecastingProperty().get()).isTrue();
        tasks.runNext();
        tasks.runNext();
        assertThat(row(vm, key).modelProperty().get()).as("theta's late results are not shown").isEqualTo("auto");
        tasks.runNext();
        assertThat(row(vm, key).modelProperty().get()).isEqualTo("naive (chosen)");
        assertThat(vm.forecastingProperty().get()).isFalse();
    }

    @Test
    void aChangedModelIsShownAtOnceForItsSeriesWhileEverySeriesIsForecastAgain() {
        QueuedTasks tasks = new QueuedTasks();
        ForecastViewModel vm = open(tasks);
        tasks.runNext();
        SeriesKey key = vm.selectedProperty().get();
        vm.modelProperty().set("naive");
        assertThat(tasks.queue).hasSize(2);
        tasks.queue.remove(1).run();
        assertThat(forecaster.calls.getLast().seriesModels()).isEqualTo(Map.of(key, "naive"));
        assertThat(row(vm, key).modelProperty().get()).isEqualTo("naive (chosen)");
        assertThat(vm.modelTextProperty().get()).startsWith("Model: naive — you chose naive");
        assertThat(vm.statusProperty().get()).startsWith("A first look at " + key);
        assertThat(vm.fanProperty().get()).isNotNull();
        assertThat(vm.forecastingProperty().get()).isTrue();
        tasks.runNext();
        assertThat(vm.statusProperty().get()).isEmpty();
        assertThat(vm.forecastingProperty().get()).isFalse();
        assertThat(row(vm, key).modelProperty().get()).isEqualTo("naive (chosen)");
    }

    @Test
    void aFailureIsADialogInWords() {
        forecaster.failWith = new IllegalStateException("could not forecast web cpu: the history is odd");
        ForecastViewModel vm = open();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.getFirst()).contains("could not forecast web cpu: the history is odd");
        assertThat(vm.fanProperty().get()).isNull();
        assertThat(vm.statusProperty().get()).startsWith("Could not forecast");
    }

    @Test
    void editsOfThingsForecastsDoNotDependOnKeepThemAndNewHistoryForecastsAgain() {
        ForecastViewModel vm = open();
        SeriesKey shown = vm.selectedProperty().get();
        workspace.updateInput("edit", in -> in.withBudgets(List.of(new dev.headroom.core.model.PurchaseBudget(in.planStart(), 1000))));
        assertThat(forecaster.calls).hasSize(1);
        workspace.updateInput("edit", in -> new PlanningInput(in.name(), in.settings(), in.resources(), in.workloads(), in.pools(),
                in.nodeTypes(), in.inventory(), in.usage().subList(0, in.usage().size() - 1), in.knownDemand(), in.budgets()));
        assertThat(forecaster.calls).hasSize(2);
        assertThat(vm.allRows()).hasSize(SAMPLE.usage().size() - 1);
        assertThat(vm.selectedProperty().get()).as("the series shown stays").isEqualTo(shown);
    }

    @Test
    void closingTheProjectEmptiesTheScreen() {
        ForecastViewModel vm = open();
        workspace.close();
        assertThat(vm.allRows()).isEmpty();
        assertThat(vm.fanProperty().get()).isNull();
        assertThat(vm.selectedProperty().get()).isNull();
    }

    private static SeriesRow row(ForecastViewModel vm, SeriesKey key) {
        return vm.allRows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** Work waits in a queue until the test runs it, as on a background thread that finishes later. */
    private static final class QueuedTasks implements TaskRunner {
        final List<Runnable> queue = new ArrayList<>();
        int cancelled;

        @Override
        public <T> Running run(Work<T> work, ProgressListener progress, Consumer<T> onDone, Consumer<Throwable> onFailed) {
            queue.add(() -> {
                try {
                    onDone.accept(work.run(progress, () -> false));
                } catch (Exception e) {
                    onFailed.accept(e);
                }
            });
            return () -> cancelled++;
        }

        void runNext() {
            queue.removeFirst().run();
        }
    }
}
