package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every forecast keeps, on seeded random batches of awkward series. */
class ForecastInvariantsTest {

    private static final ForecastOptions OPTIONS =
            ForecastOptions.forLevels(List.of(0.5, 0.8, 0.95), 0.5, 0.99);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void quantilesOrderedNonNegativeAroundThePointAndRepeatable(long seed) {
        Random random = new Random(seed);
        List<TimeSeries> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(randomSeries(random, i));
        }
        int horizon = 1 + random.nextInt(24);

        List<SeriesForecast> once = new SmileForecaster(1).forecast(batch, horizon, OPTIONS,
                ProgressListener.NONE, Cancellation.NEVER);
        List<SeriesForecast> again = new SmileForecaster(4).forecast(batch, horizon, OPTIONS,
                ProgressListener.NONE, Cancellation.NEVER);

        assertThat(again).as("same input, any thread count, same output").isEqualTo(once);
        for (int i = 0; i < once.size(); i++) {
            SeriesForecast f = once.get(i);
            assertThat(f.start()).isEqualTo(batch.get(i).end().next());
            assertThat(f.model()).isNotBlank();
            assertThat(f.accuracy().coverage95()).satisfiesAnyOf(c -> assertThat(c).isNaN(), c -> assertThat(c).isBetween(0.0, 1.0));
            assertThat(f.backtestMase()).satisfiesAnyOf(m -> assertThat(m).isNaN(), m -> assertThat(m).isFinite().isNotNegative());
            for (int k = 0; k < horizon; k++) {
                double point = f.point()[k];
                assertThat(point).as("%s step %d", f, k).isFinite().isNotNegative();
                double previous = 0;
                for (Map.Entry<Double, double[]> q : f.quantiles().entrySet()) {
                    double v = q.getValue()[k];
                    assertThat(v).as("%s q%s step %d", f, q.getKey(), k).isFinite().isGreaterThanOrEqualTo(previous);
                    if (q.getKey() < 0.5) {
                        assertThat(v).isLessThanOrEqualTo(point);
                    } else if (q.getKey() > 0.5) {
                        assertThat(v).isGreaterThanOrEqualTo(point);
                    } else {
                        assertThat(v).isEqualTo(point);
                    }
                    previous = v;
                }
            }
        }
    }

    /** Lengths from empty to five years, any frequency, gaps, zeros, spikes and steep declines. */
    private static TimeSeries randomSeries(Random random, int i) {
        Frequency frequency = Frequency.values()[random.nextInt(Frequency.values().length)];
        int length = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(4);
            case 1 -> random.nextInt(15);
            default -> random.nextInt(130);
        };
        double scale = Math.pow(10, random.nextInt(7) - 2);
        double level = scale * random.nextDouble() * 100;
        double slope = scale * (random.nextGaussian() * 2);
        double amplitude = scale * random.nextDouble() * 20;
        double noise = random.nextInt(5) == 0 ? 0 : scale * random.nextDouble() * 10;
        double gapRate = random.nextInt(3) == 0 ? random.nextDouble() * 0.6 : 0;
        boolean zeros = random.nextInt(8) == 0;
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            double v = zeros ? 0 : level + slope * t + amplitude * Math.sin(2 * Math.PI * t / frequency.seasonLength())
                    + noise * random.nextGaussian();
            if (random.nextInt(40) == 0) {
                v *= 5;
            }
            values[t] = random.nextDouble() < gapRate ? Double.NaN : Math.max(0, v);
        }
        Period start = Period.containing(frequency, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(400)));
        return new TimeSeries(new SeriesKey("w" + i, "cpu"), start, values);
    }
}
