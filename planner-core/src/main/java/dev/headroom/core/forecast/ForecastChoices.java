package dev.headroom.core.forecast;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the planner decided about forecasts by hand: a model forced for some series, and manual adjustments on
 * top of the forecasts. The planner applies them through {@link #forecaster}, so that every plan uses them.
 *
 * @param models      model name per series the planner forced (series not listed get the automatic choice)
 * @param adjustments manual adjustments, in the order the planner added them
 */
public record ForecastChoices(SortedMap<SeriesKey, String> models, List<ForecastAdjustment> adjustments) {

    /** No choices: every series gets the automatic model and no adjustment. */
    public static final ForecastChoices NONE = new ForecastChoices(new TreeMap<>(), List.of());

    public ForecastChoices {
        TreeMap<SeriesKey, String> copy = new TreeMap<>();
        models.forEach((key, name) -> {
            if (name != null && !name.isBlank() && !name.strip().equalsIgnoreCase("auto")) {
                copy.put(key, name.strip());
            }
        });
        models = Collections.unmodifiableSortedMap(copy);
        adjustments = List.copyOf(adjustments);
    }

    public boolean isEmpty() {
        return models.isEmpty() && adjustments.isEmpty();
    }

    /** The model forced for the series, empty for the automatic choice. */
    public Optional<String> modelOf(SeriesKey key) {
        return Optional.ofNullable(models.get(key));
    }

    /** The series' adjustments, in the order they were added. */
    public List<ForecastAdjustment> adjustmentsOf(SeriesKey key) {
        return adjustments.stream().filter(a -> a.series().equals(key)).toList();
    }

    /** These choices with the series' model forced to {@code name}; null, blank or "auto" returns it to the automatic choice. */
    public ForecastChoices withModel(SeriesKey key, String name) {
        TreeMap<SeriesKey, String> next = new TreeMap<>(models);
        next.remove(key);
        if (name != null) {
            next.put(key, name);
        }
        return new ForecastChoices(next, adjustments);
    }

    public ForecastChoices withAdjustment(ForecastAdjustment a) {
        List<ForecastAdjustment> next = new ArrayList<>(adjustments);
        next.add(a);
        return new ForecastChoices(models, next);
    }

    /** These choices without the first adjustment equal to {@code a}. */
    public ForecastChoices withoutAdjustment(ForecastAdjustment a) {
        List<ForecastAdjustment> next = new ArrayList<>(adjustments);
        next.remove(a);
        return new ForecastChoices(models, next);
    }

    /** The forecaster that forces these models and applies these adjustments to what {@code base} forecasts. */
    public Forecaster forecaster(Forecaster base) {
        return isEmpty() ? base : new AdjustedForecaster(base, this);
    }

    /**
     * The forecast with the series' adjustments applied: growths first (point and every quantile multiplied
     * alike, so intervals keep their relative width), then steps (all shifted alike), then overrides (the
     * period's point set to the value, its quantiles shifted with it); nothing goes below 0. A forecast
     * without adjustments is returned as it is.
     */
    public SeriesForecast adjust(SeriesForecast f) {
        List<ForecastAdjustment> own = adjustmentsOf(f.key());
        if (own.isEmpty() || f.horizon() == 0) {
            return f;
        }
        double[] point = f.point();
        NavigableMap<Double, double[]> quantiles = new TreeMap<>();
        f.quantiles().forEach((level, values) -> quantiles.put(level, values.clone()));
        Period last = f.periodAt(f.horizon() - 1);
        for (int step = 0; step < point.length; step++) {
            Period at = f.periodAt(step);
            double factor = 1;
            double shift = 0;
            for (ForecastAdjustment a : own) {
                factor *= a.factor(at, last);
                if (a.kind() == ForecastAdjustment.Kind.STEP && !at.isBefore(a.period())) {
                    shift += a.value();
                }
            }
            double grown = point[step] * factor + shift;
            for (ForecastAdjustment a : own) {
                if (a.kind() == ForecastAdjustment.Kind.OVERRIDE && at.equals(a.period())) {
                    grown = a.value();
                }
            }
            double moved = grown - (point[step] * factor + shift);
            for (double[] q : quantiles.values()) {
                q[step] = Math.max(0, q[step] * factor + shift + moved);
            }
            point[step] = Math.max(0, grown);
        }
        return f.withValues(point, quantiles);
    }

    /** Every forecast adjusted, in order. */
    public List<SeriesForecast> adjust(List<SeriesForecast> forecasts) {
        return adjustments.isEmpty() ? forecasts : forecasts.stream().map(this::adjust).toList();
    }

    /** The forced models as forecast options carry them. */
    Map<SeriesKey, String> forcedModels() {
        return models;
    }
}
