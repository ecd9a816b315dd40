package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GlobalBoostTest {

    /** A yearly shape every series shares, on its own level: the trees must learn it from all of them. */
    private static final double[] SHAPE = {0.8, 0.85, 0.95, 1.0, 1.1, 1.25, 1.3, 1.2, 1.05, 0.95, 0.85, 0.7};

    private static List<double[]> family(long seed, int count, int length) {
        Random random = new Random(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double level = 10 + 990 * random.nextDouble();
            double[] y = new double[length];
            for (int t = 0; t < length; t++) {
                y[t] = level * SHAPE[t % 12] * (1 + 0.02 * random.nextGaussian());
            }
            out.add(y);
        }
        return out;
    }

    private static int[] seasons(int count) {
        int[] s = new int[count];
        java.util.Arrays.fill(s, 12);
        return s;
    }

    @Test
    void recoversASeasonalPatternSharedAcrossSeries() {
        List<double[]> series = family(1, 60, 72);
        GlobalBoost boost = GlobalBoost.train(series, seasons(60), 12, GlobalBoost.lagsFor(12)).orElseThrow();

        // A series it never saw, on a level none of the others has, ending in the middle of a year.
        double level = 5000;
        double[] fresh = new double[42];
        for (int t = 0; t < fresh.length; t++) {
            fresh[t] = level * SHAPE[t % 12];
        }
        double[] f = boost.forecast(fresh, 12, 12);
        for (int k = 0; k < 12; k++) {
            double expected = level * SHAPE[(42 + k) % 12];
            assertThat(f[k]).as("step %d", k + 1).isCloseTo(expected, within(0.06 * expected));
        }
    }

    @Test
    void sameSeriesSameTrees() {
        List<double[]> series = family(2, 30, 60);
        double[] a = GlobalBoost.train(series, seasons(30), 6, 24).orElseThrow().forecast(series.get(3), 12, 6);
        double[] b = GlobalBoost.train(series, seasons(30), 6, 24).orElseThrow().forecast(series.get(3), 12, 6);
        assertThat(a).containsExactly(b);
    }

    @Test
    void tooLittleToLearnFromGivesNoModel() {
        assertThat(GlobalBoost.train(family(3, 2, 10), seasons(2), 3, 8)).isEqualTo(Optional.empty());
        GlobalBoostModel untrained = GlobalBoostModel.UNTRAINED;
        assertThat(untrained.canFit(new double[] {1, 2, 3, 4, 5}, 1)).isFalse();
    }
}
