package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearTrendModelTest {

    private final LinearTrendModel model = new LinearTrendModel();

    @Test
    void recoversInterceptAndSlopeFromNoisyHistory() {
        double[] y = Synthetic.seasonalTrend(new Random(42), 48, 30, -0.25, new double[0], 1);

        RegressionFit fit = model.fit(y, 12);

        assertThat(fit.description()).isEqualTo("trend");
        assertThat(fit.intercept()).isCloseTo(30, within(0.7));
        assertThat(fit.slope()).isCloseTo(-0.25, within(0.03));
        assertThat(fit.seasonalEffects()).isEmpty();
        assertThat(fit.residualStandardDeviation()).isBetween(0.7, 1.3);
        assertThat(fit.degreesOfFreedom()).isEqualTo(46);
    }

    @Test
    void anExactLineHasNoResidualsAndForecastsItsContinuation() {
        double[] y = {3, 5, 7, 9, 11};

        RegressionFit fit = model.fit(y, 1);

        assertThat(fit.forecast(3)).containsExactly(new double[] {13, 15, 17}, within(1e-9));
        assertThat(fit.residuals()).containsExactly(new double[] {0, 0, 0, 0, 0}, within(1e-9));
        assertThat(fit.standardErrors(3)).containsExactly(new double[] {0, 0, 0}, within(1e-6));
    }

    @Test
    void textbookPredictionErrorForTheNextPeriod() {
        // x = 0..3, y = 1, 3, 2, 5: slope 1.1, intercept 1.1, RSS 2.7 on 2 df; at x = 4 the leverage is
        // 1/4 + (4 - 1.5)^2 / 5 = 1.5, so the standard error is sqrt(1.35 * 2.5).
        RegressionFit fit = model.fit(new double[] {1, 3, 2, 5}, 1);

        assertThat(fit.slope()).isCloseTo(1.1, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(1.1, within(1e-12));
        assertThat(fit.forecast(1)[0]).isCloseTo(5.5, within(1e-12));
        assertThat(fit.standardErrors(1)[0]).isCloseTo(Math.sqrt(1.35 * 2.5), within(1e-12));
    }

    @Test
    void needsThreeObservations() {
        double[] two = {1, Double.NaN, 2, Double.NaN};
        assertThat(model.canFit(two, 1)).isFalse();
        assertThat(model.canFit(new double[] {1, Double.NaN, 2, 4}, 1)).isTrue();
        assertThatThrownBy(() -> model.fit(two, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3 observations, the history has 2");
    }

    @Test
    void refusesAnInfiniteValueNamingItsPeriod() {
        assertThatThrownBy(() -> model.fit(new double[] {1, 2, Double.POSITIVE_INFINITY, 4}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period 2");
    }
}
