package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SmileForecasterTest {

    private static final ForecastOptions OPTIONS = ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS);

    private final SmileForecaster forecaster = new SmileForecaster(3);

    private List<SeriesForecast> forecast(List<TimeSeries> series, int horizon, ForecastOptions options) {
        return forecaster.forecast(series, horizon, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static TimeSeries threeYears(String workload, long seed) {
        return Synthetic.monthly(workload,
                Synthetic.seasonalTrend(new Random(seed), 36, 100, 1, Synthetic.yearlyWave(10), 2));
    }

    @Test
    void picksTheModelByHowMuchHistoryThereIs() {
        List<TimeSeries> series = List.of(
                threeYears("three-years", 1),
                Synthetic.monthly("one-year", Synthetic.seasonalTrend(new Random(2), 12, 10, 1, new double[0], 1)),
                Synthetic.monthly("two-points", new double[] {4, 6}));

        List<SeriesForecast> result = forecast(series, 12, OPTIONS);

        assertThat(result.get(0).model()).as("three years: the mean of the three best in backtest")
                .startsWith("mean(").contains("season(12)");
        assertThat(result.get(1).model()).startsWith("mean(").doesNotContain("season");
        assertThat(result.get(2).model()).isEqualTo("flat");
        assertThat(result.getFirst().backtestMase()).isFinite().isPositive();
        assertThat(result.getFirst().accuracy().origins()).as("36 months, h = 12: origins 24 and 18").isEqualTo(2);
        assertThat(result.getFirst().accuracy().smape()).isFinite().isPositive();
        assertThat(result.get(2).backtestMase()).isNaN();
        assertThat(result.get(2).point()).containsExactly(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    }

    @Test
    void keepsTheInputOrderAndStartsAfterEachSeries() {
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            series.add(threeYears("w" + i, i));
        }
        series.add(new TimeSeries(new SeriesKey("weekly", "memory"), Period.parse("2024-W10"), new double[] {1, 2, 3}));

        List<SeriesForecast> result = forecast(series, 6, OPTIONS);

        assertThat(result).extracting(SeriesForecast::key).containsExactlyElementsOf(series.stream().map(TimeSeries::key).toList());
        assertThat(result.getFirst().start()).isEqualTo(Period.parse("2025-01"));
        assertThat(result.getLast().start()).isEqualTo(Period.parse("2024-W13"));
        assertThat(result).allSatisfy(f -> {
            assertThat(f.horizon()).isEqualTo(6);
            assertThat(f.quantiles().keySet()).containsExactly(0.025, 0.1, 0.9, 0.975);
        });
    }

    @Test
    void aForcedModelIsUsedWhereTheHistoryAllowsIt() {
        List<TimeSeries> series = List.of(threeYears("long", 4),
                Synthetic.monthly("short", new double[] {1, 2, 3, 5, 8}));

        assertThat(forecast(series, 3, OPTIONS.withModel("flat"))).extracting(SeriesForecast::model)
                .containsExactly("flat", "flat");
        assertThat(forecast(series, 3, OPTIONS.withModel("Seasonal-Trend"))).extracting(SeriesForecast::model)
                .containsExactly("trend+season(12)", "trend");
        assertThat(forecast(series, 3, OPTIONS.withModel("auto"))).extracting(SeriesForecast::model)
                .satisfiesExactly(m -> assertThat(m).startsWith("mean("), m -> assertThat(m).isEqualTo("trend"));
        assertThat(forecast(series, 3, OPTIONS.withModel("hw-multiplicative"))).extracting(SeriesForecast::model)
                .as("too short for a season, the short series falls back to a simpler model")
                .containsExactly("hw-multiplicative(12)", "trend");
    }

    @Test
    void anUnknownForcedModelFailsBeforeAnyWork() {
        AtomicInteger reports = new AtomicInteger();
        assertThatThrownBy(() -> forecaster.forecast(List.of(threeYears("w", 1)), 3, OPTIONS.withModel("prophet"),
                p -> reports.incrementAndGet(), Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"prophet\"")
                .hasMessageContaining("seasonal-trend, log-trend, changepoint-trend, trend, ets, arima, theta");
        assertThat(reports).hasValue(0);
    }

    @Test
    void theSeasonLengthOptionOverridesTheFrequency() {
        double[] quarterly = Synthetic.seasonalTrend(new Random(6), 16, 50, 0.5, new double[] {3, -1, -4, 2}, 0.1);
        List<SeriesForecast> result = forecast(List.of(Synthetic.monthly("w", quarterly)), 4,
                OPTIONS.withSeasonLength(OptionalInt.of(4)));

        assertThat(result.getFirst().model()).contains("season(4)");
        assertThat(result.getFirst().point()[0]).isCloseTo(50 + 0.5 * 16 + 3, within(1.0));
    }

    @Test
    void shortAndOddSeriesGetSaneForecasts() {
        List<TimeSeries> series = List.of(
                Synthetic.monthly("empty", new double[0]),
                Synthetic.monthly("one", new double[] {3}),
                Synthetic.monthly("all-gaps", new double[] {Double.NaN, Double.NaN, Double.NaN}),
                Synthetic.monthly("zeros", new double[30]),
                Synthetic.monthly("constant", Collections.nCopies(30, 7.0).stream().mapToDouble(d -> d).toArray()),
                Synthetic.monthly("falling", new double[] {19, 18.2, 17.1, 15.8, 15.2, 14, 13.1, 11.9, 11.2, 9.8, 9.1}));

        List<SeriesForecast> result = forecast(series, 12, OPTIONS);

        assertThat(result.get(0).point()).containsOnly(0);
        assertThat(result.get(0).start()).isEqualTo(Synthetic.JANUARY_2022.next());
        assertThat(result.get(1).point()).containsOnly(3);
        assertThat(result.get(1).upper(0.95, 11)).isEqualTo(3);
        assertThat(result.get(2).point()).containsOnly(0);
        assertThat(result.get(2).model()).isEqualTo("flat");
        assertThat(result.get(3).point()).containsOnly(0);
        assertThat(result.get(3).upper(0.95, 11)).isZero();
        assertThat(result.get(4).point()).containsOnly(new double[] {7}, within(1e-9));
        assertThat(result.get(4).upper(0.95, 0)).isCloseTo(7, within(1e-6));
        double[] falling = result.get(5).point();
        for (int k = 1; k < falling.length; k++) {
            assertThat(falling[k]).as("a falling series keeps falling, never below zero").isLessThanOrEqualTo(falling[k - 1] + 1e-9).isNotNegative();
        }
        assertThat(falling[0]).isLessThan(9.1);
        assertThat(result.get(5).lower(0.95, 11)).isNotNegative();
        assertThat(result.get(5).upper(0.95, 0)).isPositive();
    }

    @Test
    void reportsProgressUpToDone() {
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            series.add(threeYears("w" + i, i));
        }
        List<Progress> reports = Collections.synchronizedList(new ArrayList<>());

        forecaster.forecast(series, 12, OPTIONS, reports::add, Cancellation.NEVER);

        assertThat(reports).isNotEmpty().allSatisfy(p -> assertThat(p.stage()).isEqualTo("Forecasting"));
        assertThat(reports.getFirst().fraction()).isZero();
        assertThat(reports.getLast().fraction()).isEqualTo(1);
        assertThat(reports.getLast().message()).isEqualTo("Forecast 300 of 300 series");
        assertThat(reports.getLast().stageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("预测");
        assertThat(reports.getLast().messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("已预测 300 / 300 个序列");
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).fraction()).isGreaterThanOrEqualTo(reports.get(i - 1).fraction());
        }
    }

    @Test
    void cancellingStopsWithACancellationException() {
        List<TimeSeries> series = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            series.add(threeYears("w" + i, i));
        }
        AtomicInteger asked = new AtomicInteger();
        Cancellation afterTwenty = () -> asked.incrementAndGet() > 20;

        assertThatThrownBy(() -> forecaster.forecast(series, 12, OPTIONS, ProgressListener.NONE, afterTwenty))
                .isInstanceOf(CancellationException.class);
        assertThat(asked.get()).isLessThan(200);
        assertThatThrownBy(() -> forecaster.forecast(series, 12, OPTIONS, ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void emptyInputAndNegativeHorizon() {
        assertThat(forecast(List.of(), 12, OPTIONS)).isEmpty();
        assertThatThrownBy(() -> forecast(List.of(threeYears("w", 1)), -1, OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new SmileForecaster(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theModelNamesAreThoseThatCanBeForced() {
        assertThat(new SmileForecaster().modelNames()).containsExactlyElementsOf(ModelCatalog.standard().names())
                .contains("naive", "snaive", "drift", "ses", "holt", "damped", "hw-additive", "hw-multiplicative",
                        "theta", "arima", "log-trend", "changepoint-trend", "croston", "flat");
    }
}
