package dev.headroom.app;

import dev.headroom.app.cli.Cli;
import dev.headroom.app.gui.HeadroomApp;
import dev.headroom.app.logging.Logs;

/**
 * The entry point. It does not extend {@code Application}: launched from the class path, a main class
 * that does would fail with "JavaFX runtime components are missing". With no arguments it opens the
 * window; with any, it runs the command line and exits with its status.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logs.configure();
        if (args.length == 0) {
            HeadroomApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
