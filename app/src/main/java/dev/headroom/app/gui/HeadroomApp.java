package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.FxDialogService;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.Messages;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.logging.Logs;
import dev.headroom.app.gui.workspace.StoredPreferences;
import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** The desktop application: the main window with the user's preferences, work off the screen's thread. */
public final class HeadroomApp extends Application {

    /** Read on first use, after {@link #speak} has set the language. */
    private static final class Words {
        static final Texts T = Texts.of(HeadroomApp.class);
    }


    /**
     * An error no screen handled (a bug) is logged with its stack trace and shown in words with the log's place,
     * instead of a stack trace on the console the planner never sees.
     */
    private static void reportUnexpectedErrorsInWords(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LoggerFactory.getLogger(HeadroomApp.class).error("Unexpected error on {}", thread.getName(), error);
            Runnable show = () -> new FxDialogService(() -> stage).showError(Words.T.get("error.unexpected.title"),
                    Words.T.get("error.unexpected", Messages.of(error), Logs.file()));
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        });
    }

    /** Launches the JavaFX runtime and this application; returns when the window closes. */
    public static void launchWindow(String[] args) {
        speak(StoredPreferences.forUser().language());
        Application.launch(HeadroomApp.class, args);
    }

    /**
     * Makes {@code language} the JVM's default locale, which the window's words ({@link Texts}), its numbers and
     * dates, and JavaFX's own buttons follow. Done once before any window exists: words are read when each class
     * is first used, which is why a change of language applies when Headroom starts next. A system locale of the
     * same language is kept, so an English window keeps the planner's own date and number formats.
     */
    static void speak(Language language) {
        if (Language.of(Locale.getDefault()) != language) {
            Locale.setDefault(language.locale());
        }
    }

    /**
     * Set to print how long the window took from the JVM's start to its first rendered frame, and close it
     * then: what the startup benchmark measures.
     */
    public static final String STARTUP_PROBE = "headroom.startup.probe";

    @Override
    public void start(Stage stage) {
        reportUnexpectedErrorsInWords(stage);
        MainWindow window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                StoredPreferences.forUser());
        // A file given on the command line (a double-click on a project) is opened once the window shows.
        getParameters().getRaw().stream().findFirst()
                .ifPresent(file -> window.viewModel().projects().open(java.nio.file.Path.of(file).toAbsolutePath()));
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            // The first pulse after show() has styled and laid out the window; it is drawn in that pulse too.
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(probe[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("window usable after " + ms + " ms");
                Platform.runLater(Platform::exit);
            };
            stage.getScene().addPostLayoutPulseListener(probe[0]);
        }
    }
}
