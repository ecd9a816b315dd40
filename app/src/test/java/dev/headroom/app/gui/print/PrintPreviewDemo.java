package dev.headroom.app.gui.print;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Opens the print preview of the sample's plan in a window, to look at (a tool, not a test): run with the
 * app's test class path, e.g. under {@code xvfb-run}, and take a screenshot.
 */
public final class PrintPreviewDemo {
    private PrintPreviewDemo() {
    }

    public static void main(String[] args) {
        PlanningService service = new PlanningService(new SmileForecaster());
        PlanningInput input = service.sample();
        Plan plan = service.plan(input.withSettings(input.settings().withTimeLimit(5)), p -> { }, () -> false);
        Platform.startup(() -> {
            Stage owner = new Stage();
            owner.setScene(new Scene(new Label("Headroom"), 300, 200));
            owner.show();
            PrintPreview.show(owner, plan, input, service);
        });
    }
}
