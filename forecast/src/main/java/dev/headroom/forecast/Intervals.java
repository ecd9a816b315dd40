package dev.headroom.forecast;

import smile.stat.distribution.GaussianDistribution;
import smile.stat.distribution.TDistribution;

import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Turns a fitted model's mean and standard errors into the planner's numbers: quantiles at the asked
 * levels from Student's t on the model's residual degrees of freedom (normal when there are none),
 * everything clipped at zero because usage never goes below it.
 *
 * <p>Clipping a quantile at zero gives the quantile of the clipped demand, so the clipped values stay
 * ordered. The point forecast is the mean, which under a symmetric distribution is also the median.
 */
public final class Intervals {

    private Intervals() {
    }

    /** The values, with anything below zero raised to zero. */
    public static double[] clipAtZero(double[] values) {
        double[] clipped = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            clipped[i] = Math.max(0, values[i]);
        }
        return clipped;
    }

    /**
     * Quantiles of a future observation at every level, per step; ordered in the level at every step,
     * those below 0.5 at most the clipped mean and those above at least it, none below zero.
     *
     * @param mean              the model's point forecasts (unclipped)
     * @param standardErrors    their standard errors, same length
     * @param degreesOfFreedom  residual degrees of freedom; 0 for a normal distribution
     */
    public static NavigableMap<Double, double[]> quantiles(double[] mean, double[] standardErrors,
                                                           int degreesOfFreedom, SortedSet<Double> levels) {
        if (mean.length != standardErrors.length) {
            throw new IllegalArgumentException(mean.length + " forecasts but " + standardErrors.length
                    + " standard errors");
        }
        NavigableMap<Double, double[]> quantiles = new TreeMap<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (double level : levels) {
            // Guards against rounding in the inverse distribution making two close levels cross,
            // and keeps the sign right on either side of the median.
            double z = Math.max(previous, multiplier(level, degreesOfFreedom));
            z = level < 0.5 ? Math.min(z, 0) : level > 0.5 ? Math.max(z, 0) : 0;
            previous = z;
            double[] values = new double[mean.length];
            for (int k = 0; k < mean.length; k++) {
                double se = Double.isFinite(standardErrors[k]) ? Math.max(0, standardErrors[k]) : 0;
                values[k] = Math.max(0, mean[k] + z * se);
            }
            quantiles.put(level, values);
        }
        return quantiles;
    }

    /** How many standard errors the quantile at {@code level} lies from the mean. */
    static double multiplier(double level, int degreesOfFreedom) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a quantile level must be above 0 and below 1, not " + level);
        }
        // Beyond 100 degrees of freedom t and normal agree to 1%, and Smile's incomplete beta function
        // stops converging (logging errors) for large ones.
        return degreesOfFreedom >= 1 && degreesOfFreedom <= 100
                ? new TDistribution(degreesOfFreedom).quantile(level)
                : GaussianDistribution.getInstance().quantile(level);
    }
}
