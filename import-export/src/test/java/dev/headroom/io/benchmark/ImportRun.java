package dev.headroom.io.benchmark;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One import in a fresh JVM (the benchmark starts it with {@code -Xmx512m} and two processors), so
 * that its peak memory is its own. Prints {@code rows seconds peak-heap-MB peak-RSS-MB series}.
 */
public final class ImportRun {
    private ImportRun() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        ImportOptions options = new ImportOptions(Optional.of(Frequency.MONTH),
                Map.of("cpu", Aggregation.P95, "memory", Aggregation.MAX), Map.of());
        long start = System.nanoTime();
        UsageImport result = UsageImporter.read(file, ImportMapping.automatic(), options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d %.3f %.0f %.0f %d%n", result.summary().rowsRead(), seconds,
                peakHeap / 1048576.0, rssPeakMb(), result.series().size());
    }

    /** The process's peak resident memory (VmHWM), or NaN where /proc is not there. */
    static double rssPeakMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
