package dev.headroom.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code headroom}: the top command. With no subcommand from a script it prints its usage. */
@Command(name = "headroom",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Capacity planning: forecast demand, plan what to buy, when and where everything runs.",
        subcommands = {PlanCommand.class, ForecastCommand.class, ValidateCommand.class, SampleCommand.class,
            TemplateCommand.class, ScenariosCommand.class, ImportPrometheusCommand.class},
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        footer = {"", "Run without arguments to open the desktop application.",
            "Exit status: 0 done, 2 bad input or usage, 1 internal error."})
public final class HeadroomCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
