package dev.headroom.forecast.benchmark;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The speed target: 10,000 generated monthly series of 36 to 120 points (level, trend, a yearly
 * season of random strength, noise, the odd spike and level shift), h = 18, automatic selection, timed
 * once cold (the first call includes loading OpenBLAS and the JIT warming up) and reported with the peak
 * heap. Run under {@code -Xmx1g} on 2 cores: see forecast-benchmark.md. Arguments: series (10000),
 * threads (all processors).
 */
public final class SpeedBenchmark {

    private SpeedBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<TimeSeries> series = generate(count, new Random(2026));
        SmileForecaster forecaster = new SmileForecaster(threads);
        long start = System.nanoTime();
        forecaster.forecast(series, 18, ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS, 0.5, 0.9),
                ProgressListener.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%,d monthly series of 36-120 points, h = 18, %d threads on %d processors, "
                        + "max heap %d MiB: %.1f s, peak heap used %d MiB%n", count, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, seconds, peak >> 20);
    }

    static List<TimeSeries> generate(int count, Random random) {
        List<TimeSeries> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = 36 + random.nextInt(85);
            double level = 10 + random.nextDouble() * 1000;
            double slope = level * 0.01 * random.nextGaussian();
            double amplitude = level * 0.2 * random.nextDouble();
            double noise = level * (0.01 + 0.1 * random.nextDouble());
            int shiftAt = random.nextInt(4) == 0 ? random.nextInt(n) : n;
            double[] v = new double[n];
            for (int t = 0; t < n; t++) {
                double y = level + slope * t + amplitude * Math.sin(2 * Math.PI * t / 12) + noise * random.nextGaussian()
                        + (t >= shiftAt ? level * 0.3 : 0);
                if (random.nextInt(100) == 0) {
                    y *= 3;
                }
                v[t] = Math.max(0, y);
            }
            out.add(new TimeSeries(new SeriesKey("w" + i, "cpu"), Period.parse("2015-01"), v));
        }
        return out;
    }
}
