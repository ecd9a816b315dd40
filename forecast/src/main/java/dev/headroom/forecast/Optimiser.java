package dev.headroom.forecast;

import smile.math.BFGS;
import smile.util.function.DifferentiableMultivariateFunction;

import java.util.function.ToDoubleFunction;

/**
 * Minimises a smooth loss over unbounded parameters with Smile's BFGS quasi-Newton method.
 *
 * <p>Models map bounded parameters (a smoothing weight in (0, 1), a damping factor in (0.8, 0.98))
 * through {@link #logistic} so the search itself is unconstrained: Smile 4.4's bounded L-BFGS-B
 * stops at wrong points when a bound is active (checked on a two-variable quadratic), its plain
 * BFGS does not. The gradient is taken by central differences, which keeps the line search stable on
 * the slightly rough sums of squares of the smoothing recursions.
 */
final class Optimiser {

    private static final double STEP = 1e-5;
    private static final double GRADIENT_TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 60;

    private Optimiser() {
    }

    /**
     * The parameters, from {@code start}, that make the loss smallest (the start itself when the
     * search cannot improve on it). The loss may return NaN or infinity for a point it rejects.
     */
    static double[] minimise(ToDoubleFunction<double[]> loss, double[] start) {
        double[] best = start.clone();
        double[] bestValue = {safe(loss, best)};
        DifferentiableMultivariateFunction f = new DifferentiableMultivariateFunction() {
            @Override
            public double f(double[] x) {
                double v = safe(loss, x);
                if (v < bestValue[0]) {
                    bestValue[0] = v;
                    System.arraycopy(x, 0, best, 0, x.length);
                }
                return v;
            }

            @Override
            public double g(double[] x, double[] gradient) {
                double[] probe = x.clone();
                for (int i = 0; i < x.length; i++) {
                    probe[i] = x[i] + STEP;
                    double up = f(probe);
                    probe[i] = x[i] - STEP;
                    double down = f(probe);
                    probe[i] = x[i];
                    gradient[i] = (up - down) / (2 * STEP);
                }
                return f(x);
            }
        };
        double[] x = start.clone();
        try {
            BFGS.minimize(f, x, GRADIENT_TOLERANCE, MAX_ITERATIONS);
        } catch (RuntimeException e) {
            // A failed line search still leaves the best point seen so far, which is what we keep.
        }
        return best;
    }

    /** Maps any real number into (lo, hi). */
    static double logistic(double u, double lo, double hi) {
        return lo + (hi - lo) / (1 + Math.exp(-u));
    }

    /** The inverse of {@link #logistic}: the unbounded value that maps to {@code v}. */
    static double logit(double v, double lo, double hi) {
        double p = Math.min(1 - 1e-9, Math.max(1e-9, (v - lo) / (hi - lo)));
        return Math.log(p / (1 - p));
    }

    private static double safe(ToDoubleFunction<double[]> loss, double[] x) {
        double v = loss.applyAsDouble(x);
        return Double.isFinite(v) ? v : 1e100;
    }
}
