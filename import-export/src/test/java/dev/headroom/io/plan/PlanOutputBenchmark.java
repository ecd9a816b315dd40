package dev.headroom.io.plan;

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
        // The planning sheets alone (mostly the Usage sheet's history), for how the time divides.
        time("planning sheets alone", () -> dev.headroom.io.workbook.PlanningWorkbookWriter.write(large.input(),
                dir.resolve("INPUT.xlsx")));
    }

    static void time(String what, Runnable write) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            write.run();
            long t = System.nanoTime() - t0;
            if (i > 0) {
                best = Math.min(best, t);
            }
            System.out.printf(Locale.ROOT, "%s run %d: %.2f s%n", what, i, t / 1e9);
        }
        System.out.printf(Locale.ROOT, "%s best: %.2f s%n", what, best / 1e9);
    }
}
