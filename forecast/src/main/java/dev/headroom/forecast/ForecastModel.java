package dev.headroom.forecast;

/**
 * A forecasting method that can be fitted to one series' history.
 *
 * <p>History is one value per consecutive period; a period without an observation holds {@code NaN}
 * and is skipped in fitting while keeping its place in time. Implementations are stateless and
 * deterministic, so one instance serves every series and every thread.
 */
public interface ForecastModel {

    /** The name a planner uses to force this model (e.g. {@code trend}); lower case, no spaces. */
    String name();

    /** Whether the history holds enough observations to fit this model with the given season length. */
    boolean canFit(double[] history, int seasonLength);

    /**
     * Fits the model to the history.
     *
     * @param history      one value per period, {@code NaN} where nothing was observed
     * @param seasonLength periods in one season (1 for none)
     * @throws IllegalArgumentException when {@link #canFit} is false, or the history holds an infinite value
     */
    FittedModel fit(double[] history, int seasonLength);
}
