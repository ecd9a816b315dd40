package dev.headroom.core.forecast;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastChoicesTest {

    private static final SeriesKey WEB = new SeriesKey("web", "cpu");
    private static final SeriesKey DB = new SeriesKey("db", "cpu");
    private static final Period START = Period.parse("2026-01");

    /** A flat forecast of 100 with an 80% interval of 90–110, for four months from January. */
    private static SeriesForecast flat(SeriesKey key) {
        TreeMap<Double, double[]> q = new TreeMap<>();
        q.put(0.1, new double[] {90, 90, 90, 90});
        q.put(0.9, new double[] {110, 110, 110, 110});
        return new SeriesForecast(key, START, new double[] {100, 100, 100, 100}, q, "flat",
                BacktestAccuracy.UNKNOWN, new double[] {95, 105});
    }

    private static ForecastChoices with(ForecastAdjustment... adjustments) {
        ForecastChoices c = ForecastChoices.NONE;
        for (ForecastAdjustment a : adjustments) {
            c = c.withAdjustment(a);
        }
        return c;
    }

    @Test
    void growthPerPeriodCompoundsFromItsFirstPeriod() {
        SeriesForecast f = with(ForecastAdjustment.growthPerPeriod(WEB, START.plus(1), 10)).adjust(flat(WEB));
        assertThat(f.point()).containsExactly(new double[] {100, 110, 121, 133.1}, within(1e-9));
        assertThat(f.quantiles().get(0.1)).containsExactly(new double[] {90, 99, 108.9, 119.79}, within(1e-9));
    }

    @Test
    void growthOverTheHorizonReachesItsTotalInTheLastPeriod() {
        SeriesForecast f = with(ForecastAdjustment.growthOverHorizon(WEB, START, 21)).adjust(flat(WEB));
        double perPeriod = Math.pow(1.21, 0.25);
        assertThat(f.point()[0]).isCloseTo(100 * perPeriod, within(1e-9));
        assertThat(f.point()[1]).isCloseTo(110, within(1e-9));
        assertThat(f.point()[3]).isCloseTo(121, within(1e-9));
    }

    @Test
    void aStepShiftsPointAndIntervalAlikeAndNeverBelowZero() {
        SeriesForecast up = with(ForecastAdjustment.step(WEB, START.plus(2), 25)).adjust(flat(WEB));
        assertThat(up.point()).containsExactly(100, 100, 125, 125);
        assertThat(up.quantiles().get(0.9)).containsExactly(110, 110, 135, 135);
        SeriesForecast down = with(ForecastAdjustment.step(WEB, START, -95)).adjust(flat(WEB));
        assertThat(down.point()).containsExactly(5, 5, 5, 5);
        assertThat(down.quantiles().get(0.1)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void anOverrideSetsOnePeriodAndMovesItsIntervalWithIt() {
        SeriesForecast f = with(ForecastAdjustment.growthPerPeriod(WEB, START, 10),
                ForecastAdjustment.override(WEB, START.plus(1), 200)).adjust(flat(WEB));
        assertThat(f.point()[1]).isEqualTo(200);
        // Grown to 121 ± 12.1 first (99..133.1 → 108.9..133.1 around 121), then moved by 200 − 121.
        assertThat(f.quantiles().get(0.1)[1]).isCloseTo(108.9 + 79, within(1e-9));
        assertThat(f.quantiles().get(0.9)[1]).isCloseTo(133.1 + 79, within(1e-9));
        assertThat(f.point()[0]).isCloseTo(110, within(1e-9));
    }

    @Test
    void otherSeriesModelAccuracyAndFitAreLeftAlone() {
        ForecastChoices c = with(ForecastAdjustment.step(WEB, START, 5));
        SeriesForecast db = flat(DB);
        assertThat(c.adjust(db)).isSameAs(db);
        assertThat(c.adjust(flat(DB)).point()).containsExactly(100, 100, 100, 100);
        SeriesForecast web = c.adjust(flat(WEB));
        assertThat(web.model()).isEqualTo("flat");
        assertThat(web.fitted()).containsExactly(95, 105);
        assertThat(web.fittedPeriodAt(0)).isEqualTo(Period.parse("2025-11"));
    }

    @Test
    void removingAnAdjustmentUndoesIt() {
        ForecastAdjustment step = ForecastAdjustment.step(WEB, START, 5);
        ForecastChoices c = with(step).withoutAdjustment(step);
        assertThat(c.adjust(flat(WEB)).point()).containsExactly(100, 100, 100, 100);
        assertThat(c.isEmpty()).isTrue();
    }

    @Test
    void autoOrBlankReturnsASeriesToTheAutomaticChoice() {
        ForecastChoices c = ForecastChoices.NONE.withModel(WEB, "theta").withModel(DB, "trend");
        assertThat(c.modelOf(WEB)).contains("theta");
        assertThat(c.withModel(WEB, "auto").modelOf(WEB)).isEmpty();
        assertThat(c.withModel(WEB, null).models()).containsOnlyKeys(DB);
    }

    @Test
    void impossibleAdjustmentsAreRefusedInWords() {
        assertThatThrownBy(() -> ForecastAdjustment.growthPerPeriod(WEB, START, -100))
                .hasMessage("the growth per period of web cpu must be above -100%, not -100%");
        assertThatThrownBy(() -> ForecastAdjustment.override(WEB, START, -1))
                .hasMessage("the override of web cpu in 2026-01 must be at least 0, not -1");
        assertThatThrownBy(() -> ForecastAdjustment.step(WEB, START, Double.NaN)).hasMessageContaining("must be a number");
    }

    @Test
    void describedInThePlannersWords() {
        assertThat(ForecastAdjustment.growthPerPeriod(WEB, START, 2).describe()).isEqualTo("+2% a period from 2026-01");
        assertThat(ForecastAdjustment.growthOverHorizon(WEB, START, -5).describe()).isEqualTo("-5% over the horizon from 2026-01");
        assertThat(ForecastAdjustment.step(WEB, START, 4.5).describe()).isEqualTo("+4.5 from 2026-01");
        assertThat(ForecastAdjustment.override(WEB, START, 120).describe()).isEqualTo("= 120 in 2026-01");
        assertThat(ForecastAdjustment.Kind.parse("Growth_Over_Horizon")).isEqualTo(ForecastAdjustment.Kind.GROWTH_OVER_HORIZON);
        assertThat(ForecastAdjustment.Kind.parse("step")).isEqualTo(ForecastAdjustment.Kind.STEP);
    }

    /** Seeded random adjustments: intervals stay ordered around the point and nothing goes below zero. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void adjustedForecastsKeepTheirIntervalsOrderedAndAtLeastZero(long seed) {
        Random random = new Random(seed);
        ForecastChoices c = ForecastChoices.NONE;
        for (int i = 0; i < 1 + random.nextInt(5); i++) {
            Period at = START.plus(random.nextInt(5) - 1);
            c = c.withAdjustment(switch (random.nextInt(4)) {
                case 0 -> ForecastAdjustment.growthPerPeriod(WEB, at, random.nextDouble() * 60 - 30);
                case 1 -> ForecastAdjustment.growthOverHorizon(WEB, at, random.nextDouble() * 150 - 60);
                case 2 -> ForecastAdjustment.step(WEB, at, random.nextDouble() * 300 - 150);
                default -> ForecastAdjustment.override(WEB, at, random.nextDouble() * 300);
            });
        }
        SeriesForecast f = c.adjust(flat(WEB));
        for (int s = 0; s < f.horizon(); s++) {
            assertThat(f.quantile(0.1, s)).isBetween(0.0, f.point()[s]);
            assertThat(f.quantile(0.9, s)).isGreaterThanOrEqualTo(f.point()[s]);
        }
    }

    @Test
    void theForecasterForcesChosenModelsInOneCallAndAdjustsWhatComesBack() {
        List<ForecastOptions> calls = new ArrayList<>();
        Forecaster base = new Forecaster() {
            @Override
            public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                                 ProgressListener progress, Cancellation cancellation) {
                calls.add(options);
                return history.stream().map(s -> flat(s.key())).toList();
            }

            @Override
            public List<String> modelNames() {
                return List.of("theta", "flat");
            }
        };
        ForecastChoices c = ForecastChoices.NONE.withModel(DB, "theta").withAdjustment(ForecastAdjustment.step(WEB, START, 7));
        Forecaster adjusted = c.forecaster(base);
        List<TimeSeries> history = List.of(new TimeSeries(WEB, Period.parse("2025-10"), new double[] {1, 2, 3}),
                new TimeSeries(DB, Period.parse("2025-10"), new double[] {1, 2, 3}));
        List<SeriesForecast> out = adjusted.forecast(history, 4, ForecastOptions.forLevels(List.of(0.8)),
                ProgressListener.NONE, Cancellation.NEVER);
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().seriesModels()).isEqualTo(Map.of(DB, "theta"));
        assertThat(calls.getFirst().modelFor(WEB)).isEmpty();
        assertThat(out.get(0).point()).containsExactly(107, 107, 107, 107);
        assertThat(out.get(1).point()).containsExactly(100, 100, 100, 100);
        assertThat(adjusted.modelNames()).containsExactly("theta", "flat");
        assertThat(ForecastChoices.NONE.forecaster(base)).isSameAs(base);
    }
}
