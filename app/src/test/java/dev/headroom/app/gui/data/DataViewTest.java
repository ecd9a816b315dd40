package dev.headroom.app.gui.data;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.Screen;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Data screen in a real window: the sample's workloads filtered, a node type's cost edited on its cell. */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                new MemoryPreferences());
    }

    @Test
    void thePlannerFiltersTheWorkloadsAndEditsACostOnItsCell(FxRobot robot) throws Exception {
        Workspace workspace = window.viewModel().workspace();
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.project().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().screenProperty().get()).isEqualTo(Screen.DATA);

        TableView<?> workloads = robot.lookup("#workloadsTable").queryAs(TableView.class);
        assertThat(workloads.getItems()).hasSize(40);
        LineChart<?, ?> chart = robot.lookup("#historyChart").queryAs(LineChart.class);
        assertThat(chart.getData().getFirst().getData()).isNotEmpty();
        TextField filter = robot.lookup("#workloadFilter").queryAs(TextField.class);
        robot.interact(() -> filter.setText("checkout"));
        assertThat(workloads.getItems()).hasSize(2);

        TabPane tabs = robot.lookup("#dataView").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "nodeTypesTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn(cell(robot, "14000"));
        robot.write("-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> wrong = cell(robot, "-1");
        assertThat(wrong.getStyleClass()).contains("problem");
        assertThat(wrong.getTooltip().getText()).isEqualTo("cost must be a number ≥ 0, not \"-1\"");
        assertThat(workspace.input().orElseThrow().nodeType("general-32").orElseThrow().cost()).isEqualTo(14_000);
        assertThat(workspace.dirtyProperty().get()).isFalse();

        // Typed, then another cell clicked rather than Enter: what was typed is kept and applied all the same.
        robot.doubleClickOn(wrong);
        robot.write("15500");
        robot.clickOn(cell(robot, "memory-48"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.input().orElseThrow().nodeType("general-32").orElseThrow().cost()).isEqualTo(15_500);
        assertThat(workspace.dirtyProperty().get()).isTrue();
        assertThat(cell(robot, "15500").getStyleClass()).doesNotContain("problem");
    }

    private static TableCell<?, ?> cell(FxRobot robot, String text) {
        return robot.lookup("#nodeTypesTable .table-cell").match((Node n) -> n instanceof TableCell<?, ?> c
                && text.equals(c.getText())).queryAs(TableCell.class);
    }

    /** The settings form: moves allowed with a check box; an edit undone shows the value as it was again. */
    @Test
    void movesBetweenPoolsAreAllowedWithACheckBoxAndUndoShowsTheSettingsAsTheyWere(FxRobot robot) throws Exception {
        Workspace workspace = window.viewModel().workspace();
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workspace.project().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#dataView").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "settingsTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox allowMoves = robot.lookup("#setting-allowMoves").queryAs(CheckBox.class);
        TextField horizon = robot.lookup("#setting-horizon").queryAs(TextField.class);
        assertThat(allowMoves.isSelected()).isFalse();
        assertThat(horizon.getText()).isEqualTo("12");

        robot.clickOn(allowMoves);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.input().orElseThrow().settings().allowMoves()).isTrue();
        robot.clickOn(horizon).type(KeyCode.END).type(KeyCode.BACK_SPACE).write("4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.input().orElseThrow().settings().horizon()).isEqualTo(14);

        // Collected views of the table's rows once lost the form its updates: what the screen shows after an undo.
        System.gc();
        robot.interact(workspace::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(horizon.getText()).isEqualTo("12");
        assertThat(allowMoves.isSelected()).isTrue();
        robot.interact(workspace::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.input().orElseThrow().settings().allowMoves()).isFalse();
        assertThat(allowMoves.isSelected()).isFalse();
        robot.interact(workspace::redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(allowMoves.isSelected()).isTrue();
    }
}
