package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import wizard in a real window: a CSV opened on the start page becomes a project; its file page leads to the
 * import from Prometheus instead.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardWindowTest {

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                new MemoryPreferences());
    }

    @Test
    void aCsvOpenedInTheWindowIsImportedThroughTheWizardIntoANewProject(FxRobot robot) throws Exception {
        List<String> lines = new ArrayList<>(List.of("date;service;metric;value;cluster"));
        for (int d = 0; d < 60; d++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(d);
            lines.add(day + ";web;cpu;" + (2 + d % 3) + ",5;blue");
            lines.add(day + ";web;memory;" + (8 + d % 4) + " GiB;blue");
        }
        Path csv = Files.write(dir.resolve("usage.csv"), lines);

        Platform.runLater(() -> window.viewModel().projects().open(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importPreview").tryQuery().isPresent());
        TableView<?> preview = robot.lookup("#importPreview").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getItems().size() == 20);

        robot.clickOn("#importNext");
        ComboBox<?> value = robot.lookup("#importValueColumn").query();
        assertThat(value.getValue()).isEqualTo("value");
        robot.clickOn("#importNext");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importRollUp-memory").tryQuery().isPresent());
        robot.clickOn("#importNext");
        Button confirm = robot.lookup("#importConfirm").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !confirm.isDisabled());
        assertThat(window.viewModel().workspace().project()).isEmpty();
        robot.clickOn("#importConfirm");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().workspace().project().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        PlanningInput input = window.viewModel().workspace().input().orElseThrow();
        assertThat(input.name()).isEqualTo("usage");
        assertThat(input.usage()).hasSize(2);
        assertThat(input.pools()).extracting(p -> p.name()).containsExactly("blue");
        assertThat(window.viewModel().workspace().dirtyProperty().get()).isTrue();
        assertThat(robot.lookup("#importWizard").tryQuery()).isEmpty();
    }

    @Test
    void theFilePageLeadsToTheImportFromPrometheus(FxRobot robot) throws Exception {
        Path csv = Files.write(dir.resolve("usage.csv"), List.of("period,workload,resource,usage", "2024-01,web,cpu,2"));
        Platform.runLater(() -> window.viewModel().projects().open(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importFromPrometheus").tryQuery().isPresent());

        robot.clickOn("#importFromPrometheus");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prometheusImport").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importWizard").tryQuery()).as("the wizard closed").isEmpty();
        assertThat(robot.lookup("#prometheusQueries").tryQuery()).isPresent();
        assertThat(window.viewModel().workspace().project()).isEmpty();
        robot.clickOn("#prometheusCancel");
    }

    @Test
    void theStartScreenStartsANewProjectFromPrometheus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newFromPrometheusButton").tryQuery().isPresent());

        robot.clickOn("#newFromPrometheusButton");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#prometheusImport").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prometheusQueries").tryQuery()).isPresent();
        robot.clickOn("#prometheusCancel");
    }
}
