package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Models forced for single series, and the fitted line every forecast carries. */
class SeriesModelsAndFitTest {

    private static final ForecastOptions OPTIONS = ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS);

    private final SmileForecaster forecaster = new SmileForecaster(2);

    private static TimeSeries threeYears(String workload, long seed) {
        return Synthetic.monthly(workload,
                Synthetic.seasonalTrend(new Random(seed), 36, 100, 1, Synthetic.yearlyWave(10), 2));
    }

    private List<SeriesForecast> forecast(List<TimeSeries> series, ForecastOptions options) {
        return forecaster.forecast(series, 6, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void aModelForcedForOneSeriesLeavesTheOthersToTheAutomaticChoice() {
        List<TimeSeries> series = List.of(threeYears("a", 1), threeYears("b", 2), threeYears("c", 3));
        List<SeriesForecast> result = forecast(series, OPTIONS.withSeriesModels(Map.of(series.get(1).key(), "seasonal-trend",
                series.get(2).key(), "auto")));
        assertThat(result.get(0).model()).startsWith("mean(");
        assertThat(result.get(1).model()).isEqualTo("trend+season(12)");
        assertThat(result.get(2).model()).startsWith("mean(");
        assertThat(result.get(1).accuracy().origins()).isPositive();
    }

    @Test
    void aSeriesModelWinsOverTheModelForcedForAll() {
        List<TimeSeries> series = List.of(threeYears("a", 1), threeYears("b", 2));
        List<SeriesForecast> result = forecast(series, OPTIONS.withModel("flat")
                .withSeriesModels(Map.of(series.get(0).key(), "trend")));
        assertThat(result).extracting(SeriesForecast::model).containsExactly("trend", "flat");
    }

    @Test
    void anUnknownSeriesModelIsRefusedNamingIt() {
        TimeSeries s = threeYears("a", 1);
        assertThatThrownBy(() -> forecast(List.of(s), OPTIONS.withSeriesModels(Map.of(s.key(), "prophet"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"prophet\"");
    }

    @Test
    void theFittedLineFollowsTheHistoryAndEndsRightBeforeTheForecast() {
        TimeSeries s = threeYears("a", 5);
        SeriesForecast f = forecast(List.of(s), OPTIONS.withModel("seasonal-trend")).getFirst();
        double[] fitted = f.fitted();
        assertThat(fitted).hasSize(36);
        assertThat(f.fittedPeriodAt(0)).isEqualTo(s.start());
        assertThat(f.fittedPeriodAt(35)).isEqualTo(s.end());
        double error = 0;
        double level = 0;
        for (int t = 0; t < 36; t++) {
            error += Math.abs(fitted[t] - s.valueAt(t));
            level += s.valueAt(t);
        }
        assertThat(error / level).as("mean absolute error of the fit relative to the level").isLessThan(0.05);
    }

    @Test
    void theAutomaticMeanIsFittedByTheMembersThatHaveAFit() {
        List<TimeSeries> series = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            series.add(threeYears("w" + i, 10 + i));
        }
        SeriesForecast f = forecast(series, OPTIONS).getFirst();
        assertThat(f.model()).startsWith("mean(").contains("gbm");
        double[] fitted = f.fitted();
        long withFit = java.util.Arrays.stream(fitted).filter(v -> !Double.isNaN(v)).count();
        assertThat(withFit).as("the global model has no in-sample fit; the others do").isGreaterThan(24);
    }

    @Test
    void combinedResidualsAlignAtTheEndAndSkipMembersWithout() {
        FittedModel shortFit = fitWithResiduals(new double[] {1, 3});
        FittedModel none = fitWithResiduals(new double[] {Double.NaN, Double.NaN, Double.NaN});
        FittedModel longFit = fitWithResiduals(new double[] {5, 1, 1});
        assertThat(new Combination(List.of(shortFit, none, longFit), false).residuals())
                .containsExactly(5, 1, 2);
    }

    private static FittedModel fitWithResiduals(double[] residuals) {
        return new FittedModel() {
            public String description() {
                return "r";
            }

            public int historyLength() {
                return 3;
            }

            public double[] forecast(int horizon) {
                return new double[horizon];
            }

            public double[] standardErrors(int horizon) {
                return new double[horizon];
            }

            public int degreesOfFreedom() {
                return 1;
            }

            public double[] residuals() {
                return residuals.clone();
            }
        };
    }

    @Test
    void aConstantSeriesIsFittedByItsValueAndLeadingGapsHaveNoFit() {
        TimeSeries s = Synthetic.monthly("flat", new double[] {Double.NaN, Double.NaN, 7, 7, 7, 7});
        SeriesForecast f = forecast(List.of(s), OPTIONS).getFirst();
        assertThat(f.fitted()).containsExactly(new double[] {7, 7, 7, 7}, within(1e-9));
        assertThat(f.fittedPeriodAt(0)).isEqualTo(s.periodAt(2));
    }
}
