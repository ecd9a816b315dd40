package dev.headroom.app.cli;

import dev.headroom.app.service.ForecastService;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.io.prometheus.PrometheusOptions;
import dev.headroom.forecast.SmileForecaster;
import picocli.CommandLine;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Optional;

/** Builds the {@code headroom} command line with its services and runs it. */
public final class Cli {

    private Cli() {
    }

    /** Runs one command and returns its exit status (0 done, 2 bad input or usage, 1 anything else). */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to the given streams; tests call this directly. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new PrometheusImports.Secrets(System.getenv(), Cli::askOnTerminal));
    }

    /** The command line with the secrets of Prometheus imports taken from {@code secrets}; tests pass their own. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, PrometheusImports.Secrets secrets) {
        PrometheusImports prometheus = new PrometheusImports(PrometheusOptions.defaults());
        SmileForecaster forecaster = new SmileForecaster();
        PlanningService planning = new PlanningService(forecaster);
        ForecastService forecasting = new ForecastService(forecaster, forecaster.modelNames());
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == PlanCommand.class) {
                    return type.cast(new PlanCommand(planning, prometheus, secrets));
                }
                if (type == ImportPrometheusCommand.class) {
                    return type.cast(new ImportPrometheusCommand(prometheus, secrets));
                }
                if (type == ValidateCommand.class) {
                    return type.cast(new ValidateCommand(planning));
                }
                if (type == SampleCommand.class) {
                    return type.cast(new SampleCommand(planning));
                }
                if (type == TemplateCommand.class) {
                    return type.cast(new TemplateCommand(planning));
                }
                if (type == ScenariosCommand.class) {
                    return type.cast(new ScenariosCommand(planning));
                }
                if (type == ForecastCommand.class) {
                    return type.cast(new ForecastCommand(forecasting));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cl = new CommandLine(new HeadroomCommand(), factory);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        return cl;
    }

    /** A password or token typed on the terminal, not echoed; nothing where there is no terminal (a script). */
    private static Optional<char[]> askOnTerminal() {
        Console console = System.console();
        return console == null ? Optional.empty()
                : Optional.ofNullable(console.readPassword("Prometheus password or token (not shown): "));
    }
}
