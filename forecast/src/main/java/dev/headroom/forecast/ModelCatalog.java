package dev.headroom.forecast;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The models Headroom knows, richest first, and the rule that picks one for a series: the richest
 * (or the one the planner forced) that the history can support, falling back to simpler ones — a
 * forced {@code seasonal-trend} on one year of history becomes a {@code trend}, and the forecast says so.
 */
public final class ModelCatalog {

    private final List<ForecastModel> models;

    /**
     * A catalogue of the given models, ordered richest first; the last must fit any history, so that
     * every series gets a forecast.
     */
    public ModelCatalog(List<ForecastModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a model catalogue needs at least one model");
        }
        ForecastModel last = models.getLast();
        if (!last.canFit(new double[0], 1)) {
            throw new IllegalArgumentException("the last model of a catalogue must fit any history; "
                    + last.name() + " does not fit an empty one");
        }
        this.models = List.copyOf(models);
    }

    /**
     * Every model Headroom has, richest first: Holt-Winters multiplicative and additive, the seasonal
     * trend regression, the log-linear and linear changepoint trends, the straight line, ETS (form by
     * AICc), ARIMA, Theta, damped trend, Holt, simple smoothing, the global boosted trees (trained per
     * forecast call; the catalogue's own fits nothing), drift, seasonal naive, naive, Croston and the
     * flat mean.
     * Non-seasonal methods (ARIMA, Theta and the smoothing family) work on the seasonally adjusted
     * history when the series is seasonal.
     */
    public static ModelCatalog standard() {
        return new ModelCatalog(List.of(
                new SmoothingModel(SmoothingModel.Kind.HW_MULTIPLICATIVE),
                new SmoothingModel(SmoothingModel.Kind.HW_ADDITIVE),
                new SeasonalTrendModel(),
                new ChangepointTrendModel(true),
                new ChangepointTrendModel(false),
                new LinearTrendModel(),
                new EtsModel(),
                new SeasonallyAdjusted(new ArimaModel()),
                new SeasonallyAdjusted(new ThetaModel()),
                new SeasonallyAdjusted(new SmoothingModel(SmoothingModel.Kind.DAMPED)),
                new SeasonallyAdjusted(new SmoothingModel(SmoothingModel.Kind.HOLT)),
                new SeasonallyAdjusted(new SmoothingModel(SmoothingModel.Kind.SES)),
                GlobalBoostModel.UNTRAINED,
                new BenchmarkModel(BenchmarkModel.Kind.DRIFT),
                new BenchmarkModel(BenchmarkModel.Kind.SEASONAL_NAIVE),
                new BenchmarkModel(BenchmarkModel.Kind.NAIVE),
                new CrostonModel(),
                new FlatModel()));
    }

    /** The models, richest first. */
    public List<ForecastModel> models() {
        return models;
    }

    /** The models' names, richest first. */
    public List<String> names() {
        return models.stream().map(ForecastModel::name).toList();
    }

    /**
     * The model of that name, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the unknown model and every known one
     */
    public ForecastModel byName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return models.stream().filter(m -> m.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown forecast model \"" + name
                        + "\"; known models: auto, " + models.stream().map(ForecastModel::name)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * The models to try in order: from the forced one, or from the richest, down to the last.
     *
     * @throws IllegalArgumentException when the forced name is unknown
     */
    public List<ForecastModel> candidates(Optional<String> forced) {
        if (forced.isEmpty()) {
            return models;
        }
        return models.subList(models.indexOf(byName(forced.get())), models.size());
    }

    /** The first of the candidates the history can support. */
    public static ForecastModel choose(List<ForecastModel> candidates, double[] history, int seasonLength) {
        for (ForecastModel model : candidates) {
            if (model.canFit(history, seasonLength)) {
                return model;
            }
        }
        // The constructor ensures the last model fits anything; reaching here means a model broke that promise.
        throw new IllegalStateException("no model of " + candidates + " fits a history of "
                + history.length + " periods");
    }
}
