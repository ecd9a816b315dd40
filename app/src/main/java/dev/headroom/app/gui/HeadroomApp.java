package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.StoredPreferences;
import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: the main window with the user's preferences, work off the screen's thread. */
public final class HeadroomApp extends Application {

    /** Launches the JavaFX runtime and this application; returns when the window closes. */
    public static void launchWindow(String[] args) {
        Application.launch(HeadroomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                StoredPreferences.forUser());
    }
}
