package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectService;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Autosaver;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectCommandsTest {

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final MemoryPreferences preferences = new MemoryPreferences();
    private final Workspace workspace = new Workspace();
    private final Activity activity = new Activity(new CurrentThreadTaskRunner(), dialogs);
    private final PlanningService planning = new PlanningService(new SmileForecaster());
    private final ProjectCommands commands = new ProjectCommands(workspace, activity, planning, new ProjectService(),
            dialogs, preferences);

    @AfterEach
    void closeProject() {
        dialogs.answers.clear();
        dialogs.answers.add("Don't save");
        commands.close();
    }

    @Test
    void theSampleOpensAsAnUnsavedProjectWithItsScenarios() {
        commands.openSample();
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom — Headroom sample");
        assertThat(workspace.project().orElseThrow().scenarios()).isNotEmpty();
        assertThat(workspace.file()).isEmpty();
        assertThat(activity.statusProperty().get()).startsWith("Opened the sample: 40 workloads, 3 pools");
    }

    @Test
    void saveAsWritesTheProjectRemembersItAndLaterSavesGoThere() {
        commands.openSample();
        Path file = dir.resolve("fleet.headroom");
        dialogs.fileToSave = Optional.of(file);
        assertThat(commands.save()).isTrue();
        assertThat(ProjectFile.read(file)).isEqualTo(workspace.project().orElseThrow());
        assertThat(workspace.titleProperty().get()).isEqualTo("Headroom — fleet");
        assertThat(commands.recentProjects()).containsExactly(file);
        assertThat(preferences.recentProjects()).containsExactly(file);

        workspace.update("edit", p -> p.withNotes(List.of("approved")));
        dialogs.fileToSave = Optional.empty();
        assertThat(commands.save()).isTrue();
        assertThat(ProjectFile.read(file).notes()).containsExactly("approved");
        assertThat(workspace.dirtyProperty().get()).isFalse();
    }

    @Test
    void unsavedEditsAreNeverDroppedWithoutAsking() {
        commands.openSample();
        workspace.update("edit", p -> p.withNotes(List.of("draft")));
        dialogs.answers.add("Cancel");
        assertThat(commands.close()).isFalse();
        assertThat(workspace.project()).isPresent();
        assertThat(dialogs.questions).containsExactly("Save changes to Headroom sample?");

        dialogs.answers.add("Don't save");
        commands.openSample();
        assertThat(workspace.project().orElseThrow().notes()).isEmpty();
    }

    @Test
    void choosingSaveWhenAskedSavesBeforeClosing() {
        commands.openSample();
        workspace.update("edit", p -> p.withNotes(List.of("keep me")));
        Path file = dir.resolve("kept.headroom");
        dialogs.fileToSave = Optional.of(file);
        dialogs.answers.add("Save");
        assertThat(commands.close()).isTrue();
        assertThat(ProjectFile.read(file).notes()).containsExactly("keep me");
        assertThat(workspace.project()).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndTheOpenProjectKept() throws IOException {
        commands.openSample();
        Path junk = dir.resolve("junk.headroom");
        Files.writeString(junk, "not a project");
        commands.open(junk);
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Could not open junk.headroom: ").contains("is not a Headroom project");
        assertThat(workspace.input().orElseThrow().workloads()).hasSize(40);
        assertThat(activity.busyProperty().get()).isFalse();
    }

    @Test
    void aMissingRecentProjectIsReportedAndForgotten() {
        Path gone = dir.resolve("gone.headroom");
        preferences.saveRecentProjects(List.of(gone));
        ProjectCommands fresh = new ProjectCommands(workspace, activity, planning, new ProjectService(), dialogs,
                preferences);
        assertThat(fresh.recentProjects()).containsExactly(gone);
        fresh.open(gone);
        assertThat(dialogs.errors).singleElement().asString().contains("no such file");
        assertThat(fresh.recentProjects()).isEmpty();
    }

    @Test
    void anAutosaveLeftByACrashIsOfferedAndRecoveredAsUnsaved() throws Exception {
        Path file = dir.resolve("crashed.headroom");
        Project saved = planning.sampleProject();
        ProjectFile.write(file, saved);
        Project edited = saved.withNotes(List.of("edit made before the crash"));
        try (Autosaver autosaver = Autosaver.start(file, () -> edited, Duration.ofHours(1))) {
            autosaver.saveNow();
        }
        dialogs.answers.add("Recover");
        commands.open(file);
        assertThat(dialogs.questions).containsExactly("Recover unsaved changes?");
        assertThat(workspace.project().orElseThrow().notes()).containsExactly("edit made before the crash");
        assertThat(workspace.dirtyProperty().get()).isTrue();
    }

    @Test
    void decliningTheAutosaveOpensTheSavedProjectAndDropsIt() throws Exception {
        Path file = dir.resolve("declined.headroom");
        Project saved = planning.sampleProject();
        ProjectFile.write(file, saved);
        try (Autosaver autosaver = Autosaver.start(file, () -> saved.withNotes(List.of("x")), Duration.ofHours(1))) {
            autosaver.saveNow();
        }
        dialogs.answers.add("Open as saved");
        commands.open(file);
        assertThat(workspace.project().orElseThrow()).isEqualTo(saved);
        assertThat(Autosaver.recoverable(file)).isEmpty();
    }

    @Test
    void aProjectOpenElsewhereOpensReadOnlyAndSaveAsksForAnotherFile() {
        Path file = dir.resolve("shared.headroom");
        ProjectFile.write(file, planning.sampleProject());
        try (ProjectFile other = ProjectFile.open(file)) {
            commands.open(file);
            assertThat(dialogs.notes).singleElement().asString().contains("open in another Headroom");
            assertThat(workspace.readOnlyReasonProperty().get()).contains("read-only");
            Path copy = dir.resolve("copy.headroom");
            dialogs.fileToSave = Optional.of(copy);
            assertThat(commands.save()).isTrue();
            assertThat(workspace.file()).contains(copy.toAbsolutePath());
        }
    }

    @Test
    void theReadOnlyReasonIsSaidInTheWindowsLanguage() {
        Path file = dir.resolve("shared.headroom");
        ProjectFile.write(file, planning.sampleProject());
        java.util.Locale before = java.util.Locale.getDefault();
        try (ProjectFile other = ProjectFile.open(file)) {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            commands.open(file);
            assertThat(dialogs.notes).singleElement().asString()
                    .isEqualTo("shared.headroom 已在另一个 Headroom 中打开；已以只读方式打开");
            assertThat(workspace.readOnlyReasonProperty().get()).isEqualTo(dialogs.notes.get(0));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aPlanningWorkbookOpensWithItsScenarios() {
        Path workbook = dir.resolve("sample.xlsx");
        planning.writeSample(workbook);
        commands.open(workbook);
        assertThat(workspace.project().orElseThrow().scenarios()).hasSameSizeAs(planning.sampleProject().scenarios());
        assertThat(workspace.file()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
