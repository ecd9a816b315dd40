package dev.headroom.forecast;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BoxCoxTest {

    /** Swings proportional to the level: the logarithm (lambda near 0) makes them constant. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void multiplicativeGrowthGetsTheLogarithm(int seed) {
        Random random = new Random(seed);
        double[] y = new double[120];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * Math.exp(0.03 * t) * (1 + 0.3 * Math.sin(2 * Math.PI * t / 12)) * Math.exp(0.05 * random.nextGaussian());
        }
        assertThat(BoxCox.guerrero(y, 12)).isCloseTo(0, within(0.25));
    }

    /** Swings of the same size at every level need no transform (lambda near 1). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void constantSwingsAreLeftAlone(int seed) {
        Random random = new Random(seed);
        double[] y = new double[120];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 3 * t + 20 * Math.sin(2 * Math.PI * t / 12) + 2 * random.nextGaussian();
        }
        assertThat(BoxCox.guerrero(y, 12)).isCloseTo(1, within(0.3));
    }

    @Test
    void inverseUndoesTheTransform() {
        double[] y = {0.5, 1, 7, 250, Double.NaN, 1e4};
        for (double lambda : new double[] {-1, -0.5, 0, 0.3, 1, 2}) {
            double[] back = BoxCox.inverse(BoxCox.transform(y, lambda), lambda);
            for (int t = 0; t < y.length; t++) {
                if (Double.isNaN(y[t])) {
                    assertThat(back[t]).isNaN();
                } else {
                    assertThat(back[t]).isCloseTo(y[t], within(1e-9 * y[t]));
                }
            }
        }
        assertThat(BoxCox.inverse(new double[] {-3}, 0.5)).containsExactly(0.0);
    }

    @Test
    void tooShortOrNotPositive() {
        assertThat(BoxCox.guerrero(new double[] {1, 2, 3, 4, 5}, 12)).isEqualTo(1);
        assertThatThrownBy(() -> BoxCox.guerrero(new double[] {1, 0, 3, 4}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
    }
}
