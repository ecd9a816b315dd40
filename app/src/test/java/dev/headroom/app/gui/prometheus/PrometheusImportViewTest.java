package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.FakePrometheus;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.io.prometheus.PrometheusOptions;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The "From Prometheus" window on JavaFX's headless platform: preview the series, then import them. */
@ExtendWith(ApplicationExtension.class)
class PrometheusImportViewTest {
    private final Workspace workspace = new Workspace();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FakePrometheus prometheus;
    private boolean closed;

    @Start
    void start(Stage stage) throws IOException {
        prometheus = new FakePrometheus();
        Activity activity = new Activity(new FxTaskRunner(), dialogs);
        PrometheusImportModel model = new PrometheusImportModel(workspace, activity, dialogs,
                new PrometheusImports(PrometheusOptions.defaults()), LocalDate.of(2025, 3, 1));
        stage.setScene(new Scene(new PrometheusImportView(model, () -> closed = true), 1000, 680));
        stage.show();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    @Test
    void thePreviewListsTheSeriesAndImportMakesTheProject(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#prometheusUrl").query();
        robot.interact(() -> url.setText(prometheus.url()));
        Button confirm = robot.lookup("#prometheusConfirm").query();
        assertThat(confirm.isDisabled()).isTrue();

        robot.clickOn("#prometheusPreview");
        ListView<String> found = robot.lookup("#prometheusFound").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> found.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(found.getItems()).first().asString().startsWith("cpu: 2 series");
        assertThat(confirm.isDisabled()).isFalse();

        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).isTrue();
        assertThat(workspace.project()).hasValueSatisfying(p -> assertThat(p.prometheusImports()).hasSize(1));
        assertThat(dialogs.errors).isEmpty();
    }
}
