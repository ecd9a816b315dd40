package dev.headroom.forecast;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;

import java.util.List;
import java.util.NavigableMap;
import java.util.SortedSet;

/** Forecasts one series: choose a model, fit it, turn it into quantiles, and backtest it. */
final class SeriesForecasting {

    private SeriesForecasting() {
    }

    /**
     * @param candidates   models to try, richest first (see {@link ModelCatalog#candidates})
     * @param seasonLength the season length to use for this series
     */
    static SeriesForecast forecast(TimeSeries series, int horizon, List<ForecastModel> candidates,
                                   int seasonLength, SortedSet<Double> levels) {
        double[] history = series.values();
        ForecastModel model = ModelCatalog.choose(candidates, history, seasonLength);
        FittedModel fit = model.fit(history, seasonLength);
        double[] mean = fit.forecast(horizon);
        NavigableMap<Double, double[]> quantiles =
                Intervals.quantiles(mean, fit.standardErrors(horizon), fit.degreesOfFreedom(), levels);
        double mase = Backtest.mase(model, history, seasonLength, horizon);
        return new SeriesForecast(series.key(), series.end().next(), Intervals.clipAtZero(mean), quantiles,
                fit.description(), mase);
    }
}
