package dev.headroom.forecast;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;

import java.util.Random;

/** Seeded series with a known shape, for tests and the benchmark. */
final class Synthetic {

    static final Period JANUARY_2022 = Period.parse("2022-01");

    private Synthetic() {
    }

    /** {@code intercept + slope * t + effects[t % m] + noise}, noise normal with the given deviation. */
    static double[] seasonalTrend(Random random, int length, double intercept, double slope, double[] effects,
                                  double noiseSd) {
        double[] y = new double[length];
        for (int t = 0; t < length; t++) {
            double season = effects.length == 0 ? 0 : effects[t % effects.length];
            y[t] = intercept + slope * t + season + noiseSd * random.nextGaussian();
        }
        return y;
    }

    /** A yearly pattern of the given amplitude whose twelve effects sum to zero. */
    static double[] yearlyWave(double amplitude) {
        double[] effects = new double[12];
        for (int s = 0; s < 12; s++) {
            effects[s] = amplitude * Math.sin(2 * Math.PI * s / 12) + 0.5 * amplitude * Math.cos(4 * Math.PI * s / 12);
        }
        return effects;
    }

    static TimeSeries monthly(String workload, double[] values) {
        return new TimeSeries(new SeriesKey(workload, "cpu"), JANUARY_2022, values);
    }
}
