package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FlatModelTest {

    private final FlatModel model = new FlatModel();

    @Test
    void carriesTheMeanForwardWithTheSpreadOfTheObservations() {
        FlatModel.Fit fit = model.fit(new double[] {2, Double.NaN, 4, 6}, 12);

        assertThat(fit.level()).isEqualTo(4);
        assertThat(fit.spread()).isCloseTo(2, within(1e-12));
        assertThat(fit.forecast(3)).containsExactly(4, 4, 4);
        assertThat(fit.standardErrors(2)).containsExactly(new double[] {2 * Math.sqrt(4.0 / 3), 2 * Math.sqrt(4.0 / 3)},
                within(1e-12));
        assertThat(fit.degreesOfFreedom()).isEqualTo(2);
        assertThat(fit.residuals()[1]).isNaN();
        assertThat(fit.residuals()[3]).isEqualTo(2);
    }

    @Test
    void aSinglePointForecastsItselfWithNoSpread() {
        FlatModel.Fit fit = model.fit(new double[] {Double.NaN, 7.5}, 12);

        assertThat(fit.forecast(2)).containsExactly(7.5, 7.5);
        assertThat(fit.standardErrors(2)).containsExactly(0, 0);
        assertThat(fit.degreesOfFreedom()).isZero();
    }

    @Test
    void noObservationsForecastZero() {
        for (double[] history : new double[][] {{}, {Double.NaN, Double.NaN}}) {
            FlatModel.Fit fit = model.fit(history, 1);
            assertThat(fit.forecast(2)).containsExactly(0, 0);
            assertThat(fit.standardErrors(2)).containsExactly(0, 0);
        }
    }
}
