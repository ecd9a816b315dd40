package dev.headroom.app.gui.forecast;

import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;

import java.util.Locale;
import java.util.Map;

/**
 * How long the Forecast screen waits for the sample's forecasts: every series in one call (as on opening, and
 * after a model is forced), three runs each after a warm-up.
 * {@code java -cp app/target/test-classes:app/target/classes:... dev.headroom.app.gui.forecast.ForecastScreenBenchmark}
 */
public final class ForecastScreenBenchmark {

    private ForecastScreenBenchmark() {
    }

    public static void main(String[] args) {
        PlanningInput sample = SampleGenerator.sample();
        var forecasting = new PlanningService(new SmileForecaster()).forecasting();
        SeriesKey first = sample.usage().getFirst().key();
        forecasting.forecastInput(sample, Map.of(), ProgressListener.NONE, Cancellation.NEVER);
        for (Map<SeriesKey, String> models : java.util.List.of(Map.<SeriesKey, String>of(), Map.of(first, "theta"))) {
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                forecasting.forecastInput(sample, models, ProgressListener.NONE, Cancellation.NEVER);
                System.out.printf(Locale.ROOT, "%d series, forced %s: %.2f s%n", sample.usage().size(), models,
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
