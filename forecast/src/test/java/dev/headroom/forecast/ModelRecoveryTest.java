package dev.headroom.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each model, fitted to a long series simulated from it, gets its parameters back within a tolerance. */
class ModelRecoveryTest {

    /** Simulates the additive-error smoothing recursions with the given weights. */
    private static double[] simulate(long seed, int n, double alpha, double beta, double phi, double gamma, double[] season) {
        Random random = new Random(seed);
        double level = 100;
        double slope = beta > 0 ? 0.5 : 0;
        double[] s = season.clone();
        int m = Math.max(1, season.length);
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double e = random.nextGaussian();
            double base = level + phi * slope;
            double index = season.length == 0 ? 0 : s[t % m];
            y[t] = base + index + e;
            level = base + alpha * e;
            slope = phi * slope + beta * e;
            if (season.length > 0) {
                s[t % m] = index + gamma * e;
            }
        }
        return y;
    }

    @Test
    void simpleSmoothingRecoversItsWeight() {
        SmoothingModel.Fit fit = new SmoothingModel(SmoothingModel.Kind.SES).fit(simulate(1, 400, 0.3, 0, 1, 0, new double[0]), 1);
        assertThat(fit.alpha()).isCloseTo(0.3, within(0.08));
        assertThat(fit.sigma()).isCloseTo(1, within(0.1));
    }

    @Test
    void holtRecoversLevelAndSlopeWeights() {
        SmoothingModel.Fit fit = new SmoothingModel(SmoothingModel.Kind.HOLT).fit(simulate(2, 600, 0.5, 0.1, 1, 0, new double[0]), 1);
        assertThat(fit.alpha()).isCloseTo(0.5, within(0.1));
        assertThat(fit.beta()).isCloseTo(0.1, within(0.06));
        assertThat(fit.phi()).isEqualTo(1);
    }

    @Test
    void dampedTrendFadesItsSlope() {
        SmoothingModel.Fit fit = new SmoothingModel(SmoothingModel.Kind.DAMPED).fit(simulate(3, 600, 0.4, 0.2, 0.85, 0, new double[0]), 1);
        assertThat(fit.phi()).isBetween(0.8, 0.92);
        double[] f = fit.forecast(60);
        assertThat(Math.abs(f[59] - f[58])).isLessThan(Math.abs(f[1] - f[0]) + 1e-12);
    }

    @Test
    void holtWintersAdditiveRecoversTheSeasonWeight() {
        double[] season = Synthetic.yearlyWave(10);
        SmoothingModel.Fit fit = new SmoothingModel(SmoothingModel.Kind.HW_ADDITIVE).fit(simulate(4, 480, 0.3, 0.02, 1, 0.2, season), 12);
        assertThat(fit.alpha()).isCloseTo(0.3, within(0.1));
        assertThat(fit.gamma()).isCloseTo(0.2, within(0.1));
    }

    @Test
    void holtWintersMultiplicativeFollowsAGrowingSeason() {
        Random random = new Random(5);
        double[] ratio = {0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8, 0.9};
        double[] y = new double[96 + 12];
        for (int t = 0; t < y.length; t++) {
            y[t] = (100 + 2 * t) * ratio[t % 12] * (1 + 0.01 * random.nextGaussian());
        }
        double[] history = java.util.Arrays.copyOf(y, 96);
        double[] f = new SmoothingModel(SmoothingModel.Kind.HW_MULTIPLICATIVE).fit(history, 12).forecast(12);
        for (int k = 0; k < 12; k++) {
            assertThat(f[k]).isCloseTo(y[96 + k], within(0.04 * y[96 + k]));
        }
    }

    @Test
    void thetaDriftIsHalfTheSlope() {
        double[] y = Synthetic.seasonalTrend(new Random(6), 120, 100, 2, new double[0], 3);
        ThetaModel.Fit fit = new ThetaModel().fit(y, 1);
        assertThat(fit.slope()).isCloseTo(2, within(0.05));
        double[] f = fit.forecast(24);
        assertThat(f[23] - f[11]).as("12 more steps of half the slope").isCloseTo(12, within(0.5));
    }

    @Test
    void arimaRecoversAnAutoregression() {
        Random random = new Random(7);
        double[] y = new double[500];
        double x = 0;
        for (int t = 0; t < y.length; t++) {
            x = 0.6 * x + random.nextGaussian();
            y[t] = 50 + x;
        }
        ArimaModel.Fit fit = new ArimaModel().fit(y, 1);
        assertThat(fit.d()).isZero();
        assertThat(fit.p()).isPositive();
        assertThat(fit.ar()[0]).isCloseTo(0.6, within(0.12));
        assertThat(fit.forecast(100)[99]).as("back to the mean far out").isCloseTo(50, within(0.5));
    }

    @Test
    void arimaDifferencesARandomWalkAndKeepsItsDrift() {
        Random random = new Random(8);
        double[] y = new double[300];
        for (int t = 1; t < y.length; t++) {
            y[t] = y[t - 1] + 0.5 + random.nextGaussian();
        }
        ArimaModel.Fit fit = new ArimaModel().fit(y, 1);
        assertThat(fit.d()).isEqualTo(1);
        double[] f = fit.forecast(20);
        assertThat((f[19] - f[9]) / 10).isCloseTo(0.5, within(0.2));
        assertThat(fit.standardErrors(20)[19]).isGreaterThan(fit.standardErrors(20)[0] * 3);
    }

    @Test
    void changepointTrendFindsTheNewSlope() {
        Random random = new Random(9);
        double[] y = new double[120];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + t + (t > 60 ? 2 * (t - 60) : 0) + random.nextGaussian();
        }
        ChangepointTrendModel.Fit fit = new ChangepointTrendModel(false).fit(y, 1);
        assertThat(fit.finalSlope()).isCloseTo(3, within(0.35));
    }

    @Test
    void logTrendRecoversAGrowthRate() {
        Random random = new Random(10);
        double[] y = new double[96];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * Math.pow(1.02, t) * Math.exp(0.02 * random.nextGaussian()) * (1 + 0.1 * Math.sin(2 * Math.PI * t / 12));
        }
        ChangepointTrendModel.Fit fit = new ChangepointTrendModel(true).fit(y, 12);
        assertThat(fit.finalSlope()).isCloseTo(Math.log(1.02), within(0.004));
        assertThat(fit.description()).isEqualTo("log-trend+season(12)");
    }

    @Test
    void crostonForecastsTheRateOfIntermittentUse() {
        double[] y = new double[80];
        for (int t = 3; t < y.length; t += 4) {
            y[t] = 8;
        }
        CrostonModel.Fit fit = new CrostonModel().fit(y, 1);
        assertThat(fit.forecast(3)).containsOnly(new double[] {(1 - CrostonModel.ALPHA / 2) * 2}, within(0.01));
    }

    @Test
    void benchmarksRepeatAndExtend() {
        double[] y = {1, 5, 3, 2, 6, 4};
        assertThat(new BenchmarkModel(BenchmarkModel.Kind.SEASONAL_NAIVE).fit(y, 3).forecast(4)).containsExactly(2, 6, 4, 2);
        assertThat(new BenchmarkModel(BenchmarkModel.Kind.NAIVE).fit(y, 1).forecast(2)).containsExactly(4, 4);
        assertThat(new BenchmarkModel(BenchmarkModel.Kind.DRIFT).fit(y, 1).forecast(2)).containsExactly(new double[] {4.6, 5.2}, within(1e-12));
    }

    @Test
    void seasonIsFoundOnlyWhereThereIsOne() {
        double[] seasonal = Synthetic.seasonalTrend(new Random(11), 48, 100, 1, Synthetic.yearlyWave(10), 2);
        double[] noise = Synthetic.seasonalTrend(new Random(12), 48, 100, 1, new double[0], 5);
        assertThat(SeriesProfile.of(seasonal, 12, false).seasonLength()).isEqualTo(12);
        assertThat(SeriesProfile.of(noise, 12, false).seasonLength()).isEqualTo(1);
        assertThat(SeriesProfile.of(java.util.Arrays.copyOf(seasonal, 30), 12, false).seasonLength())
                .as("fewer than three seasons").isEqualTo(1);
    }
}
