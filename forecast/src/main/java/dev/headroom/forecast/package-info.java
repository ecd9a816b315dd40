/**
 * Headroom's demand forecasting: implements core's {@link dev.headroom.core.forecast.Forecaster} port
 * as {@link dev.headroom.forecast.SmileForecaster}.
 *
 * <p>Models plug in behind {@link dev.headroom.forecast.ForecastModel} (can it fit this history? fit
 * it) and {@link dev.headroom.forecast.FittedModel} (point forecasts, standard errors, residuals). A
 * {@link dev.headroom.forecast.ModelCatalog} orders them richest first and picks, per series, the
 * richest the history supports — or the one the planner forced, falling back to simpler ones.
 * {@link dev.headroom.forecast.Intervals} turns a fit into quantiles (Student's t on the residual
 * degrees of freedom, clipped at zero) and {@link dev.headroom.forecast.Backtest} scores a model on a
 * holdout of the series' own history (MASE), so later selection by backtest and out-of-sample
 * intervals can reuse the same pieces.
 *
 * <p>The regression models fit with Smile's QR decomposition, which runs in OpenBLAS/LAPACK loaded
 * through JavaCPP on first use (about half a second, once per process).
 */
package dev.headroom.forecast;
