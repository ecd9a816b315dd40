package dev.headroom.forecast;

import dev.headroom.core.model.TimeSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
 *       {@link #AUTOMATIC_POOL} that fit the shortest backtest training part (the global model only
 *       when the call's series give it enough rows to learn from); the mean of the best three
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

    /**
     * What applies to every series of one forecast call.
     *
     * @param backtestBoost the global model learnt from every series before its first backtest origin
     * @param finalBoost    the global model learnt from the whole histories
     */
    record Setup(ModelCatalog catalog, Optional<String> forced, OptionalInt season, int origins,
                 GlobalBoostModel backtestBoost, GlobalBoostModel finalBoost) {

        Setup(ModelCatalog catalog, Optional<String> forced, OptionalInt season, int origins) {
            this(catalog, forced, season, origins, GlobalBoostModel.UNTRAINED, GlobalBoostModel.UNTRAINED);
        }

        /** This setup for a series whose model is forced to {@code model} (empty: the automatic choice). */
        Setup forcing(Optional<String> model) {
            return model.equals(forced) ? this
                    : new Setup(catalog, model, season, origins, backtestBoost, finalBoost);
        }

        /** The model as backtested: the catalogue's untrained global model becomes this call's. */
        ForecastModel forBacktest(ForecastModel model) {
            return model instanceof GlobalBoostModel ? backtestBoost : model;
        }

        /** The model as refitted on the whole history. */
        ForecastModel forForecast(ForecastModel model) {
            return model instanceof GlobalBoostModel ? finalBoost : model;
        }

        /** Whether the global model takes part in this call, so that it is worth training. */
        boolean wantsGlobal() {
            return forced.map(f -> f.strip().equalsIgnoreCase(GlobalBoostModel.NAME)).orElse(AUTOMATIC_POOL.contains(GlobalBoostModel.NAME));
        }

        /**
         * This setup with the global model learnt from the call's series: from each history (leading
         * gaps dropped, outliers replaced, gaps filled) cut at its first backtest origin, and whole.
         */
        Setup withGlobal(List<TimeSeries> series, int horizon) {
            List<double[]> cut = new ArrayList<>();
            List<double[]> whole = new ArrayList<>();
            int common = season.orElse(series.isEmpty() ? 1 : series.getFirst().frequency().seasonLength());
            for (TimeSeries s : series) {
                double[] history = Observations.filled(cleaned(withoutLeadingGaps(s.values()), common));
                whole.add(history);
                RollingOrigin plan = RollingOrigin.plan(history.length, horizon, origins);
                if (plan.count() > 0) {
                    cut.add(Arrays.copyOf(history, plan.shortestTraining()));
                }
            }
            int lags = GlobalBoost.lagsFor(common);
            int[] seasons = new int[Math.max(cut.size(), whole.size())];
            Arrays.fill(seasons, common);
            // The two learn at once, each on its own thread: training is the one step that is not per series.
            CompletableFuture<Optional<GlobalBoost>> early = CompletableFuture.supplyAsync(
                    () -> GlobalBoost.train(cut, seasons, horizon, lags));
            Optional<GlobalBoost> late = GlobalBoost.train(whole, seasons, horizon, lags);
            return new Setup(catalog, forced, season, origins, new GlobalBoostModel(early.join(), common),
                    new GlobalBoostModel(late, common));
        }
    }

    static double[] withoutLeadingGaps(double[] raw) {
        int lead = 0;
        while (lead < raw.length && Double.isNaN(raw[lead])) {
            lead++;
        }
        return Arrays.copyOfRange(raw, lead, raw.length);
    }

    private static final int MIN_CONTEST = 6;

    /**
     * The models of the automatic contest, three of different kinds whose equal-weight mean is the
     * forecast (the best three of three): the Theta method on the seasonally adjusted history, ETS
     * chosen by AICc, and the global boosted trees. Chosen on the M3 training data's own holdout (never
     * the test split; see forecast-benchmark.md): picking the best three of five or more by three
     * backtest origins was worse than this fixed mean, because the backtest's ranking is mostly noise
     * while the three kinds' errors partly cancel. The other models stay available by name.
     */
    static final Set<String> AUTOMATIC_POOL = Set.of(ThetaModel.NAME, EtsModel.NAME, GlobalBoostModel.NAME);
    /** The contest for intermittent usage: methods that do not chase the zeros. */
    static final Set<String> INTERMITTENT_POOL = Set.of(CrostonModel.NAME, "ses", "naive", FlatModel.NAME);

    private SeriesForecasting() {
    }

    static SeriesAnalysis analyse(TimeSeries series, int horizon, Setup setup) {
        double[] history = withoutLeadingGaps(series.values());
        int nominal = setup.season().orElse(series.frequency().seasonLength());
        SeriesProfile profile = SeriesProfile.of(history, nominal, setup.season().isPresent());
        if (profile.observations() < 3 || profile.constant()) {
            return unscored(series, history, new FlatModel().fit(history, 1), horizon);
        }
        if (setup.forced().isPresent()) {
            return forced(series, history, horizon, setup, profile, nominal);
        }
        if (profile.observations() < MIN_CONTEST) {
            return unscored(series, history, new LinearTrendModel().fit(history, 1), horizon);
        }
        Set<String> pool = profile.intermittent() ? INTERMITTENT_POOL : AUTOMATIC_POOL;
        List<ForecastModel> contenders = setup.catalog().models().stream().filter(m -> pool.contains(m.name())).map(setup::forBacktest).toList();
        return contest(series, history, horizon, setup, contenders, profile.seasonLength(), nominal);
    }

    /** The forced model, or the first simpler one the history supports; backtested alone. */
    private static SeriesAnalysis forced(TimeSeries series, double[] history, int horizon, Setup setup,
                                         SeriesProfile profile, int nominal) {
        for (ForecastModel candidate : setup.catalog().candidates(setup.forced())) {
            ForecastModel model = setup.forBacktest(candidate);
            // A planner who forces a seasonal model gets the nominal season even when the test did not find it.
            for (int season : new int[] {profile.seasonLength(), nominal}) {
                if (model.canFit(history, season)) {
                    return contest(series, history, horizon, setup, List.of(model), season, nominal);
                }
            }
        }
        return unscored(series, history, new FlatModel().fit(history, 1), horizon);
    }

    private static SeriesAnalysis contest(TimeSeries series, double[] history, int horizon, Setup setup,
                                          List<ForecastModel> pool, int season, int nominal) {
        double[] cleaned = cleaned(history, nominal);
        RollingOrigin plan = RollingOrigin.plan(history.length, horizon, setup.origins());
        double[][] training = new double[plan.count()][];
        for (int j = 0; j < plan.count(); j++) {
            training[j] = cleaned(Arrays.copyOf(history, plan.origin(j)), nominal);
        }
        Contest contest = new Contest(history, plan, training);
        List<ForecastModel> contenders = pool.stream()
                .map(m -> m instanceof EtsModel ets ? ets.chosenOn(cleaned, season) : m).toList();
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
                ForecastModel refit = setup.forForecast(model);
                if (refit.canFit(cleaned, season)) {
                    return unscored(series, cleaned, refit.fit(cleaned, season), horizon);
                }
            }
            return unscored(series, history, new FlatModel().fit(history, 1), horizon);
        }
        Contest.Trial best = contest.best(trials);
        List<FittedModel> fits = best.members().stream().map(i -> setup.forForecast(contenders.get(i)).fit(cleaned, season)).toList();
        FittedModel fit = fits.size() == 1 ? fits.getFirst() : new Combination(fits, best.median());
        double scale = Backtest.naiveError(history, nominal);
        double[] accuracy = contest.accuracy(best, scale);
        return new SeriesAnalysis(series, fit.description(), Intervals.clipAtZero(fit.forecast(horizon)),
                fit.standardErrors(horizon), fit.degreesOfFreedom(), contest.standardisedErrors(best),
                contest.crossValidatedErrors(trials, best), accuracy[0], accuracy[1], fitted(cleaned, fit));
    }

    private static SeriesAnalysis unscored(TimeSeries series, double[] data, FittedModel fit, int horizon) {
        return new SeriesAnalysis(series, fit.description(), Intervals.clipAtZero(fit.forecast(horizon)),
                fit.standardErrors(horizon), fit.degreesOfFreedom(), new double[0][], new double[0][], Double.NaN,
                Double.NaN, fitted(data, fit));
    }

    /**
     * The model's fitted values on the data it was fitted on: the data less the residuals, which a model may give
     * for fewer periods than the data (those at the end), clipped at zero like the forecast; NaN where either is.
     */
    static double[] fitted(double[] data, FittedModel fit) {
        double[] residuals = fit.residuals();
        double[] out = new double[data.length];
        java.util.Arrays.fill(out, Double.NaN);
        int offset = data.length - residuals.length;
        for (int t = Math.max(0, offset); t < data.length; t++) {
            double r = residuals[t - offset];
            if (!Double.isNaN(data[t]) && Double.isFinite(r)) {
                out[t] = Math.max(0, data[t] - r);
            }
        }
        return out;
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
