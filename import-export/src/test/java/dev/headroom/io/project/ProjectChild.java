package dev.headroom.io.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A second Headroom process for the crash and lock tests, started by {@link ChildJvm}.
 * {@code save FILE}: saves project after project into FILE, printing {@code saved N} after each commit.
 * {@code hold FILE}: opens FILE for writing, prints {@code open}, and waits to be killed.
 */
public final class ProjectChild {
    private ProjectChild() {
    }

    /** The project saved as number {@code n}: one of a few different projects, told apart by its note. */
    static Project project(int n, List<Project> variants) {
        return variants.get(n % variants.size()).withNotes(List.of("save " + n));
    }

    static List<Project> variants() {
        return List.of(SampleProjects.random(11, 300, 36, 2), SampleProjects.random(12, 200, 48, 3),
                SampleProjects.random(13, 100, 24, 1));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "save" -> {
                List<Project> variants = variants();
                try (ProjectFile open = ProjectFile.open(file)) {
                    for (int n = 0; ; n++) {
                        open.save(project(n, variants));
                        System.out.println("saved " + n);
                        System.out.flush();
                    }
                }
            }
            case "hold" -> {
                try (ProjectFile open = ProjectFile.open(file)) {
                    System.out.println(open.isReadOnly() ? "read-only" : "open");
                    System.out.flush();
                    Thread.sleep(60_000);
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
