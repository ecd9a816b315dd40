package dev.headroom.io.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The Python side of the benchmark: finds a python3 with openpyxl and times a script on a file. */
final class Python {
    /**
     * Prints rows, seconds and the peak resident memory from /proc (VmHWM): ru_maxrss would include the
     * JVM that started Python, as Linux keeps it across exec.
     */
    private static final String PEAK = "print(n, time.perf_counter() - t, [int(l.split()[1]) for l in"
            + " open('/proc/self/status') if l.startswith('VmHWM')][0] / 1024)";
    /** openpyxl's fastest mode: read-only, values only, every row of the Usage sheet. */
    static final String OPENPYXL = String.join("\n",
            "import sys, time, openpyxl",
            "t = time.perf_counter()",
            "wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)",
            "n = sum(1 for _ in wb['Usage'].iter_rows(min_row=2, values_only=True))",
            "wb.close()",
            PEAK);
    /** Python's own csv module, splitting every line; a floor for any CSV reader in Python. */
    static final String CSV = String.join("\n",
            "import sys, time, csv",
            "t = time.perf_counter()",
            "f = open(sys.argv[1], newline='')",
            "r = csv.reader(f); next(r)",
            "n = sum(1 for _ in r)",
            PEAK);

    private Python() {
    }

    /** The first of {@code python3} and Debian's {@code /usr/bin/python3} that can import openpyxl. */
    static Optional<String> withOpenpyxl() throws InterruptedException {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import openpyxl").redirectErrorStream(true).start();
                ImportBenchmark.read(p.getInputStream());
                if (p.waitFor() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // not installed under that name
            }
        }
        return Optional.empty();
    }

    /** Runs the script once on the file; adds a table row, returns its seconds. */
    static double measure(String python, String name, String script, Path file, List<String> table)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", script, file.toString()).redirectErrorStream(true).start();
        String out = ImportBenchmark.read(p.getInputStream());
        if (p.waitFor() != 0) {
            table.add("| " + name + " | " + file.getFileName() + " | failed: " + out.strip().lines().reduce((a, b) -> b)
                    .orElse("") + " | | | |");
            return Double.NaN;
        }
        String[] f = out.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
        double seconds = Double.parseDouble(f[1]);
        table.add(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.2f | n/a | %.0f |", name, file.getFileName(),
                Long.parseLong(f[0]) / seconds, seconds, Double.parseDouble(f[2])));
        return seconds;
    }
}
