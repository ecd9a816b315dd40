package dev.headroom.installers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * jpackage's launcher configuration ({@code lib/app/NAME.cfg}, or {@code app/NAME.cfg} on Windows and in
 * {@code Contents/app} on macOS): an ini file whose {@code [JavaOptions]} section the launcher passes to the
 * JVM, with {@code $APPDIR} standing for the folder the cfg is in, wherever the application was installed.
 */
public final class LauncherConfig {

    private LauncherConfig() {
    }

    /** Adds a JVM option at the end of the {@code [JavaOptions]} section, creating the section if missing. */
    public static void addJavaOption(Path cfg, String option) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        String line = "java-options=" + option;
        if (lines.contains(line)) {
            return;
        }
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            if (!lines.isEmpty() && !lines.getLast().isBlank()) {
                lines.add("");
            }
            lines.add("[JavaOptions]");
            lines.add(line);
        } else {
            int end = section + 1;
            while (end < lines.size() && !lines.get(end).startsWith("[")) {
                end++;
            }
            while (end > section + 1 && lines.get(end - 1).isBlank()) {
                end--;
            }
            lines.add(end, line);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** The java-options lines, in order. */
    public static List<String> javaOptions(Path cfg) throws IOException {
        return Files.readAllLines(cfg, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("java-options="))
                .map(l -> l.substring("java-options=".length()))
                .toList();
    }
}
