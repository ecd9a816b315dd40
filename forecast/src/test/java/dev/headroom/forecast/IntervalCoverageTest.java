package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On histories that follow the model with Gaussian noise, the intervals cover about as often as
 * they say: 500 independent histories, each scored on one future point a few steps out.
 */
class IntervalCoverageTest {

    private static final int RUNS = 500;

    /** The last column is the lowest 95% coverage accepted. */
    @ParameterizedTest(name = "{0} months of history, step {1}, seasonal amplitude {2}")
    @CsvSource({"36, 1, 15, 0.90", "36, 12, 15, 0.90", "48, 6, 15, 0.90", "14, 3, 0, 0.90", "6, 2, 0, 0.90", "4, 1, 0, 0.90"})
    void intervalsCoverAboutTheirLevel(int length, int step, double amplitude, double lowest95) {
        Random random = new Random(length * 100L + step);
        double[] effects = amplitude == 0 ? new double[0] : Synthetic.yearlyWave(amplitude);
        List<TimeSeries> histories = new ArrayList<>();
        double[] futures = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            double[] path = Synthetic.seasonalTrend(random, length + step, 200, 1.5, effects, 8);
            histories.add(Synthetic.monthly("w" + r, java.util.Arrays.copyOf(path, length)));
            futures[r] = path[length + step - 1];
        }

        List<SeriesForecast> forecasts = new SmileForecaster().forecast(histories, step,
                ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS), ProgressListener.NONE, Cancellation.NEVER);

        assertThat(coverage(forecasts, futures, 0.8, step)).isBetween(0.70, 0.90);
        assertThat(coverage(forecasts, futures, 0.95, step)).isBetween(lowest95, 0.99);
        assertThat(forecasts.getFirst().accuracy().origins() > 0).as("backtested from 6 points on").isEqualTo(length >= 6);
    }

    private static double coverage(List<SeriesForecast> forecasts, double[] futures, double level, int step) {
        int covered = 0;
        for (int r = 0; r < futures.length; r++) {
            SeriesForecast f = forecasts.get(r);
            if (f.lower(level, step - 1) <= futures[r] && futures[r] <= f.upper(level, step - 1)) {
                covered++;
            }
        }
        return (double) covered / futures.length;
    }
}
