package dev.headroom.io.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaverTest {

    @TempDir
    Path dir;

    @Test
    void savesChangesAtTheIntervalToASidecarAndOffersThemAfterACrash() throws Exception {
        Path file = dir.resolve("p.headroom");
        Project saved = SampleProjects.random(1, 4, 6, 2);
        ProjectFile.write(file, saved);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        AtomicReference<Project> editing = new AtomicReference<>(saved.withNotes(List.of("edited")));
        try (Autosaver saver = Autosaver.start(file, editing::get, Duration.ofMillis(50))) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (saver.lastSaved().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(saver.lastSaved()).isPresent();
        }
        assertThat(ProjectFile.read(file)).isEqualTo(saved);
        assertThat(Autosaver.file(file)).exists();
        assertThat(ProjectFile.recoverableAutosave(file)).contains(editing.get());

        Autosaver.discard(file);
        assertThat(Autosaver.file(file)).doesNotExist();
        assertThat(Autosaver.recoverable(file)).isEmpty();
    }

    @Test
    void writesOnlyWhenTheProjectChangedAndNeverOffersAnOlderAutosave() throws Exception {
        Path file = dir.resolve("q.headroom");
        Project project = SampleProjects.random(2, 3, 4, 1);
        AtomicReference<Project> editing = new AtomicReference<>(project);
        try (Autosaver saver = Autosaver.start(file, editing::get, Duration.ofHours(1))) {
            saver.saveNow();
            Instant first = saver.lastSaved().orElseThrow();
            saver.saveNow();
            assertThat(saver.lastSaved()).contains(first);
            editing.set(project.withNotes(List.of("x")));
            saver.saveNow();
            assertThat(ProjectFile.read(Autosaver.file(file)).notes()).containsExactly("x");
        }
        assertThat(Autosaver.recoverable(file)).as("no project file yet: the autosave is all there is").isPresent();
        ProjectFile.write(file, project);
        Files.setLastModifiedTime(Autosaver.file(file), FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(Autosaver.recoverable(file)).as("saved after the autosave").isEmpty();
    }

    @Test
    void anUnreadableAutosaveIsNotOffered() throws Exception {
        Path file = dir.resolve("r.headroom");
        Files.writeString(Autosaver.file(file), "not a database");
        assertThat(Autosaver.recoverable(file)).isEmpty();
    }
}
