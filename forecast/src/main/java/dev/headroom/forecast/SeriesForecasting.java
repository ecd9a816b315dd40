package dev.headroom.forecast;

import dev.headroom.core.model.TimeSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Forecasts one series up to the point where intervals are calibrated ({@link SeriesAnalysis}).
 *
 * <p>How each kind of history is treated:
 * <ul>
 *   <li>Leading gaps are dropped (the series starts at its first observation); gaps inside are left
 *       to the models (interpolated by those that need one value per period, skipped by regressions)
 *       and never scored.</li>
 *   <li>No observation: a forecast of 0. Constant (all zero included): that value, with intervals of
 *       zero width — nothing has ever varied. Fewer than 3 observations: their mean ({@code flat}).
 *       3 to 5: a least-squares line ({@code trend}). These get no backtest and Student-t intervals
 *       from the model.</li>
 *   <li>6 or more: the rolling-origin contest of {@link Contest} among the models of
 *       {@link #AUTOMATIC_POOL} that fit the shortest backtest training part; the mean of the best three
 *       is refitted on the whole history. Without a season found by the autocorrelation test (which
 *       needs three seasons of history) the models see the series as non-seasonal and seasonal naive
 *       does not take part.</li>
 *   <li>Intermittent usage (30% or more zeros): the contest is among Croston, simple smoothing, naive
 *       and the mean, which do not chase the zeros.</li>
 *   <li>Outliers are replaced before fitting ({@link Outliers}); level shifts are kept, and the
 *       backtest then favours the models that adapt to them (naive, smoothing, changepoint trends).</li>
 * </ul>
 */
final class SeriesForecasting {

    /** What applies to every series of one forecast call. */
    record Setup(ModelCatalog catalog, Optional<String> forced, OptionalInt season, int origins) {
    }

    private static final int MIN_CONTEST = 6;

    /**
     * The models of the automatic contest: those that held up on M3 out of sample (see
     * forecast-benchmark.md). The regressions, Holt and Holt-Winters forecast worse there on their own
     * and, in the contest, won by backtest luck more often than by merit; they stay available by name.
     */
    static final Set<String> AUTOMATIC_POOL = Set.of(ThetaModel.NAME, "ses", "damped", ArimaModel.NAME, "snaive");
    /** The contest for intermittent usage: methods that do not chase the zeros. */
    static final Set<String> INTERMITTENT_POOL = Set.of(CrostonModel.NAME, "ses", "naive", FlatModel.NAME);

    private SeriesForecasting() {
    }

    static SeriesAnalysis analyse(TimeSeries series, int horizon, Setup setup) {
        double[] raw = series.values();
        int lead = 0;
        while (lead < raw.length && Double.isNaN(raw[lead])) {
            lead++;
        }
        double[] history = Arrays.copyOfRange(raw, lead, raw.length);
        int nominal = setup.season().orElse(series.frequency().seasonLength());
        SeriesProfile profile = SeriesProfile.of(history, nominal, setup.season().isPresent());
        if (profile.observations() < 3 || profile.constant()) {
            return unscored(series, new FlatModel().fit(history, 1), horizon);
        }
        if (setup.forced().isPresent()) {
            return forced(series, history, horizon, setup, profile, nominal);
        }
        if (profile.observations() < MIN_CONTEST) {
            return unscored(series, new LinearTrendModel().fit(history, 1), horizon);
        }
        Set<String> pool = profile.intermittent() ? INTERMITTENT_POOL : AUTOMATIC_POOL;
        List<ForecastModel> contenders = setup.catalog().models().stream().filter(m -> pool.contains(m.name())).toList();
        return contest(series, history, horizon, setup, contenders, profile.seasonLength(), nominal);
    }

    /** The forced model, or the first simpler one the history supports; backtested alone. */
    private static SeriesAnalysis forced(TimeSeries series, double[] history, int horizon, Setup setup,
                                         SeriesProfile profile, int nominal) {
        for (ForecastModel model : setup.catalog().candidates(setup.forced())) {
            // A planner who forces a seasonal model gets the nominal season even when the test did not find it.
            for (int season : new int[] {profile.seasonLength(), nominal}) {
                if (model.canFit(history, season)) {
                    return contest(series, history, horizon, setup, List.of(model), season, nominal);
                }
            }
        }
        return unscored(series, new FlatModel().fit(history, 1), horizon);
    }

    private static SeriesAnalysis contest(TimeSeries series, double[] history, int horizon, Setup setup,
                                          List<ForecastModel> contenders, int season, int nominal) {
        double[] cleaned = cleaned(history, nominal);
        RollingOrigin plan = RollingOrigin.plan(history.length, horizon, setup.origins());
        double[][] training = new double[plan.count()][];
        for (int j = 0; j < plan.count(); j++) {
            training[j] = cleaned(Arrays.copyOf(history, plan.origin(j)), nominal);
        }
        Contest contest = new Contest(history, plan, training);
        List<Contest.Trial> trials = new ArrayList<>();
        for (int i = 0; i < contenders.size(); i++) {
            if (!contenders.get(i).canFit(cleaned, season)) {
                continue;
            }
            Contest.Trial trial = plan.count() == 0 ? null : contest.trial(contenders.get(i), season, i);
            if (trial != null) {
                trials.add(trial);
            }
        }
        if (trials.isEmpty()) {
            // Too short to backtest anyone: the first contender that fits the whole history, unscored.
            for (ForecastModel model : contenders) {
                if (model.canFit(cleaned, season)) {
                    return unscored(series, model.fit(cleaned, season), horizon);
                }
            }
            return unscored(series, new FlatModel().fit(history, 1), horizon);
        }
        Contest.Trial best = contest.best(trials);
        List<FittedModel> fits = best.members().stream().map(i -> (FittedModel) contenders.get(i).fit(cleaned, season)).toList();
        FittedModel fit = fits.size() == 1 ? fits.getFirst() : new Combination(fits, best.median());
        double scale = Backtest.naiveError(history, nominal);
        double[] accuracy = contest.accuracy(best, scale);
        return new SeriesAnalysis(series, fit.description(), Intervals.clipAtZero(fit.forecast(horizon)),
                fit.standardErrors(horizon), fit.degreesOfFreedom(), contest.standardisedErrors(best),
                contest.crossValidatedErrors(trials, best), accuracy[0], accuracy[1]);
    }

    private static SeriesAnalysis unscored(TimeSeries series, FittedModel fit, int horizon) {
        return new SeriesAnalysis(series, fit.description(), Intervals.clipAtZero(fit.forecast(horizon)),
                fit.standardErrors(horizon), fit.degreesOfFreedom(), new double[0][], new double[0][], Double.NaN, Double.NaN);
    }

    /** The history with outliers replaced, gaps kept as gaps. */
    static double[] cleaned(double[] history, int seasonLength) {
        double[] filled = Observations.filled(history);
        double[] clean = Outliers.clean(filled, seasonLength);
        if (clean == filled) {
            return history;
        }
        double[] out = clean.clone();
        for (int t = 0; t < history.length; t++) {
            if (Double.isNaN(history[t])) {
                out[t] = Double.NaN;
            }
        }
        return out;
    }
}
