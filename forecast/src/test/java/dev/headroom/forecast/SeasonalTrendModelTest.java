package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SeasonalTrendModelTest {

    private final SeasonalTrendModel model = new SeasonalTrendModel();

    @Test
    void recoversTrendAndSeasonFromThreeNoisyYears() {
        double[] effects = Synthetic.yearlyWave(8);
        double[] y = Synthetic.seasonalTrend(new Random(7), 36, 100, 1.5, effects, 0.5);

        RegressionFit fit = model.fit(y, 12);

        assertThat(fit.description()).isEqualTo("trend+season(12)");
        assertThat(fit.intercept()).isCloseTo(100, within(0.6));
        assertThat(fit.slope()).isCloseTo(1.5, within(0.03));
        double[] found = fit.seasonalEffects();
        assertThat(found).hasSize(12);
        for (int s = 0; s < 12; s++) {
            assertThat(found[s]).as("season position %d", s).isCloseTo(effects[s], within(0.7));
        }
        assertThat(fit.residualStandardDeviation()).isBetween(0.3, 0.8);
        assertThat(fit.degreesOfFreedom()).isEqualTo(36 - 13);
    }

    @Test
    void forecastsContinueTheSeasonAfterTheHistory() {
        double[] effects = Synthetic.yearlyWave(10);
        double[] y = Synthetic.seasonalTrend(new Random(1), 30, 50, 2, effects, 0);

        double[] point = model.fit(y, 12).forecast(14);

        for (int k = 0; k < 14; k++) {
            int t = 30 + k;
            assertThat(point[k]).as("step %d", k + 1).isCloseTo(50 + 2 * t + effects[t % 12], within(1e-8));
        }
    }

    @Test
    void gapsAreSkippedButKeepTheirPlaceInTime() {
        double[] effects = Synthetic.yearlyWave(5);
        double[] y = Synthetic.seasonalTrend(new Random(3), 40, 20, 0.5, effects, 0);
        for (int t : new int[] {3, 4, 17, 30, 31, 32}) {
            y[t] = Double.NaN;
        }

        RegressionFit fit = model.fit(y, 12);

        assertThat(fit.slope()).isCloseTo(0.5, within(1e-9));
        assertThat(fit.intercept()).isCloseTo(20, within(1e-8));
        assertThat(fit.residuals()[17]).isNaN();
        assertThat(fit.residuals()[18]).isCloseTo(0, within(1e-9));
        assertThat(fit.forecast(1)[0]).isCloseTo(20 + 0.5 * 40 + effects[40 % 12], within(1e-8));
    }

    @Test
    void standardErrorsGrowFromOneSeasonToTheNext() {
        double[] y = Synthetic.seasonalTrend(new Random(11), 36, 100, 1, Synthetic.yearlyWave(5), 2);

        double[] se = model.fit(y, 12).standardErrors(36);

        // Within a season the uncertainty of each position's effect differs a little, so compare
        // the same position one season later, where only the slope's uncertainty has grown.
        for (int k = 12; k < se.length; k++) {
            assertThat(se[k]).as("step %d", k + 1).isGreaterThan(se[k - 12]);
        }
        assertThat(se[0]).isGreaterThan(0);
    }

    @Test
    void needsEverySeasonPositionObservedTwice() {
        double[] y = Synthetic.seasonalTrend(new Random(5), 24, 10, 0, Synthetic.yearlyWave(2), 0.1);
        assertThat(model.canFit(y, 12)).isTrue();
        assertThat(model.canFit(java.util.Arrays.copyOf(y, 23), 12)).isFalse();
        y[13] = Double.NaN;
        assertThat(model.canFit(y, 12)).isFalse();
        assertThat(model.canFit(y, 1)).as("no season to fit").isFalse();
        assertThatThrownBy(() -> model.fit(y, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("season of 12 periods");
    }
}
