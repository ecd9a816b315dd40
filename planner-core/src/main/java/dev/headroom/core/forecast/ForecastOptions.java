package dev.headroom.core.forecast;

import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.SeriesKey;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What to forecast besides the point: the quantile levels wanted, and choices the planner may force.
 *
 * @param quantiles    quantile levels in (0, 1), e.g. 0.025, 0.1, 0.9, 0.975
 * @param model        a model name to use for every series, or empty for automatic choice
 * @param seasonLength a season length to use, or empty to detect it from the frequency and the data
 * @param seed         seed for anything randomised, so forecasts repeat
 * @param seriesModels model names the planner forced for single series; they win over {@code model} for those
 *                     series ("auto" or blank leaves a series to the automatic choice)
 */
public record ForecastOptions(SortedSet<Double> quantiles, Optional<String> model, OptionalInt seasonLength, long seed,
                              Map<SeriesKey, String> seriesModels) {

    /** Options without models forced per series. */
    public ForecastOptions(SortedSet<Double> quantiles, Optional<String> model, OptionalInt seasonLength, long seed) {
        this(quantiles, model, seasonLength, seed, Map.of());
    }

    public static final List<Double> DEFAULT_LEVELS = List.of(0.8, 0.95);

    public ForecastOptions {
        for (double q : quantiles) {
            if (!(q > 0 && q < 1)) {
                throw ModelWords.invalid("forecast.quantile", q);
            }
        }
        quantiles = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(quantiles));
        model = model.filter(m -> !m.isBlank() && !m.equalsIgnoreCase("auto"));
        if (seasonLength.isPresent() && seasonLength.getAsInt() < 1) {
            throw ModelWords.invalid("forecast.seasonLength", seasonLength.getAsInt());
        }
        TreeMap<SeriesKey, String> forced = new TreeMap<>();
        seriesModels.forEach((key, name) -> {
            if (name != null && !name.isBlank() && !name.strip().equalsIgnoreCase("auto")) {
                forced.put(key, name.strip());
            }
        });
        seriesModels = java.util.Collections.unmodifiableSortedMap(forced);
    }

    /** The model forced for one series: its own when forced, else the one forced for every series, else empty. */
    public Optional<String> modelFor(SeriesKey key) {
        String own = seriesModels.get(key);
        return own != null ? Optional.of(own) : model;
    }

    /** Options for central intervals at the given levels (e.g. 0.8 and 0.95) plus any extra quantiles. */
    public static ForecastOptions forLevels(Collection<Double> levels, double... extraQuantiles) {
        TreeSet<Double> q = new TreeSet<>();
        for (double level : levels) {
            if (!(level > 0 && level < 1)) {
                throw ModelWords.invalid("forecast.intervalLevel", level);
            }
            q.add(lowerQuantile(level));
            q.add(upperQuantile(level));
        }
        for (double extra : extraQuantiles) {
            q.add(extra);
        }
        return new ForecastOptions(q, Optional.empty(), OptionalInt.empty(), 42L);
    }

    public static double lowerQuantile(double level) {
        return round((1 - level) / 2);
    }

    public static double upperQuantile(double level) {
        return round((1 + level) / 2);
    }

    /** Keeps 0.1 as 0.1 rather than 0.09999999999999998, so levels can be looked up exactly. */
    private static double round(double q) {
        return Math.round(q * 1e9) / 1e9;
    }

    public ForecastOptions withModel(String name) {
        return new ForecastOptions(quantiles, Optional.ofNullable(name), seasonLength, seed, seriesModels);
    }

    public ForecastOptions withSeasonLength(OptionalInt length) {
        return new ForecastOptions(quantiles, model, length, seed, seriesModels);
    }

    public ForecastOptions withSeed(long s) {
        return new ForecastOptions(quantiles, model, seasonLength, s, seriesModels);
    }

    /** These options with models forced for single series (replacing any forced before). */
    public ForecastOptions withSeriesModels(Map<SeriesKey, String> models) {
        return new ForecastOptions(quantiles, model, seasonLength, seed, models);
    }
}
