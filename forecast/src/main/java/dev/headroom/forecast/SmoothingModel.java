package dev.headroom.forecast;

import dev.headroom.forecast.SmoothingForm.Parameters;
import dev.headroom.forecast.SmoothingForm.Season;
import dev.headroom.forecast.SmoothingForm.State;

import java.util.Locale;

/**
 * Exponential smoothing — simple (a level), Holt (a level and a slope), damped trend (a slope that
 * fades), and Holt-Winters with an additive or a multiplicative season and a damped slope whose
 * damping may reach 1 (the classic undamped method). Smoothing weights, damping and the starting
 * level and slope are fitted by least squares of the one-step errors (the Gaussian likelihood of the
 * additive-error state space model) with {@link Optimiser}; the starting seasonal indices come from a
 * classical decomposition of the history.
 */
public final class SmoothingModel implements ForecastModel {

    /** Which smoothing method. */
    public enum Kind {
        SES("ses"), HOLT("holt"), DAMPED("damped"), HW_ADDITIVE("hw-additive"), HW_MULTIPLICATIVE("hw-multiplicative");

        private final String modelName;

        Kind(String modelName) {
            this.modelName = modelName;
        }

        boolean seasonal() {
            return this == HW_ADDITIVE || this == HW_MULTIPLICATIVE;
        }

        boolean trend() {
            return this != SES;
        }
    }

    private static final double MIN_WEIGHT = 1e-4;
    private static final double MAX_WEIGHT = 1 - 1e-4;
    private static final double MIN_PHI = 0.8;
    private static final double MAX_DAMPED_PHI = 0.98;

    private final Kind kind;

    public SmoothingModel(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.modelName;
    }

    /** Fitted parameters are too many for fewer observations than this (two seasons and two more for Holt-Winters). */
    int minimumObservations(int seasonLength) {
        return switch (kind) {
            case SES -> 3;
            case HOLT, DAMPED -> 6;
            case HW_ADDITIVE, HW_MULTIPLICATIVE -> 2 * seasonLength + 2;
        };
    }

    @Override
    public boolean canFit(double[] history, int seasonLength) {
        if (kind.seasonal() && !SeasonalAdjustment.canEstimate(history.length, seasonLength)) {
            return false;
        }
        if (kind == Kind.HW_MULTIPLICATIVE && !Observations.allPositive(history)) {
            return false;
        }
        return Observations.count(history) >= minimumObservations(seasonLength);
    }

    @Override
    public Fit fit(double[] history, int seasonLength) {
        Observations.check(history, seasonLength);
        if (!canFit(history, seasonLength)) {
            throw new IllegalArgumentException(name() + " needs at least " + minimumObservations(seasonLength)
                    + " observations" + (kind.seasonal() ? " covering two seasons of " + seasonLength + " periods" : "")
                    + (kind == Kind.HW_MULTIPLICATIVE ? ", all above zero" : "") + "; the history has "
                    + Observations.count(history) + " over " + history.length + " periods");
        }
        int m = kind.seasonal() ? seasonLength : 1;
        Season season = switch (kind) {
            case HW_ADDITIVE -> Season.ADDITIVE;
            case HW_MULTIPLICATIVE -> Season.MULTIPLICATIVE;
            default -> Season.NONE;
        };
        SmoothingForm form = new SmoothingForm(kind.trend(), kind == Kind.DAMPED || kind.seasonal(), season, m);
        Fit fit = fitForm(history, form, false, form.seasonal() ? 1 : MAX_DAMPED_PHI);
        if (fit == null) {
            // No multiplicative parameters kept the trend and the indices positive on this history;
            // the additive season is the nearest model that is defined.
            return new SmoothingModel(Kind.HW_ADDITIVE).fit(history, seasonLength);
        }
        return fit;
    }

    /**
     * Fits one smoothing form to a history that has at least two seasons (when seasonal): by least
     * squares of the one-step errors, or with {@code relativeErrors} by the likelihood of the
     * multiplicative-error state space model (Hyndman et al. 2008), which weighs each error by the
     * level it occurred at. Null when no parameters keep a multiplicative form defined.
     */
    Fit fitForm(double[] history, SmoothingForm form, boolean relativeErrors, double maxPhi) {
        double[] y = Observations.filled(history);
        Start start = Start.of(y, form, maxPhi);
        double[] scratch = new double[y.length];
        double[] u = Optimiser.minimise(x -> relativeErrors
                ? relativeLoss(form.run(start.decode(x, form), y, scratch, null), y, scratch)
                : form.run(start.decode(x, form), y, null, null), start.initial(form));
        Parameters p = start.decode(u, form);
        double[] errors = new double[y.length];
        State[] last = new State[1];
        double sse = form.run(p, y, errors, last);
        if (!Double.isFinite(sse)) {
            return null;
        }
        for (int t = 0; t < history.length; t++) {
            if (Double.isNaN(history[t])) {
                errors[t] = Double.NaN;
            }
        }
        int parameters = u.length;
        int df = Math.max(0, Observations.count(history) - parameters);
        double sigma = Math.sqrt(sse / Math.max(1, df));
        return new Fit(this, form, p, last[0], y.length, sigma, df, errors);
    }

