package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.NavigableMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IntervalsTest {

    private static final TreeSet<Double> LEVELS = new TreeSet<>(java.util.List.of(0.025, 0.1, 0.5, 0.9, 0.975));

    @Test
    void studentsTOnTheResidualDegreesOfFreedomAndNormalWithout() {
        // Reference values from statistical tables.
        assertThat(Intervals.multiplier(0.975, 23)).isCloseTo(2.0687, within(1e-4));
        assertThat(Intervals.multiplier(0.9, 3)).isCloseTo(1.6377, within(1e-4));
        assertThat(Intervals.multiplier(0.025, 1)).isCloseTo(-12.7062, within(1e-4));
        assertThat(Intervals.multiplier(0.9, 0)).isCloseTo(1.2816, within(1e-4));
    }

    @Test
    void quantilesSitAroundTheMeanAtTheirMultiplierOfTheStandardError() {
        NavigableMap<Double, double[]> q = Intervals.quantiles(new double[] {100, 100}, new double[] {10, 20}, 23, LEVELS);

        assertThat(q.get(0.5)).containsExactly(100, 100);
        assertThat(q.get(0.975)[0]).isCloseTo(100 + 20.687, within(1e-3));
        assertThat(q.get(0.975)[1]).isCloseTo(100 + 41.374, within(1e-3));
        assertThat(q.get(0.025)[1]).isCloseTo(100 - 41.374, within(1e-3));
    }

    @Test
    void nothingGoesBelowZeroAndTheOrderHolds() {
        NavigableMap<Double, double[]> q = Intervals.quantiles(new double[] {-5, 1}, new double[] {3, 4}, 10, LEVELS);

        assertThat(q.get(0.025)).containsExactly(0, 0);
        assertThat(q.get(0.5)).containsExactly(0, 1);
        assertThat(q.get(0.975)[0]).isCloseTo(-5 + 3 * 2.2281, within(1e-3));
        assertThat(Intervals.clipAtZero(new double[] {-5, 0, 2})).containsExactly(0, 0, 2);
    }

    @Test
    void aMissingOrBrokenStandardErrorGivesZeroWidth() {
        NavigableMap<Double, double[]> q = Intervals.quantiles(new double[] {4}, new double[] {Double.NaN}, 5, LEVELS);

        assertThat(q.values()).allSatisfy(v -> assertThat(v).containsExactly(4));
    }

    @Test
    void lengthsMustAgree() {
        assertThatThrownBy(() -> Intervals.quantiles(new double[2], new double[3], 5, LEVELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 forecasts but 3 standard errors");
    }
}
