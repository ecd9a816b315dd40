package dev.headroom.io.project;

import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Settings;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.io.ExportException;
import dev.headroom.io.testing.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everythingSavedComesBackEqual(long seed) {
        Project project = SampleProjects.random(seed, 3 + (int) seed, 10 + (int) seed, 1 + (int) (seed % 4));
        Path file = dir.resolve("p" + seed + ".headroom");
        ProjectFile.write(file, project);
        assertThat(ProjectFile.read(file)).isEqualTo(project);
    }

    @Test
    void aSaveReplacesTheWholeProjectAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("p.headroom");
        Project first = SampleProjects.random(1, 8, 24, 4);
        Project second = SampleProjects.random(2, 3, 5, 2).withNotes(List.of());
        ProjectFile.write(file, first);
        try (ProjectFile open = ProjectFile.open(file)) {
            assertThat(open.isReadOnly()).isFalse();
            open.save(second);
            assertThat(open.load()).isEqualTo(second);
        }
        assertThat(ProjectFile.read(file)).isEqualTo(second);
        ProjectFile.write(file, first);
        assertThat(ProjectFile.read(file)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("p.headroom", ".p.headroom.lock");
        }
    }

    @Test
    void movesBetweenPoolsRoundTripInTheSettingsAndThePlans() {
        Path file = dir.resolve("moves.headroom");
        Project base = SampleProjects.random(5, 3, 4, 2);
        PlanningInput in = base.input();
        PlanningInput moving = in.withSettings(in.settings().withMoves(true, 125.5));
        Project project = base.withInput(moving).withPlans(List.of(new ScenarioPlan("baseline", SamplePlan.withMoves())));

        ProjectFile.write(file, project);
        Project read = ProjectFile.read(file);

        assertThat(read).isEqualTo(project);
        assertThat(read.input().settings()).extracting(Settings::allowMoves, Settings::moveCost)
                .containsExactly(true, 125.5);
        assertThat(read.plans().getFirst().plan().moves()).isEqualTo(SamplePlan.withMoves().moves());
    }

    @Test
    void aSecondOpenIsReadOnlyAndSaysSo() {
        Path file = dir.resolve("shared.headroom");
        Project project = SampleProjects.random(3, 4, 6, 2);
        ProjectFile.write(file, project);
        try (ProjectFile first = ProjectFile.open(file); ProjectFile second = ProjectFile.open(file)) {
            assertThat(first.isReadOnly()).isFalse();
            assertThat(second.isReadOnly()).isTrue();
            assertThat(second.readOnlyReason()).contains("shared.headroom is open in another Headroom; it was opened read-only");
            assertThat(second.readOnlyWording()).map(w -> w.in(java.util.Locale.SIMPLIFIED_CHINESE))
                    .contains("shared.headroom 已在另一个 Headroom 中打开；已以只读方式打开");
            assertThat(second.load()).isEqualTo(project);
            assertThatThrownBy(() -> second.save(project)).isInstanceOf(ExportException.class)
                    .hasMessage("could not save " + file + ": shared.headroom is open in another Headroom; "
                            + "it was opened read-only")
                    .extracting(e -> ((ExportException) e).wording().in(java.util.Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("无法保存 " + file + "：shared.headroom 已在另一个 Headroom 中打开；已以只读方式打开");
            assertThatThrownBy(() -> ProjectFile.write(file, project)).isInstanceOf(ExportException.class);
        }
        try (ProjectFile again = ProjectFile.open(file)) {
            assertThat(again.isReadOnly()).isFalse();
        }
    }

    @Test
    void aFileThatCannotBeWrittenOpensReadOnlyAndSaysWhy() throws Exception {
        Path file = dir.resolve("locked-down.headroom");
        Project project = SampleProjects.random(8, 3, 4, 1);
        ProjectFile.write(file, project);
        assertThat(file.toFile().setWritable(false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "running as a user who may write anyway");
            try (ProjectFile open = ProjectFile.open(file)) {
                assertThat(open.readOnlyReason())
                        .contains("locked-down.headroom cannot be written (no permission); it was opened read-only");
                assertThat(open.load()).isEqualTo(project);
            }
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aFileByANewerHeadroomIsRefusedAndNotChanged() throws Exception {
        Path file = dir.resolve("newer.headroom");
        ProjectFile.write(file, SampleProjects.random(4, 3, 4, 1));
        try (Connection c = ProjectDatabase.connect(file, false); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (ProjectFile.formatVersion() + 1));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> ProjectFile.open(file)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.getMessage()).isEqualTo("newer.headroom: was saved by a newer Headroom (project format "
                        + (ProjectFile.formatVersion() + 1) + "; this Headroom reads formats up to "
                        + ProjectFile.formatVersion() + "); open it with that version. The file was not changed."));
        assertThatThrownBy(() -> ProjectFile.write(file, SampleProjects.random(5, 3, 4, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void filesThatAreNoProjectGetOneClearLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.headroom"), "period,workload\n2024-01,web\n");
        Path empty = Files.createFile(dir.resolve("empty.headroom"));
        Path otherDb = dir.resolve("other.headroom");
        try (Connection c = ProjectDatabase.connect(Files.createFile(otherDb), false); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        assertThat(problem(text)).isEqualTo("notes.headroom: is not a Headroom project (it is not an SQLite database)");
        assertThat(problem(empty)).isEqualTo("empty.headroom: is not a Headroom project (it is not an SQLite database)");
        assertThat(problem(otherDb)).isEqualTo("other.headroom: is an SQLite database, but not a Headroom project");
        assertThat(problem(dir.resolve("missing.headroom"))).isEqualTo("missing.headroom: no such file");
        assertThat(problem(dir)).endsWith(": is a folder, not a project file");
    }

    @Test
    void aDamagedFileGetsOneClearLine() throws IOException {
        Path file = dir.resolve("damaged.headroom");
        ProjectFile.write(file, SampleProjects.random(6, 40, 60, 4));
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            new java.util.Random(6).nextBytes(junk);
            raf.seek(size / 2 - size / 2 % 4096);
            raf.write(junk);
            raf.seek(4096);
            raf.write(junk, 0, 4096);
        }
        String line = problem(file);
        assertThat(line).startsWith("damaged.headroom: is damaged").doesNotContain("\n");
    }

    @Test
    void aHeaderAloneIsDamagedNotACrash() throws IOException {
        Path file = dir.resolve("cut.headroom");
        ProjectFile.write(file, SampleProjects.random(7, 3, 4, 1));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 200);
        Files.write(file, head);
        assertThat(problem(file)).startsWith("cut.headroom: is damaged").doesNotContain("\n");
    }

    private static String problem(Path file) {
        try {
            ProjectFile.read(file);
        } catch (InvalidInputException e) {
            assertThat(e.problems()).hasSize(1);
            return e.getMessage();
        }
        throw new AssertionError(file + " was read");
    }
}