    /**
     * Minus twice the log-likelihood (without constants) of multiplicative errors: {@code n log(sum of
     * (e / forecast)^2) + 2 sum log |forecast|}; infinite when a forecast is not above zero.
     */
    static double relativeLoss(double sse, double[] y, double[] errors) {
        if (!Double.isFinite(sse)) {
            return Double.POSITIVE_INFINITY;
        }
        double relative = 0;
        double logs = 0;
        for (int t = 0; t < y.length; t++) {
            double forecast = y[t] - errors[t];
            if (!(forecast > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double r = errors[t] / forecast;
            relative += r * r;
            logs += Math.log(forecast);
        }
        return y.length * Math.log(Math.max(relative, 1e-300)) + 2 * logs;
    }

    /** Starting values and the map from the optimiser's unbounded vector to parameters. */
    private record Start(double level0, double slope0, double[] season0, double scale, double maxPhi) {

        static Start of(double[] y, SmoothingForm form, double maxPhi) {
            double[] base = y;
            double[] season0 = new double[0];
            if (form.seasonal()) {
                SeasonalAdjustment pattern = SeasonalAdjustment.estimate(y, form.seasonLength());
                double[] indices = pattern.indices();
                if (form.season() == Season.MULTIPLICATIVE && !pattern.multiplicative()) {
                    throw new IllegalArgumentException("a multiplicative season needs values above zero");
                }
                season0 = new double[form.seasonLength()];
                for (int s = 0; s < season0.length; s++) {
                    season0[s] = form.season() == Season.MULTIPLICATIVE
                            ? indices[s] : pattern.multiplicative() ? (indices[s] - 1) * Observations.mean(y) : indices[s];
                }
                double[] adjusted = new double[y.length];
                for (int t = 0; t < y.length; t++) {
                    adjusted[t] = form.season() == Season.MULTIPLICATIVE ? y[t] / season0[t % season0.length]
                            : y[t] - season0[t % season0.length];
                }
                base = adjusted;
            }
            // A line through the first few periods, read one period before the first: the states
            // that produce the first forecast.
            int k = Math.min(base.length, Math.max(form.seasonLength() * 2, 10));
            double mt = (k - 1) / 2.0;
            double my = 0;
            for (int t = 0; t < k; t++) {
                my += base[t] / k;
            }
            double sxy = 0;
            double sxx = 0;
            for (int t = 0; t < k; t++) {
                sxy += (t - mt) * (base[t] - my);
                sxx += (t - mt) * (t - mt);
            }
            double slope = form.trend() && sxx > 0 ? sxy / sxx : 0;
            double level = my - slope * (mt + 1);
            double scale = 0;
            for (int t = 1; t < base.length; t++) {
                scale += Math.abs(base[t] - base[t - 1]) / (base.length - 1);
            }
            if (!(scale > 0)) {
                scale = Math.max(1e-6, Math.abs(my) * 0.01);
            }
            return new Start(level, slope, season0, scale, maxPhi);
        }

        double[] initial(SmoothingForm form) {
            double alpha = 0.3;
            double[] u = new double[size(form)];
            int i = 0;
            u[i++] = Optimiser.logit(alpha, MIN_WEIGHT, MAX_WEIGHT);
            if (form.trend()) {
                u[i++] = Optimiser.logit(0.1, MIN_WEIGHT, MAX_WEIGHT);
                if (form.damped()) {
                    u[i++] = Optimiser.logit(Math.min(0.95, maxPhi - 0.01), MIN_PHI, maxPhi);
                }
            }
            if (form.seasonal()) {
                u[i++] = Optimiser.logit(0.1, MIN_WEIGHT, MAX_WEIGHT);
            }
            return u; // the starting states' offsets begin at 0
        }

        static int size(SmoothingForm form) {
            return 1 + (form.trend() ? (form.damped() ? 2 : 1) : 0) + (form.seasonal() ? 1 : 0) + 1 + (form.trend() ? 1 : 0);
        }

        Parameters decode(double[] u, SmoothingForm form) {
            int i = 0;
            double alpha = Optimiser.logistic(u[i++], MIN_WEIGHT, MAX_WEIGHT);
            double beta = 0;
            double phi = 1;
            double gamma = 0;
            if (form.trend()) {
                beta = alpha * Optimiser.logistic(u[i++], MIN_WEIGHT, MAX_WEIGHT);
                if (form.damped()) {
                    phi = Optimiser.logistic(u[i++], MIN_PHI, maxPhi);
                }
            }
            if (form.seasonal()) {
                gamma = (1 - alpha) * Optimiser.logistic(u[i++], MIN_WEIGHT, MAX_WEIGHT);
            }
            double level = level0 + scale * u[i++];
            double slope = form.trend() ? slope0 + scale * 0.1 * u[i] : 0;
            return new Parameters(alpha, beta, gamma, phi, level, slope, season0);
        }
    }

    /**
     * A fitted smoothing model.
     *
     * @param parameters the fitted weights and starting states
     * @param state      the states after the last period
     * @param sigma      the standard deviation of the one-step errors
     */
    public record Fit(SmoothingModel model, SmoothingForm form, Parameters parameters, State state, int historyLength,
                      double sigma, int degreesOfFreedom, double[] errors) implements FittedModel {

        public Fit {
            errors = errors.clone();
        }

        public double alpha() {
            return parameters.alpha();
        }

        public double beta() {
            return parameters.beta();
        }

        public double gamma() {
            return parameters.gamma();
        }

        public double phi() {
            return form.damped() ? parameters.phi() : 1;
        }

        @Override
        public String description() {
            return form.seasonal() ? model.name() + "(" + form.seasonLength() + ")" : model.name();
        }

        @Override
        public double[] forecast(int horizon) {
            return form.forecast(parameters, state, historyLength, horizon);
        }

        @Override
        public double[] standardErrors(int horizon) {
            return form.standardErrors(parameters, sigma, horizon);
        }

        @Override
        public double[] residuals() {
            return errors.clone();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s alpha=%.3f beta=%.3f gamma=%.3f phi=%.3f", description(),
                    alpha(), beta(), gamma(), phi());
        }
    }
}
