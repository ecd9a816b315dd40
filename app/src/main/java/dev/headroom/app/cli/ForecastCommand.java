package dev.headroom.app.cli;

import dev.headroom.app.service.ForecastService;
import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/** {@code headroom forecast}: forecast usage history with intervals (CONTRACT §4). */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast every series of a usage history, with intervals.")
final class ForecastCommand implements Callable<Integer> {

    private final ForecastService forecasting;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "USAGE.csv|USAGE.xlsx",
            description = "Usage history, long (period, workload, resource, usage) or wide layout.")
    private Path input;

    @Option(names = "--horizon", required = true, paramLabel = "N", description = "Periods to forecast.")
    private int horizon;

    @Option(names = "--out", required = true, paramLabel = "FORECAST.csv|FORECAST.xlsx",
            description = "Where to write the forecast.")
    private Path out;

    @Option(names = "--model", defaultValue = "auto", paramLabel = "auto|NAME", completionCandidates = ModelNames.class,
            description = "A model for every series, or auto (default) to choose per series: ${COMPLETION-CANDIDATES}.")
    private String model;

    @Option(names = "--level", split = ",", defaultValue = "80,95", paramLabel = "L",
            description = "Interval levels in percent (default 80,95).")
    private List<Double> levels;

    @Option(names = "--season", defaultValue = "auto", paramLabel = "auto|N",
            description = "Season length in periods, or auto (default) from the frequency.")
    private String season;

    ForecastCommand(ForecastService forecasting) {
        this.forecasting = forecasting;
    }

    @Override
    public Integer call() {
        OutputPaths.checkInput(input, "--input");
        Path outPath = OutputPaths.check(out, "--out", ".csv", ".xlsx");
        if (horizon < 1 || horizon > 600) {
            throw new UsageException("--horizon must be between 1 and 600, not " + horizon);
        }
        List<Double> fractions = levels.stream().map(ForecastCommand::toFraction).toList();
        if (!model.equalsIgnoreCase("auto") && forecasting.modelNames().stream().noneMatch(model::equalsIgnoreCase)) {
            throw new UsageException("--model " + model + " is not a model; known: auto, "
                    + String.join(", ", forecasting.modelNames()));
        }
        ForecastOptions options;
        try {
            options = ForecastOptions.forLevels(fractions).withModel(model).withSeasonLength(seasonLength());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<TimeSeries> history = forecasting.readUsage(input);
        List<SeriesForecast> forecasts = forecasting.forecast(history, horizon, options, ProgressListener.NONE,
                Cancellation.NEVER);
        forecasting.write(forecasts, fractions, outPath);
        spec.commandLine().getOut().printf(Locale.ROOT, "Forecast %d series %d periods ahead; wrote %s%n",
                forecasts.size(), horizon, out);
        return ExitCodes.DONE;
    }

    private static double toFraction(double percent) {
        if (!(percent > 0 && percent < 100)) {
            throw new UsageException("--level takes percentages above 0 and below 100, not " + percent);
        }
        return percent / 100;
    }

    private OptionalInt seasonLength() {
        if (season.equalsIgnoreCase("auto")) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(season.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException("--season takes auto or a whole number of periods, not \"" + season + "\"");
        }
    }

    /** The model names offered in --help. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return new dev.headroom.forecast.SmileForecaster(1).modelNames().iterator();
        }
    }
}
