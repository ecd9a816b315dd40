package dev.headroom.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void aProjectOrSpreadsheetGivenAloneOpensTheWindow(@TempDir Path dir) throws IOException {
        Path project = Files.writeString(dir.resolve("fleet.headroom"), "x");
        Path usage = Files.writeString(dir.resolve("usage.CSV"), "x");
        assertThat(Main.opensInWindow(new String[] {project.toString()})).isTrue();
        assertThat(Main.opensInWindow(new String[] {usage.toString()})).isTrue();
    }

    @Test
    void commandsOptionsAndMissingFilesGoToTheCommandLine(@TempDir Path dir) throws IOException {
        Path project = Files.writeString(dir.resolve("fleet.headroom"), "x");
        assertThat(Main.opensInWindow(new String[] {"plan"})).isFalse();
        assertThat(Main.opensInWindow(new String[] {"--version"})).isFalse();
        assertThat(Main.opensInWindow(new String[] {dir.resolve("gone.headroom").toString()})).isFalse();
        assertThat(Main.opensInWindow(new String[] {"validate", project.toString()})).isFalse();
        Path notes = Files.writeString(dir.resolve("notes.md"), "x");
        assertThat(Main.opensInWindow(new String[] {notes.toString()})).isFalse();
    }
}
