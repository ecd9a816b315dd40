package dev.headroom.forecast;

/**
 * The shape of an exponential smoothing model in error-correction form, and its recursions: a level,
 * optionally a (damped) slope, optionally a seasonal index per position that adds to or multiplies the
 * trend. Each period the one-step forecast error {@code e} moves the level by {@code alpha * e}, the
 * slope by {@code beta * e} and that position's index by {@code gamma * e} (divided by the index or the
 * trend where the season multiplies, Holt-Winters' multiplicative form).
 *
 * @param trend   whether there is a slope
 * @param damped  whether the slope fades by {@code phi} each period
 * @param season  how the season combines with the trend
 * @param seasonLength periods in one season (1 without season)
 */
record SmoothingForm(boolean trend, boolean damped, Season season, int seasonLength) {

    /** How a seasonal index combines with the trend. */
    enum Season { NONE, ADDITIVE, MULTIPLICATIVE }

    /**
     * Smoothing weights and starting states.
     *
     * @param season0 the starting seasonal index per position ({@code t % seasonLength}); empty without season
     */
    record Parameters(double alpha, double beta, double gamma, double phi, double level0, double slope0,
                      double[] season0) {
    }

    /** The states after the last period of history, from which forecasts start. */
    record State(double level, double slope, double[] season) {
    }

    boolean seasonal() {
        return season != Season.NONE;
    }

    /**
     * Runs the recursions over {@code y}, writing one-step errors into {@code errors} (when not null).
     *
     * @return the sum of squared one-step errors, or infinity when a multiplicative model's trend or
     *         index leaves the positive numbers (such parameters are rejected)
     */
    double run(Parameters p, double[] y, double[] errors, State[] last) {
        int m = seasonLength;
        double level = p.level0();
        double slope = trend ? p.slope0() : 0;
        double phi = damped ? p.phi() : 1;
        double[] s = seasonal() ? p.season0().clone() : null;
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            double base = level + phi * slope;
            double index = seasonal() ? s[t % m] : 0;
            double forecast;
            if (season == Season.MULTIPLICATIVE) {
                if (!(base > 0) || !(index > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                forecast = base * index;
            } else {
                forecast = base + index;
            }
            double e = y[t] - forecast;
            sse += e * e;
            if (errors != null) {
                errors[t] = e;
            }
            if (season == Season.MULTIPLICATIVE) {
                level = base + p.alpha() * e / index;
                slope = phi * slope + p.beta() * e / index;
                s[t % m] = index + p.gamma() * e / base;
            } else {
                level = base + p.alpha() * e;
                slope = phi * slope + p.beta() * e;
                if (seasonal()) {
                    s[t % m] = index + p.gamma() * e;
                }
            }
        }
        if (last != null) {
            last[0] = new State(level, slope, s);
        }
        return sse;
    }

    /** Point forecasts for the {@code horizon} periods after a history of {@code n} periods. */
    double[] forecast(Parameters p, State state, int n, int horizon) {
        double phi = damped ? p.phi() : 1;
        double[] out = new double[horizon];
        double cumulative = 0;
        double power = 1;
        for (int k = 0; k < horizon; k++) {
            power *= phi;
            cumulative += power;
            double base = state.level() + (trend ? cumulative * state.slope() : 0);
            double index = seasonal() ? state.season()[(n + k) % seasonLength] : 0;
            out[k] = season == Season.MULTIPLICATIVE ? base * index : base + index;
        }
        return out;
    }

    /**
     * Standard errors of a future value: {@code sigma * sqrt(1 + sum c_j^2)} over the steps before it,
     * where {@code c_j = alpha + beta * (phi + ... + phi^j) + gamma [j a multiple of the season]} is how
     * much of one error still moves the forecast j steps later (exact for additive forms, an
     * approximation for the multiplicative season that the out-of-sample calibration corrects).
     */
    double[] standardErrors(Parameters p, double sigma, int horizon) {
        double phi = damped ? p.phi() : 1;
        double[] out = new double[horizon];
        double sum = 1;
        double cumulative = 0;
        double power = 1;
        for (int k = 0; k < horizon; k++) {
            out[k] = sigma * Math.sqrt(sum);
            int j = k + 1;
            power *= phi;
            cumulative += power;
            double c = p.alpha() + (trend ? p.beta() * cumulative : 0)
                    + (seasonal() && j % seasonLength == 0 ? p.gamma() : 0);
            sum += c * c;
        }
        return out;
    }
}
