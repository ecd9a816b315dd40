package dev.headroom.app.gui;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Purchase;
import dev.headroom.forecast.SmileForecaster;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path in a real window on JavaFX's headless platform: open the sample, plan, see purchases. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainViewModel vm = new MainViewModel(new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                new RecordingDialogs());
        stage.setScene(new Scene(new MainView(vm), 1200, 760));
        stage.titleProperty().bind(vm.titleProperty());
        stage.show();
    }

    @Test
    void openSamplePlanAndSeePurchases(FxRobot robot) throws Exception {
        robot.clickOn("#sampleButton");
        TableView<?> workloads = robot.lookup("#workloadTable").queryTableView();
        assertThat(workloads.getItems()).hasSize(40);
        assertThat(stage.getTitle()).startsWith("Headroom");

        robot.clickOn("#planButton");
        TableView<Purchase> purchases = robot.lookup("#purchaseTable").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !purchases.getItems().isEmpty());
        assertThat(purchases.getItems()).allSatisfy(p -> assertThat(p.count()).isPositive());
        Button plan = robot.lookup("#planButton").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !plan.isDisabled());
        assertThat(robot.lookup("#planSummary").queryLabeled().getText()).contains("total cost");
    }
}
