package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path in a real window on JavaFX's headless platform. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                new MemoryPreferences());
    }

    @Test
    void theStartPageOpensTheSampleAndTheScreensBecomeAvailable(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Headroom");
        ToggleButton start = robot.lookup("#navStart").query();
        assertThat(start.isSelected()).isTrue();
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().workspace().project().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Headroom — Headroom sample");
        assertThat(window.viewModel().screenProperty().get()).isEqualTo(Screen.DATA);
    }
}
