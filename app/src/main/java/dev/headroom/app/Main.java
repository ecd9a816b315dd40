package dev.headroom.app;

import dev.headroom.app.cli.Cli;
import dev.headroom.app.gui.HeadroomApp;
import dev.headroom.app.logging.Logs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The entry point. It does not extend {@code Application}: launched from the class path, a main class
 * that does would fail with "JavaFX runtime components are missing". With no arguments it opens the
 * window; with one that is a project or spreadsheet file (a double-click in a file manager) it opens the
 * window on that file; with anything else it runs the command line and exits with its status.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logs.configure();
        if (args.length == 0 || opensInWindow(args)) {
            HeadroomApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** One argument naming an existing project or spreadsheet: what a file manager passes on a double-click. */
    static boolean opensInWindow(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            return false;
        }
        String name = args[0].toLowerCase(Locale.ROOT);
        return OPENABLE.stream().anyMatch(name::endsWith) && Files.isRegularFile(Path.of(args[0]));
    }

    private static final List<String> OPENABLE = List.of(".headroom", ".xlsx", ".xlsm", ".xls", ".ods", ".csv",
            ".tsv", ".txt");
}
