package dev.headroom.forecast;

import dev.headroom.core.model.TimeSeries;

/**
 * One series after model choice, before intervals: the chosen model's forecast and standard errors,
 * and its backtest — the errors of each origin and step divided by the standard error the model gave
 * for that step ({@code z}, NaN where nothing was observed), from which intervals are calibrated.
 *
 * @param mean  the point forecast, clipped at zero
 * @param sigma the model's standard errors per step
 * @param dof   the model's residual degrees of freedom (for the Student-t fallback)
 * @param z     standardised backtest errors of the chosen forecast, one row per origin, one column per step
 * @param calibration standardised errors on which intervals are calibrated (see
 *              {@link Contest#crossValidatedErrors}); rows and columns as {@code z}
 * @param mase  the backtest's mean absolute scaled error, NaN without backtest or scale
 * @param smape the backtest's symmetric mean absolute percentage error, NaN without backtest
 * @param fitted the chosen model's fit to the history (leading gaps dropped), NaN where it has none
 */
record SeriesAnalysis(TimeSeries series, String model, double[] mean, double[] sigma, int dof, double[][] z,
                      double[][] calibration, double mase, double smape, double[] fitted) {

    int origins() {
        return z.length;
    }
}
