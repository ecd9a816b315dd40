package dev.headroom.app.gui.print;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.report.PaperSize;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview window on JavaFX's headless platform: pages shown and turned, paper changed. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewWindowTest {
    @TempDir
    static Path dir;

    @Start
    void start(Stage owner) {
        PlanningService service = new PlanningService(new SmileForecaster());
        Path template = dir.resolve("example.xlsx");
        service.writeTemplate(template);
        PlanningInput input = service.load(template);
        Plan plan = service.plan(input, p -> { }, () -> false);
        owner.setScene(new Scene(new Label("owner"), 200, 100));
        owner.show();
        PrintPreview.show(owner, plan, input, service);
    }

    @Test
    void showsTurnsAndRelaysOutThePages(FxRobot robot) throws Exception {
        Label status = robot.lookup("#pageStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Page 1 of "));
        ImageView page = robot.lookup("#printPage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page.getImage() != null);
        assertThat(page.getImage().getWidth()).isGreaterThanOrEqualTo(1240);
        String pages = status.getText().substring("Page 1 of ".length());

        robot.clickOn("#nextPageButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().equals("Page 2 of " + pages));
        assertThat(robot.lookup("#previousPageButton").queryButton().isDisabled()).isFalse();

        ChoiceBox<PaperSize> paper = robot.lookup("#paperChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> paper.setValue(PaperSize.LETTER));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status.getText().startsWith("Page 1 of ")
                && page.getImage() != null && Math.abs(page.getImage().getWidth() - 1275) <= 1);
        assertThat(robot.lookup("#printButton").queryButton().isDisabled()).isFalse();
    }
}
