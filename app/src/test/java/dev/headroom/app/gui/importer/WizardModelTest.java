package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.CurrentThreadTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import dev.headroom.io.usage.ImportMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import wizard's logic without a screen: readings run at once on the test's thread. */
class WizardModelTest {
    @TempDir
    Path dir;

    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WizardModel wizard;

    @BeforeEach
    void setUp() {
        wizard = newWizard();
    }

    private WizardModel newWizard() {
        CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
        return new WizardModel(workspace, tasks, dialogs, new Activity(tasks, dialogs));
    }

    @Test
    void aFileIsShownWithItsLayoutAndColumnsFoundAndReadInFull() {
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(91)));

        assertThat(wizard.previewProperty().get().rows()).hasSize(WizardModel.PREVIEW_ROWS);
        assertThat(wizard.previewProperty().get().more()).isTrue();
        assertThat(wizard.previewProperty().get().headerRow()).isEqualTo(1);
        assertThat(wizard.headers()).containsExactly("date", "service", "metric", "value", "unit", "cluster");
        assertThat(wizard.edits().layoutProperty().get()).isEqualTo(ImportMapping.Layout.LONG);
        MappingColumns c = wizard.edits().columns();
        assertThat(List.of(c.period().get(), c.workload().get(), c.resource().get(), c.value().get(), c.unit().get(),
                c.pool().get())).containsExactly("date", "service", "metric", "value", "unit", "cluster");
        assertThat(wizard.edits().decimalCommaProperty().get()).isFalse();
        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.summary()).contains("3 series: 2 workloads × 2 resources", "3 month periods, 2024-01 to 2024-03");
        assertThat(wizard.summary()).anyMatch(l -> l.startsWith("273 samples rolled up into 9 values"));
        assertThat(wizard.resources()).extracting(ResourceRow::name, ResourceRow::foundUnit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cpu", "cores"),
                        org.assertj.core.groups.Tuple.tuple("memory", "GiB"));
        assertThat(wizard.canImport().get()).isTrue();
        assertThat(workspace.project()).isEmpty();
    }

    @Test
    void editingTheMappingReadsTheFileAgain() {
        List<String> lines = new ArrayList<>(List.of("Usage export from monitoring,,,", "period,workload,resource,usage"));
        for (int m = 1; m <= 6; m++) {
            lines.add("2024-0" + m + ",web,cpu," + m);
        }
        wizard.open(UsageFiles.csv(dir, "titled.csv", lines));
        assertThat(wizard.previewProperty().get().headerRow()).isEqualTo(1);
        assertThat(wizard.problems()).isNotEmpty();
        assertThat(wizard.canImport().get()).isFalse();

        wizard.edits().skipRowsProperty().set(1);

        assertThat(wizard.previewProperty().get().headerRow()).isEqualTo(2);
        assertThat(wizard.edits().layoutProperty().get()).isEqualTo(ImportMapping.Layout.LONG);
        assertThat(wizard.edits().columns().value().get()).isEqualTo("usage");
        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.summary()).contains("1 series: 1 workload × 1 resource");

        wizard.edits().layoutProperty().set(ImportMapping.Layout.WIDE);
        assertThat(wizard.edits().columns().workload().get()).isEmpty();
        assertThat(wizard.problems()).isNotEmpty();
        assertThat(wizard.canImport().get()).isFalse();

        wizard.edits().layoutProperty().set(ImportMapping.Layout.LONG);
        wizard.edits().columns().resource().set("workload");
        assertThat(wizard.summary()).anyMatch(l -> l.startsWith("Resources: web"));
    }

    @Test
    void everyProblemIsListedWithItsCellAndBlocksTheImport() {
        List<String> lines = new ArrayList<>(List.of("period,workload,resource,usage"));
        lines.add("2024-01,web,cpu,3");
        lines.add("2024-02,web,cpu,twelve");
        lines.add("2024-13,web,cpu,4");
        wizard.open(UsageFiles.csv(dir, "bad.csv", lines));

        assertThat(wizard.problems()).extracting(InputProblem::file, InputProblem::row, InputProblem::column,
                        InputProblem::header, InputProblem::value)
                .contains(org.assertj.core.groups.Tuple.tuple("bad.csv", 3, "4", "usage", java.util.Optional.of("twelve")));
        assertThat(wizard.problems()).anyMatch(p -> p.row() == 4 && p.value().orElse("").equals("2024-13"));
        assertThat(wizard.canImport().get()).isFalse();
        assertThat(wizard.confirm()).isFalse();
        assertThat(workspace.project()).isEmpty();
    }

    @Test
    void confirmingMergesIntoTheOpenProjectAndMarksItUnsaved() {
        Project sample = new PlanningService(new SmileForecaster()).sampleProject();
        workspace.open(sample, null, "");
        wizard = newWizard();
        List<String> lines = new ArrayList<>(List.of("period,workload,resource,usage"));
        for (int m = 1; m <= 9; m++) {
            lines.add("2025-0" + m + ",batch-reports,cpu," + (10 + m));
            lines.add("2025-0" + m + ",batch-reports,gpu," + m);
        }
        wizard.open(UsageFiles.csv(dir, "batch.csv", lines));
        assertThat(wizard.frequencyProperty().get()).isEqualTo(Frequency.MONTH);
        ResourceRow cpu = wizard.resources().getFirst();
        assertThat(cpu.inProject()).isTrue();
        assertThat(cpu.unitProperty().get()).isEqualTo("cores");
        assertThat(wizard.stillMissing()).anyMatch(m -> m.contains("provides no gpu"));
        assertThat(workspace.project()).containsSame(sample);

        assertThat(wizard.confirm()).isTrue();

        PlanningInput input = workspace.input().orElseThrow();
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(input.workload("batch-reports")).isPresent();
        assertThat(input.resource("gpu")).isPresent();
        assertThat(input.usage()).hasSize(sample.input().usage().size() + 2);
        assertThat(workspace.project().orElseThrow().imports()).extracting(i -> i.source()).endsWith("batch.csv");
        assertThat(dialogs.notes).anyMatch(n -> n.contains("Before planning") && n.contains("gpu"));
        assertThat(wizard.canImport().get()).isFalse();
    }

    @Test
    void withoutAnOpenProjectTheImportBecomesANewProjectSayingWhatIsMissing() {
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(62)));
        wizard.resources().get(1).rollUpProperty().set(Aggregation.MAX);

        assertThat(wizard.confirm()).isTrue();

        Project project = workspace.project().orElseThrow();
        PlanningInput input = project.input();
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(workspace.displayName()).isEqualTo("daily");
        assertThat(input.settings().frequency()).isEqualTo(Frequency.MONTH);
        assertThat(input.pools()).extracting(p -> p.name()).containsExactly("blue", "green");
        assertThat(input.workload("db").orElseThrow().pinnedPool()).contains("green");
        assertThat(input.resource("memory").orElseThrow().aggregation()).isEqualTo(Aggregation.MAX);
        assertThat(input.resource("memory").orElseThrow().unit()).isEqualTo("GiB");
        TimeSeries memory = input.usage().stream().filter(s -> s.key().resource().equals("memory")).findFirst().orElseThrow();
        assertThat(memory.valueAt(0)).isEqualTo(12.0);
        assertThat(project.imports()).hasSize(1);
        assertThat(dialogs.notes).anyMatch(n -> n.contains("node type 'node' has no price")
                && n.contains("no nodes are owned yet"));
    }

    @Test
    void valuesAreConvertedToTheUnitChosenForANewResource() {
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(31)));
        ResourceRow memory = wizard.resources().get(1);
        memory.rollUpProperty().set(Aggregation.MAX);
        memory.unitProperty().set("MiB");

        assertThat(wizard.summary()).anyMatch(l -> l.contains("memory (MiB)"));
        assertThat(wizard.confirm()).isTrue();
        TimeSeries converted = workspace.input().orElseThrow().usage().stream()
                .filter(s -> s.key().resource().equals("memory")).findFirst().orElseThrow();
        assertThat(converted.valueAt(0)).isEqualTo(12.0 * 1024);
    }

    @Test
    void aWorkbookOffersItsSheetsAndChoosingOneShowsIt() {
        wizard.open(UsageFiles.wideWorkbook(dir));
        assertThat(wizard.sheets()).containsExactly("Notes", "Monthly");
        assertThat(wizard.edits().sheetProperty().get()).isEqualTo("Notes");
        assertThat(wizard.canImport().get()).isFalse();

        wizard.edits().sheetProperty().set("Monthly");

        assertThat(wizard.previewProperty().get().rows()).hasSize(13);
        assertThat(wizard.edits().layoutProperty().get()).isEqualTo(ImportMapping.Layout.WIDE);
        assertThat(wizard.edits().columns().period().get()).isEqualTo("month");
        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.summary()).contains("3 series: 2 workloads × 2 resources");
    }

    @Test
    void cancellingChangesNothing() {
        Project sample = new PlanningService(new SmileForecaster()).sampleProject();
        workspace.open(sample, null, "");
        wizard = newWizard();
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(40)));

        wizard.cancel();

        assertThat(wizard.confirm()).isFalse();
        assertThat(workspace.project()).containsSame(sample);
        assertThat(workspace.dirtyProperty().get()).isFalse();
    }

    @Test
    void choosingPrometheusLeavesTheFileUnimportedAndOpensThatImport() {
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(40)));
        assertThat(wizard.offersPrometheus().get()).as("no other source set").isFalse();
        wizard.fromPrometheus();
        assertThat(wizard.canImport().get()).as("without another source the wizard stays on the file").isTrue();

        List<String> opened = new ArrayList<>();
        wizard.setPrometheusImport(() -> opened.add("prometheus"));
        assertThat(wizard.offersPrometheus().get()).isTrue();
        wizard.fromPrometheus();

        assertThat(opened).containsExactly("prometheus");
        assertThat(wizard.canImport().get()).isFalse();
        assertThat(wizard.confirm()).isFalse();
        assertThat(workspace.project()).isEmpty();
    }

    @Test
    void aBrokenFileGivesWordsNotAStackTrace() throws IOException {
        Path garbage = Files.write(dir.resolve("export.csv"), new byte[]{0, 0, 1, 2, (byte) 0xFE, 0, 0, 0, 7, 0, 0, 0});
        wizard.open(garbage);
        assertThat(wizard.previewProperty().get()).isNull();
        assertThat(wizard.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("export.csv");
            assertThat(p.message()).contains("binary data");
        });
        assertThat(wizard.canImport().get()).isFalse();

        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(
                Files.readAllBytes(UsageFiles.wideWorkbook(dir)), 600));
        wizard.open(cut);
        assertThat(wizard.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("cut.xlsx: ").doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void editsWaitForTheSchedulerSoThatTypingReadsOnce() {
        CurrentThreadTaskRunner inner = new CurrentThreadTaskRunner();
        int[] readings = {0};
        dev.headroom.app.gui.workspace.TaskRunner counting = new dev.headroom.app.gui.workspace.TaskRunner() {
            @Override
            public <T> Running run(Work<T> work, dev.headroom.core.progress.ProgressListener progress,
                                   java.util.function.Consumer<T> onDone, java.util.function.Consumer<Throwable> onFailed) {
                readings[0]++;
                return inner.run(work, progress, onDone, onFailed);
            }
        };
        wizard = new WizardModel(workspace, counting, dialogs, new Activity(inner, dialogs));
        java.util.Deque<Runnable> scheduled = new java.util.ArrayDeque<>();
        wizard.setScheduler(scheduled::add);
        wizard.open(UsageFiles.csv(dir, "daily.csv", UsageFiles.dailyLong(10)));
        wizard.edits().headerRowProperty().set(1);
        wizard.edits().skipRowsProperty().set(0);
        assertThat(wizard.pendingProperty().get()).isTrue();
        assertThat(wizard.canImport().get()).isFalse();
        assertThat(readings[0]).isZero();

        // A timer runs the last request only; the first reading then plans the new project by month and reads again.
        Runnable last = scheduled.pollLast();
        scheduled.clear();
        last.run();
        assertThat(wizard.pendingProperty().get()).isTrue();
        scheduled.pollLast().run();

        assertThat(readings[0]).isEqualTo(2);
        assertThat(scheduled).isEmpty();
        assertThat(wizard.pendingProperty().get()).isFalse();
        assertThat(wizard.frequencyProperty().get()).isEqualTo(Frequency.MONTH);
        assertThat(wizard.canImport().get()).isTrue();
    }

    @Test
    void anEditWhileTheFileIsReadWaitsAndOnlyTheLastReadingIsShown() {
        List<Runnable> held = new ArrayList<>();
        dev.headroom.app.gui.workspace.TaskRunner deferred = new dev.headroom.app.gui.workspace.TaskRunner() {
            @Override
            public <T> Running run(Work<T> work, dev.headroom.core.progress.ProgressListener progress,
                                   java.util.function.Consumer<T> onDone, java.util.function.Consumer<Throwable> onFailed) {
                held.add(() -> {
                    try {
                        onDone.accept(work.run(progress, () -> false));
                    } catch (Exception e) {
                        onFailed.accept(e);
                    }
                });
                return () -> { };
            }
        };
        CurrentThreadTaskRunner now = new CurrentThreadTaskRunner();
        wizard = new WizardModel(workspace, deferred, dialogs, new Activity(now, dialogs));
        List<String> lines = new ArrayList<>(List.of("note", "period,workload,resource,usage"));
        for (int m = 1; m <= 6; m++) {
            lines.add("2024-0" + m + ",web,cpu," + m);
        }
        wizard.open(UsageFiles.csv(dir, "titled.csv", lines));
        wizard.edits().skipRowsProperty().set(1);
        assertThat(held).hasSize(1);
        assertThat(wizard.workingProperty().get()).isTrue();
        assertThat(wizard.pendingProperty().get()).isTrue();

        held.removeFirst().run();

        // The reading of the file as first opened is passed over for the one with the row skipped.
        assertThat(wizard.readingProperty().get()).isNull();
        assertThat(held).hasSize(1);
        held.removeFirst().run();
        assertThat(wizard.previewProperty().get().headerRow()).isEqualTo(2);
        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.pendingProperty().get()).isFalse();
        assertThat(wizard.canImport().get()).isTrue();
    }
}
