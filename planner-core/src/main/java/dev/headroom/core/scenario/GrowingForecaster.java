package dev.headroom.core.scenario;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A forecaster that applies a scenario's growth to what another forecaster forecasts: the point and
 * every quantile are multiplied alike, so the intervals keep their relative width.
 */
final class GrowingForecaster implements Forecaster {

    private final Forecaster base;
    private final GrowthFactors growth;

    GrowingForecaster(Forecaster base, GrowthFactors growth) {
        this.base = base;
        this.growth = growth;
    }

    @Override
    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                         ProgressListener progress, Cancellation cancellation) {
        List<SeriesForecast> forecasts = base.forecast(history, horizon, options, progress, cancellation);
        List<SeriesForecast> grown = new ArrayList<>(forecasts.size());
        for (SeriesForecast f : forecasts) {
            grown.add(growth.touches(f.key()) ? grow(f) : f);
        }
        return grown;
    }

    @Override
    public List<String> modelNames() {
        return base.modelNames();
    }

    private SeriesForecast grow(SeriesForecast f) {
        double[] factors = new double[f.horizon()];
        for (int step = 0; step < factors.length; step++) {
            factors[step] = growth.factor(f.key(), f.periodAt(step));
        }
        TreeMap<Double, double[]> quantiles = new TreeMap<>();
        for (Map.Entry<Double, double[]> e : f.quantiles().entrySet()) {
            quantiles.put(e.getKey(), times(e.getValue(), factors));
        }
        return f.withValues(times(f.point(), factors), quantiles);
    }

    private static double[] times(double[] values, double[] factors) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factors[i];
        }
        return out;
    }
}
