package dev.headroom.io.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Opening and saving a large project (issue #7: 2,000 workloads x 120 periods x 4 resources, target under 1 s
 * each). Not a test: run with the test class path,
 * {@code java -cp ... dev.headroom.io.project.ProjectBenchmark [workloads periods resources runs]}.
 * Prints the median and the slowest of the timed runs after two warm-up runs.
 */
public final class ProjectBenchmark {
    private ProjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workloads = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int periods = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int resources = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        Project project = SampleProjects.random(42, workloads, periods, resources);
        Project other = project.withNotes(List.of("changed"));
        Path dir = Files.createTempDirectory("headroom-bench");
        Path file = dir.resolve("bench.headroom");
        double[] create = new double[runs];
        double[] save = new double[runs];
        double[] open = new double[runs];
        for (int i = -2; i < runs; i++) {
            Files.deleteIfExists(file);
            long t0 = System.nanoTime();
            ProjectFile.write(file, project);
            long t1 = System.nanoTime();
            Project loaded;
            try (ProjectFile f = ProjectFile.open(file)) {
                loaded = f.load();
            }
            long t2 = System.nanoTime();
            try (ProjectFile f = ProjectFile.open(file)) {
                f.save(i % 2 == 0 ? other : project);
            }
            long t3 = System.nanoTime();
            if (!loaded.equals(project)) {
                throw new IllegalStateException("the project did not come back equal");
            }
            if (i >= 0) {
                create[i] = (t1 - t0) / 1e9;
                open[i] = (t2 - t1) / 1e9;
                save[i] = (t3 - t2) / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "project of %d workloads x %d periods x %d resources (%,d observations), file %.1f MB%n",
                workloads, periods, resources, (long) workloads * periods * resources, Files.size(file) / 1e6);
        report("save as a new file", create);
        report("open and load", open);
        report("open and save over it", save);
        Files.deleteIfExists(file);
        Files.deleteIfExists(ProjectLock.lockFile(file));
        Files.deleteIfExists(dir);
    }

    private static void report(String what, double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-24s median %.3f s, slowest %.3f s (%d runs)%n", what, sorted[sorted.length / 2],
                sorted[sorted.length - 1], sorted.length);
    }
}
