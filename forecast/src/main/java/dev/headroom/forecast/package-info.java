/**
 * Headroom's demand forecasting: implements core's {@link dev.headroom.core.forecast.Forecaster} port
 * as {@link dev.headroom.forecast.SmileForecaster}.
 *
 * <p>Models plug in behind {@link dev.headroom.forecast.ForecastModel} (can it fit this history? fit
 * it) and {@link dev.headroom.forecast.FittedModel} (point forecasts, standard errors, residuals); the
 * zoo is listed in {@link dev.headroom.forecast.ModelCatalog#standard()}: benchmarks, exponential
 * smoothing and Holt-Winters fitted with Smile's BFGS, ETS chosen by AICc, Theta, ARIMA on Smile's
 * AR/ARMA, trend regressions with changepoints on Smile's ridge regression, Croston, and a global
 * gradient-boosted model on Smile's GradientTreeBoost learnt per forecast call. Per series,
 * {@code SeriesForecasting} profiles the history (season by autocorrelation test or seasonal strength,
 * intermittent, constant, short), runs a rolling-origin backtest ({@code Contest}) of Theta, ETS and
 * the global model and forecasts their mean; {@code Calibration} then turns every series' standard errors into quantiles
 * calibrated on the cross-validated backtest errors of all series of the call (split conformal).
 *
 * <p>Accuracy on M3 and M4 hourly and the speed run are in /work/notes/forecast-benchmark.md
 * (test-scope mains, {@code -Pbenchmark}). Smile's linear algebra runs in OpenBLAS/LAPACK loaded
 * through JavaCPP on first use (about half a second, once per process).
 */
package dev.headroom.forecast;
