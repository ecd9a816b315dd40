package dev.headroom.forecast;

/**
 * The Box-Cox transform, {@code (y^lambda - 1) / lambda} (the logarithm at lambda 0), which turns growth
 * whose swings widen with the level into swings of constant size that additive models handle well.
 * Lambda is chosen by Guerrero's method (1993): the value in [-1, 2] that makes the spread of each
 * season (or each block of two periods without one) most nearly proportional to its level to the
 * power {@code 1 - lambda} — the coefficient of variation of {@code sd / mean^(1 - lambda)} over the
 * blocks is smallest. Defined for values above zero only.
 */
final class BoxCox {

    static final double MIN_LAMBDA = -1;
    static final double MAX_LAMBDA = 2;
    private static final double GRID = 0.01;

    private BoxCox() {
    }

    /**
     * Guerrero's lambda for a gap-free history of values above zero, blocks of {@code seasonLength}
     * periods (2 when the season is 1); 1 (no transform) when fewer than two full blocks exist.
     *
     * @throws IllegalArgumentException when a value is not above zero
     */
    static double guerrero(double[] y, int seasonLength) {
        for (double v : y) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("Box-Cox needs values above zero, not " + v);
            }
        }
        int block = Math.max(2, seasonLength);
        int blocks = y.length / block;
        if (blocks < 2) {
            return 1;
        }
        double[] means = new double[blocks];
        double[] sds = new double[blocks];
        int offset = y.length - blocks * block; // whole blocks ending at the last period
        for (int b = 0; b < blocks; b++) {
            double mean = 0;
            for (int i = 0; i < block; i++) {
                mean += y[offset + b * block + i] / block;
            }
            double squares = 0;
            for (int i = 0; i < block; i++) {
                double d = y[offset + b * block + i] - mean;
                squares += d * d;
            }
            means[b] = mean;
            sds[b] = Math.sqrt(squares / (block - 1));
        }
        double best = 1;
        double bestVariation = Double.POSITIVE_INFINITY;
        int steps = (int) Math.round((MAX_LAMBDA - MIN_LAMBDA) / GRID);
        for (int s = 0; s <= steps; s++) {
            double lambda = MIN_LAMBDA + s * GRID;
            double[] ratio = new double[blocks];
            double mean = 0;
            for (int b = 0; b < blocks; b++) {
                ratio[b] = sds[b] / Math.pow(means[b], 1 - lambda);
                mean += ratio[b] / blocks;
            }
            double squares = 0;
            for (double r : ratio) {
                squares += (r - mean) * (r - mean);
            }
            double variation = mean > 0 ? Math.sqrt(squares / (blocks - 1)) / mean : Double.POSITIVE_INFINITY;
            if (variation < bestVariation - 1e-12) {
                bestVariation = variation;
                best = lambda;
            }
        }
        return best;
    }

    /** The transformed values; NaN (a gap) stays NaN. */
    static double[] transform(double[] y, double lambda) {
        double[] out = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            out[t] = Double.isNaN(y[t]) ? Double.NaN
                    : Math.abs(lambda) < 1e-9 ? Math.log(y[t]) : (Math.pow(y[t], lambda) - 1) / lambda;
        }
        return out;
    }

    /**
     * The values back on the original scale, gaps kept. Where {@code lambda * z + 1} is not above zero (a
     * transformed forecast below anything the original scale can hold) the result is 0.
     */
    static double[] inverse(double[] z, double lambda) {
        double[] out = new double[z.length];
        for (int t = 0; t < z.length; t++) {
            if (Double.isNaN(z[t])) {
                out[t] = Double.NaN;
            } else if (Math.abs(lambda) < 1e-9) {
                out[t] = Math.exp(z[t]);
            } else {
                double base = lambda * z[t] + 1;
                out[t] = base > 0 ? Math.pow(base, 1 / lambda) : 0;
            }
        }
        return out;
    }
}
