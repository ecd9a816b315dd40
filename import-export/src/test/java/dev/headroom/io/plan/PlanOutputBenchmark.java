package dev.headroom.io.plan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times writing the plan outputs of the 2,000-workload plan (DESIGN.md's scale); not a test.
 * Run from the module: {@code java -cp target/classes:target/test-classes:<dependencies>
 * dev.headroom.io.plan.PlanOutputBenchmark [OUT_DIR]}. Each output is written three times after one
 * warm-up; the best time counts, as the JIT and disk cache settle.
 */
public final class PlanOutputBenchmark {
    private PlanOutputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        Files.createDirectories(dir);
        LargePlan large = LargePlan.generate(2000, 120, 24, 7);
        time("PLAN.xlsx", () -> PlanWorkbookWriter.write(large.plan(), large.input(), dir.resolve("PLAN.xlsx")));
        System.out.printf(Locale.ROOT, "PLAN.xlsx size: %.1f MB%n", Files.size(dir.resolve("PLAN.xlsx")) / 1e6);
        time("PLAN.pdf", () -> dev.headroom.io.report.PlanReportWriter.write(large.plan(), large.input(),
                dir.resolve("PLAN.pdf"), dev.headroom.io.report.ReportOptions.defaults()));
        time("CSV tables", () -> dev.headroom.io.csv.PlanCsvWriter.write(large.plan(), large.input(),
                dir.resolve("csv"), dev.headroom.io.csv.CsvOptions.PLAIN));
        // The planning sheets alone (mostly the Usage sheet's history), for how the time divides.
        time("planning sheets alone", () -> dev.headroom.io.workbook.PlanningWorkbookWriter.write(large.input(),
                dir.resolve("INPUT.xlsx")));
    }

    /**
     * Prints wall-clock time and the writing thread's CPU time: on a busy machine (other builds running)
     * the wall clock also counts waiting for a core, the CPU time does not.
     */
    static void time(String what, Runnable write) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            write.run();
            long t = System.nanoTime() - t0;
            long c = threads.getCurrentThreadCpuTime() - c0;
            if (i > 0) {
                best = Math.min(best, t);
                bestCpu = Math.min(bestCpu, c);
            }
            System.out.printf(Locale.ROOT, "%s run %d: %.2f s wall, %.2f s CPU%n", what, i, t / 1e9, c / 1e9);
        }
        System.out.printf(Locale.ROOT, "%s best: %.2f s wall, %.2f s CPU%n", what, best / 1e9, bestCpu / 1e9);
    }
}
