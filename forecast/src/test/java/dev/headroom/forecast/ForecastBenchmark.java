package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@link SmileForecaster} on seeded monthly series (not a test: run it by hand).
 * Arguments: series count (2000), months of history (36), horizon (24), threads (all processors).
 * The first run includes loading OpenBLAS; the median of the following runs is the steady figure.
 */
public final class ForecastBenchmark {

    private ForecastBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 36;
        int horizon = args.length > 2 ? Integer.parseInt(args[2]) : 24;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        Random random = new Random(2026);
        List<TimeSeries> series = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double level = 10 + random.nextDouble() * 1000;
            double[] values = Synthetic.seasonalTrend(random, months, level, level * 0.01 * random.nextGaussian(),
                    Synthetic.yearlyWave(level * 0.1 * random.nextDouble()), level * 0.05);
            for (int t = 0; t < months; t++) {
                values[t] = Math.max(0, values[t]);
            }
            series.add(Synthetic.monthly("w" + i, values));
        }
        SmileForecaster forecaster = new SmileForecaster(threads);
        ForecastOptions options = ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS, 0.9);
        double[] seconds = new double[6];
        for (int run = 0; run < seconds.length; run++) {
            long start = System.nanoTime();
            forecaster.forecast(series, horizon, options, ProgressListener.NONE, Cancellation.NEVER);
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        double[] warm = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%d series x %d months, horizon %d, %d threads: first run %.3f s, median of %d more %.3f s%n",
                count, months, horizon, threads, seconds[0], warm.length, warm[warm.length / 2]);
    }
}
