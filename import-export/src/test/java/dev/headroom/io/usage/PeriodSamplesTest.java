package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The roll-up of one period past its exact samples: max, mean, sum and last stay exact; p95 and p99
 * come from the t-digest within 0.5% of rank of the exact quantile (the error the Javadoc states).
 */
class PeriodSamplesTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sketchedQuantilesAreWithinHalfAPercentOfRank(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 100_000;
        double[] values = new double[n];
        PeriodSamples p95 = new PeriodSamples(1);
        PeriodSamples p99 = new PeriodSamples(1);
        PeriodSamples others = new PeriodSamples(1);
        for (int i = 0; i < n; i++) {
            // Log-normal, like CPU usage with bursts.
            values[i] = Math.exp(random.nextGaussian() * 0.8 + 2);
            p95.add(i, values[i], Aggregation.P95);
            p99.add(i, values[i], Aggregation.P99);
            others.add(i, values[i], Aggregation.MAX);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);

        assertThat(rank(sorted, p95.combine(Aggregation.P95))).isCloseTo(0.95, within(0.005));
        assertThat(rank(sorted, p99.combine(Aggregation.P99))).isCloseTo(0.99, within(0.005));
        assertThat(others.combine(Aggregation.MAX)).isEqualTo(sorted[n - 1]);
        assertThat(others.combine(Aggregation.SUM)).isCloseTo(Arrays.stream(values).sum(), within(1e-6));
        assertThat(others.combine(Aggregation.MEAN)).isCloseTo(Arrays.stream(values).average().orElseThrow(), within(1e-9));
        assertThat(others.combine(Aggregation.LAST)).isEqualTo(values[n - 1]);
    }

    @ParameterizedTest(name = "{0} samples")
    @ValueSource(ints = {1, 7, 511, 512})
    void upToTheExactLimitQuantilesAreExact(int n) {
        SplittableRandom random = new SplittableRandom(n);
        double[] values = new double[n];
        PeriodSamples samples = new PeriodSamples(1);
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble(0, 100);
            samples.add(n - i, values[i], Aggregation.P95);
        }

        assertThat(samples.combine(Aggregation.P95)).isEqualTo(Aggregation.P95.apply(values));
    }

    private static double rank(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        return (i >= 0 ? i : -i - 1) / (double) sorted.length;
    }
}
