package dev.headroom.io.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded usage history, hourly, for a few workloads and two resources, as Prometheus metrics: written as
 * OpenMetrics for {@code promtool} to backfill, and kept here so that tests compute what the import must give.
 * Values have three decimals, so that their text is read back as the same double by Prometheus and by Java.
 */
final class GeneratedHistory {
    static final String CPU_METRIC = "headroom_test_cpu_cores";
    static final String MEMORY_METRIC = "headroom_test_memory_gib";
    static final List<String> WORKLOADS = List.of("batch", "search", "shop");
    /** The first quarter of 2024: 91 days, three whole months and thirteen whole ISO weeks (Jan 1 is a Monday). */
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);

    /** Samples per metric, per workload: hour index from {@link #FROM} to value. */
    private final Map<String, Map<String, double[]>> samples = new LinkedHashMap<>();

    GeneratedHistory(long seed) {
        Random random = new Random(seed);
        int hours = hours();
        for (String metric : List.of(CPU_METRIC, MEMORY_METRIC)) {
            Map<String, double[]> byWorkload = new LinkedHashMap<>();
            for (String workload : WORKLOADS) {
                double base = 2 + random.nextDouble() * 30;
                double growth = random.nextDouble() * 0.002;
                double[] values = new double[hours];
                for (int h = 0; h < hours; h++) {
                    double daily = 1 + 0.4 * Math.sin(2 * Math.PI * (h % 24) / 24.0);
                    double v = base * (1 + growth * h) * daily * (0.8 + 0.4 * random.nextDouble());
                    values[h] = BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
                }
                byWorkload.put(workload, values);
            }
            samples.put(metric, byWorkload);
        }
    }

    static int hours() {
        return (int) (TO.plusDays(1).toEpochDay() - FROM.toEpochDay()) * 24;
    }

    static Instant timeOf(int hour) {
        return FROM.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600L * hour);
    }

    double[] values(String metric, String workload) {
        return samples.get(metric).get(workload);
    }

    /** The samples of a metric's workload whose times fall in {@code [from, until)}. */
    double[] between(String metric, String workload, LocalDate from, LocalDate until) {
        double[] all = values(metric, workload);
        int first = (int) (from.toEpochDay() - FROM.toEpochDay()) * 24;
        int end = (int) (until.toEpochDay() - FROM.toEpochDay()) * 24;
        return java.util.Arrays.copyOfRange(all, Math.max(0, first), Math.min(all.length, end));
    }

    /**
     * One OpenMetrics file per day: promtool reads its whole input once per two-hour block, so one file of 91
     * days would be read over a thousand times; files of a day each are read twelve times, and can be
     * backfilled side by side.
     */
    List<Path> writeOpenMetrics(Path dir) {
        List<Path> files = new ArrayList<>();
        int days = hours() / 24;
        try {
            Files.createDirectories(dir);
            for (int d = 0; d < days; d++) {
                StringBuilder text = new StringBuilder();
                for (var metric : samples.entrySet()) {
                    text.append("# TYPE ").append(metric.getKey()).append(" gauge\n");
                    for (var workload : metric.getValue().entrySet()) {
                        for (int h = d * 24; h < (d + 1) * 24; h++) {
                            text.append(metric.getKey()).append("{namespace=\"").append(workload.getKey()).append("\"} ")
                                    .append(BigDecimal.valueOf(workload.getValue()[h]).toPlainString()).append(' ')
                                    .append(timeOf(h).getEpochSecond()).append('\n');
                        }
                    }
                }
                text.append("# EOF\n");
                Path file = dir.resolve(String.format("day-%03d.om", d));
                Files.writeString(file, text, StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The same samples as a usage CSV (period as a UTC timestamp, workload, resource, usage), for a file import. */
    String usageCsv(Map<String, String> resourceOfMetric) {
        StringBuilder csv = new StringBuilder("period,workload,resource,usage\n");
        for (var metric : samples.entrySet()) {
            for (var workload : metric.getValue().entrySet()) {
                double[] v = workload.getValue();
                for (int h = 0; h < v.length; h++) {
                    csv.append(timeOf(h)).append(',').append(workload.getKey()).append(',')
                            .append(resourceOfMetric.get(metric.getKey())).append(',')
                            .append(BigDecimal.valueOf(v[h]).toPlainString()).append('\n');
                }
            }
        }
        return csv.toString();
    }
}
