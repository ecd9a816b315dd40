package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BacktestTest {

    @Test
    void flatModelOnARampHandChecked() {
        // 8 observations, horizon 2: hold out min(2, 8 / 4) = 2. Fitted on 1..6 the level is 3.5;
        // errors |7 - 3.5| and |8 - 3.5| average 4; the naive one-step error on 1..6 is 1.
        double mase = Backtest.mase(new FlatModel(), new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 2);

        assertThat(mase).isCloseTo(4, within(1e-12));
    }

    @Test
    void holdoutIsAQuarterOfTheObservationsWhenTheHorizonIsLonger() {
        // 8 observations, horizon 12: hold out 2 again.
        assertThat(Backtest.mase(new FlatModel(), new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 12))
                .isCloseTo(4, within(1e-12));
    }

    @Test
    void aTrendModelOnAnExactLineMakesNoError() {
        double[] y = Synthetic.seasonalTrend(new Random(1), 36, 10, 2, new double[0], 0);

        assertThat(Backtest.mase(new LinearTrendModel(), y, 1, 12)).isCloseTo(0, within(1e-9));
    }

    @Test
    void seasonalDataIsScaledByTheSeasonalNaiveError() {
        // A pure season repeats exactly, so the seasonal naive error is 0 and MASE is undefined;
        // with a trend added, the seasonal naive error is 12 * slope.
        double[] y = Synthetic.seasonalTrend(new Random(1), 48, 10, 0.5, Synthetic.yearlyWave(4), 0);

        assertThat(Backtest.naiveError(y, 12)).isCloseTo(6, within(1e-9));
        assertThat(Backtest.mase(new SeasonalTrendModel(), y, 12, 12)).isCloseTo(0, within(1e-9));
        assertThat(Backtest.mase(new LinearTrendModel(), y, 12, 12)).isGreaterThan(0.1);
    }

    @Test
    void gapsInTheHoldoutAreNotScored() {
        double[] y = {1, 2, 3, 4, 5, 6, Double.NaN, 7, 8};

        assertThat(Backtest.mase(new FlatModel(), y, 1, 2)).isCloseTo(4, within(1e-12));
    }

    @Test
    void tooLittleHistoryGivesNaN() {
        assertThat(Backtest.mase(new FlatModel(), new double[] {1, 2, 3}, 1, 4)).as("nothing to hold out").isNaN();
        double[] twoYears = Synthetic.seasonalTrend(new Random(2), 24, 10, 1, Synthetic.yearlyWave(3), 1);
        assertThat(Backtest.mase(new SeasonalTrendModel(), twoYears, 12, 12))
                .as("18 months left cannot fit two seasons").isNaN();
        assertThat(Backtest.mase(new FlatModel(), new double[] {5, 5, 5, 5, 5}, 1, 4)).as("no variation").isNaN();
        assertThat(Backtest.mase(new FlatModel(), new double[] {1, 2, 3, 4}, 1, 0)).as("no horizon").isNaN();
    }
}
