package dev.headroom.forecast;

/**
 * A model fitted to one history: forecasts for the periods right after it, and the evidence of the fit.
 *
 * <p>Forecasts are the model's own values and may be negative; clipping to usage that cannot go below
 * zero is the caller's business, so that every model is clipped the same way.
 */
public interface FittedModel {

    /** The model as shown to the planner, e.g. {@code trend+season(12)}. */
    String description();

    /** Periods of history the model was fitted on; step 1 of a forecast is the period after the last. */
    int historyLength();

    /** Point forecasts (the mean) for steps 1 to {@code horizon}. */
    double[] forecast(int horizon);

    /**
     * Standard errors of a future observation for steps 1 to {@code horizon}: the spread of the
     * residuals together with the uncertainty of the fitted parameters; at least 0.
     */
    double[] standardErrors(int horizon);

    /**
     * Residual degrees of freedom behind {@link #standardErrors}; intervals use Student's t with this
     * many. 0 when the spread could not be estimated, in which case the standard errors are all 0.
     */
    int degreesOfFreedom();

    /** Observed minus fitted value for each period of history; {@code NaN} where nothing was observed. */
    double[] residuals();
}
