package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The documented treatments of awkward histories, and the contest's choice on clear cases. */
class SpecialSeriesTest {

    private static final ForecastOptions OPTIONS = ForecastOptions.forLevels(ForecastOptions.DEFAULT_LEVELS);

    private static SeriesForecast one(TimeSeries series, int horizon) {
        return new SmileForecaster(1).forecast(List.of(series), horizon, OPTIONS, ProgressListener.NONE, Cancellation.NEVER).getFirst();
    }

    @Test
    void seasonalSeriesAreForecastWithTheSeasonAndPlainOnesWithout() {
        List<TimeSeries> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(Synthetic.monthly("s" + i, Synthetic.seasonalTrend(new Random(i), 60, 200, 1, Synthetic.yearlyWave(30), 3)));
            batch.add(Synthetic.monthly("p" + i, Synthetic.seasonalTrend(new Random(100 + i), 60, 200, 1, new double[0], 3)));
        }
        List<SeriesForecast> result = new SmileForecaster(2).forecast(batch, 12, OPTIONS, ProgressListener.NONE, Cancellation.NEVER);
        for (int i = 0; i < batch.size(); i++) {
            String model = result.get(i).model();
            if (i % 2 == 0) {
                assertThat(model).contains("season(12)");
            } else {
                assertThat(model).doesNotContain("season");
            }
        }
    }

    @Test
    void intermittentUsageGetsARateNotTheLastSpike() {
        double[] y = new double[48];
        for (int t = 2; t < y.length; t += 5) {
            y[t] = 10;
        }
        y[47] = 10;
        SeriesForecast f = one(Synthetic.monthly("batch", y), 6);
        assertThat(f.model()).doesNotContain("theta").doesNotContain("arima");
        assertThat(f.point()[0]).isBetween(0.5, 5.0);
        assertThat(f.lower(0.95, 0)).isNotNegative();
    }

    @Test
    void aLevelShiftIsFollowed() {
        double[] y = Synthetic.seasonalTrend(new Random(3), 60, 100, 0, new double[0], 2);
        for (int t = 40; t < y.length; t++) {
            y[t] += 50;
        }
        SeriesForecast f = one(Synthetic.monthly("moved", y), 6);
        assertThat(f.point()[0]).isCloseTo(150, within(8.0));
    }

    @Test
    void aSingleSpikeDoesNotMoveTheForecast() {
        double[] y = Synthetic.seasonalTrend(new Random(4), 60, 100, 0, new double[0], 2);
        double[] spiked = y.clone();
        spiked[50] = 400;
        double plain = one(Synthetic.monthly("plain", y), 6).point()[0];
        double withSpike = one(Synthetic.monthly("spike", spiked), 6).point()[0];
        assertThat(withSpike).isCloseTo(plain, within(2.0));
    }

    @Test
    void gapsAndLeadingGapsAreTolerated() {
        double[] y = Synthetic.seasonalTrend(new Random(5), 40, 100, 1, new double[0], 1);
        y[0] = Double.NaN;
        y[1] = Double.NaN;
        y[20] = Double.NaN;
        y[39] = Double.NaN;
        SeriesForecast f = one(Synthetic.monthly("gappy", y), 3);
        assertThat(f.point()[0]).isCloseTo(140, within(6.0));
        assertThat(f.accuracy().origins()).isPositive();
    }

    @Test
    void theRunwayHelperFindsTheFirstCrossing() {
        double[] y = Synthetic.seasonalTrend(new Random(6), 48, 100, 2, new double[0], 1);
        SeriesForecast f = one(Synthetic.monthly("growing", y), 24);
        assertThat(f.firstCrossing(0.975, 1e9)).isEmpty();
        assertThat(f.firstCrossing(0.975, 210)).isPresent();
        assertThat(f.firstCrossing(0.975, 210).orElseThrow()).isLessThanOrEqualTo(f.firstCrossing(0.5, 210).orElse(f.periodAt(23)));
    }
}
