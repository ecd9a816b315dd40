package dev.headroom.io.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The import benchmark of issue #3, not a test: generates a 1,000,000-row long-layout usage history
 * as .xlsx and .csv, imports each with Headroom in a fresh JVM ({@code -Xmx512m}, two processors),
 * and reads the same files in the same run with Python's openpyxl in read-only mode (and Python's
 * csv module for the CSV), printing rows per second and peak memory as a Markdown table.
 *
 * <p>Run with {@code ./mvnw -q -B -o -pl import-export -Pbenchmark verify -DskipTests}; arguments:
 * {@code [rows] [folder]}. When python3 or openpyxl is missing, its rows say so and the rest runs.
 */
public final class ImportBenchmark {
    private static final int SERIES = 100;
    private static final int RUNS = 3;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/benchmark"));
        Path xlsx = dir.resolve("usage-" + rows + ".xlsx");
        Path csv = dir.resolve("usage-" + rows + ".csv");
        if (!Files.exists(xlsx)) {
            System.out.println("writing " + xlsx);
            BenchmarkFiles.writeXlsx(xlsx, rows, SERIES);
        }
        if (!Files.exists(csv)) {
            System.out.println("writing " + csv);
            BenchmarkFiles.writeCsv(csv, rows, SERIES);
        }
        System.out.printf(Locale.ROOT, "%d rows, %d series of hourly samples rolled up to months; %s %d MB, %s %d MB%n",
                rows, SERIES, xlsx.getFileName(), Files.size(xlsx) >> 20, csv.getFileName(), Files.size(csv) >> 20);
        System.out.printf(Locale.ROOT, "machine: %s, %d processors available to this JVM, Java %s%n",
                cpuName(), Runtime.getRuntime().availableProcessors(), Runtime.version());
        Optional<String> python = Python.withOpenpyxl();
        List<String> table = new ArrayList<>();
        table.add("| reader | file | rows/s | seconds | peak heap MB | peak RSS MB |");
        table.add("| --- | --- | ---: | ---: | ---: | ---: |");
        double headroomXlsx = measureHeadroom(xlsx, table);
        measureHeadroom(csv, table);
        double openpyxl = Double.NaN;
        if (python.isPresent()) {
            openpyxl = Python.measure(python.get(), "openpyxl (read-only)", Python.OPENPYXL, xlsx, table);
            Python.measure(python.get(), "Python csv module", Python.CSV, csv, table);
        } else {
            table.add("| openpyxl (read-only) | " + xlsx.getFileName() + " | skipped: no python3 with openpyxl"
                    + " (apt-get install python3-openpyxl) | | | |");
        }
        System.out.println();
        table.forEach(System.out::println);
        if (!Double.isNaN(openpyxl)) {
            System.out.printf(Locale.ROOT, "%nHeadroom reads the .xlsx %.1f× as fast as openpyxl%n", openpyxl / headroomXlsx);
        }
    }

    /** The best of {@link #RUNS} imports in fresh JVMs; adds a table row, returns its seconds. */
    private static double measureHeadroom(Path file, List<String> table) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] best = null;
        for (int run = 0; run < RUNS; run++) {
            Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:ActiveProcessorCount=2",
                    "-cp", System.getProperty("java.class.path"), ImportRun.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String out = read(p.getInputStream());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the import failed:\n" + out);
            }
            String[] f = out.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
            if (best == null || Double.parseDouble(f[1]) < Double.parseDouble(best[1])) {
                best = f;
            }
        }
        double seconds = Double.parseDouble(best[1]);
        table.add(String.format(Locale.ROOT, "| Headroom (-Xmx512m, 2 cores) | %s | %,.0f | %.2f | %s | %s |",
                file.getFileName(), Long.parseLong(best[0]) / seconds, seconds, best[2], best[3]));
        return seconds;
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String cpuName() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
