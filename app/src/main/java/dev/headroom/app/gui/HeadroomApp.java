package dev.headroom.app.gui;

import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: wires the services into the main window and opens the sample. */
public final class HeadroomApp extends Application {

    /** Launches the JavaFX runtime and this application; returns when the window closes. */
    public static void launchWindow(String[] args) {
        Application.launch(HeadroomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        PlanningService planning = new PlanningService(new SmileForecaster());
        MainViewModel vm = new MainViewModel(planning, new FxTaskRunner(), new FxDialogService(() -> stage));
        stage.setScene(new Scene(new MainView(vm), 1200, 760));
        stage.titleProperty().bind(vm.titleProperty());
        vm.openSample();
        stage.show();
    }
}
