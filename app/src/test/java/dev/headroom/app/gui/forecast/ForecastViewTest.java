package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.service.PlanningService;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/** The Forecast screen in a real window: the sample's forecasts shown, a model forced, a step added and removed. */
@ExtendWith(ApplicationExtension.class)
class ForecastViewTest {

    private final FakeForecaster forecaster = new FakeForecaster();
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new PlanningService(forecaster), new FxTaskRunner(), new MemoryPreferences());
    }

    @Test
    void showsTheSamplesForecastsAndTakesAModelAndAnAdjustment(FxRobot robot) throws Exception {
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().workspace().project().isPresent());
        robot.clickOn("#navForecast");
        LineChart<?, ?> chart = robot.lookup("#forecastChart").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chart.getData().size() == 3);
        TableView<SeriesRow> table = robot.lookup("#seriesTable").query();
        assertThat(table.getSelectionModel().getSelectedItem()).as("a series is shown at once").isNotNull();
        assertThat(robot.lookup("#accuracyText").queryAs(Label.class).getText()).contains("MASE 0.50");
        assertThat(stage.getTitle()).doesNotEndWith("*");

        robot.clickOn("#seriesFilter").write("search-api");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(SeriesRow::workload).containsOnly("search-api", "us-search-api");
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        SeriesRow chosen = table.getSelectionModel().getSelectedItem();
        assertThat(robot.lookup("#seriesTitle").queryAs(Label.class).getText())
                .startsWith(chosen.workload() + " · " + chosen.resource());

        ComboBox<String> model = robot.lookup("#modelChoice").query();
        robot.interact(() -> model.getSelectionModel().select("naive"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> chosen.modelProperty().get().equals("naive (chosen)"));
        assertThat(stage.getTitle()).endsWith("*");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.viewModel().workspace().project().isEmpty()
                && robot.lookup("#forecastBusy").query().isVisible() == false);
        int callsBefore = forecaster.calls.size();
        robot.clickOn("#adjustmentValue").write("7");
        robot.clickOn("#addAdjustment");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> adjustments = robot.lookup("#adjustmentList").query();
        assertThat(adjustments.getItems()).hasSize(1);
        assertThat(window.viewModel().workspace().project().orElseThrow().forecastChoices().adjustments()).hasSize(1);
        assertThat(forecaster.calls).as("the adjustment is applied without forecasting again").hasSize(callsBefore);

        robot.clickOn(robot.lookup("#adjustmentList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#removeAdjustment");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(adjustments.getItems()).isEmpty();
    }
}
