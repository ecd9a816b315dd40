package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.plan.PlanFreshness;
import dev.headroom.app.gui.plan.QuickSample;
import dev.headroom.app.gui.plan.ScenarioPlanner;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.io.project.ScenarioRow;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Scenarios screen in a window on the headless platform: the comparison shown, a scenario created and edited. */
@ExtendWith(ApplicationExtension.class)
class ScenariosViewTest {

    private final Workspace workspace = new Workspace();

    @Start
    void start(Stage stage) {
        RecordingDialogs dialogs = new RecordingDialogs();
        Activity activity = new Activity(new FxTaskRunner(), dialogs);
        PlanFreshness freshness = new PlanFreshness(workspace);
        ScenariosViewModel vm = new ScenariosViewModel(workspace, activity,
                new ScenarioPlanner(workspace, activity, QuickSample.PLANNING, freshness, System::nanoTime),
                freshness, dialogs);
        workspace.open(QuickSample.planned(), null, "");
        stage.setScene(new Scene(new ScenariosView(vm), 1280, 760));
        stage.show();
    }

    @Test
    void theComparisonShowsEveryPlannedScenarioAndANewOneCanBeCreatedAndEdited(FxRobot robot) {
        TableView<ComparisonRows.Row> comparison = robot.lookup("#comparisonTable").query();
        assertThat(comparison.getColumns()).hasSize(4);
        assertThat(comparison.getItems()).extracting(ComparisonRows.Row::figure).startsWith("Status", "Total cost");
        BarChart<?, ?> costs = robot.lookup("#comparisonChart").query();
        assertThat(costs.getData().getFirst().getData()).hasSize(3);

        robot.clickOn("#newScenarioName").write("eu growth");
        robot.clickOn("#createScenarioButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ScenarioItem> list = robot.lookup("#scenarioTable").query();
        assertThat(list.getItems()).hasSize(4);
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo("eu growth");
        assertThat(workspace.dirtyProperty().get()).isTrue();

        robot.clickOn("#addChangeButton").clickOn("node_cost");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ScenarioRow> changes = robot.lookup("#changeTable").query();
        assertThat(changes.getItems()).containsExactly(new ScenarioRow("node_cost", "", "", "", "", ""));
        assertThat(robot.lookup("#changeProblems").query().isVisible()).isTrue();
        // Another scenario and back: the change with a problem is still there, not lost.
        robot.interact(() -> workspace.selectedScenarioProperty().set("ml-inference lands early"));
        robot.interact(() -> workspace.selectedScenarioProperty().set("eu growth"));
        assertThat(changes.getItems()).containsExactly(new ScenarioRow("node_cost", "", "", "", "", ""));
    }
}
