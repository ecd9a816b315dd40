package dev.headroom.app.gui;

import dev.headroom.app.gui.plan.QuickSample;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Purchase;
import dev.headroom.forecast.SmileForecaster;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The main path in a real window on JavaFX's headless platform: open the sample, plan, see purchases, export. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    // File choosers are native dialogs the headless platform cannot show: the test answers them instead.
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(),
                new MemoryPreferences(), owner -> dialogs);
    }

    @Test
    void theSampleIsPlannedItsPurchasesShownAndThePlanExported(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Headroom");
        ToggleButton start = robot.lookup("#navStart").query();
        assertThat(start.isSelected()).isTrue();
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewModel().workspace().project().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Headroom — Headroom sample");
        assertThat(window.viewModel().screenProperty().get()).isEqualTo(Screen.DATA);
        // A short solver time limit (the search budget follows it) keeps the test to seconds.
        robot.interact(() -> window.viewModel().workspace().updateInput("edit", in -> in.withSettings(
                in.settings().withTimeLimit(QuickSample.TIME_LIMIT))));

        robot.clickOn("#navPlan");
        Button plan = robot.lookup("#planButton").query();
        assertThat(plan.isDisabled()).isFalse();
        // Stop right away: the work ends, in words, and the window is ready for more.
        robot.clickOn(plan);
        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.viewModel().activity().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().activity().statusProperty().get()).containsIgnoringCase("stopped");
        assertThat(dialogs.errors).isEmpty();

        robot.clickOn(plan);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> window.viewModel().workspace().selectedPlan().isPresent() && !plan.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Purchase> purchases = robot.lookup("#purchaseTable").query();
        assertThat(purchases.getItems()).isNotEmpty()
                .isEqualTo(window.viewModel().workspace().selectedPlan().orElseThrow().purchases());
        assertThat(purchases.isVisible()).isTrue();
        assertThat(robot.lookup("#planStatus").queryLabeled().getText()).isNotBlank();
        // The solver's best cost and bound were charted as they came.
        assertThat(robot.lookup("#solveChart").query().isVisible()).isTrue();

        Path out = dir.resolve("plan.xlsx");
        dialogs.fileToSave = Optional.of(out);
        robot.clickOn("#exportButton").clickOn("Plan workbook…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialogs.notes.contains("Wrote " + out));
        assertThat(dialogs.errors).isEmpty();
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(out))) {
            assertThat(wb.getSheet("Purchases").getPhysicalNumberOfRows()).isEqualTo(purchases.getItems().size() + 1);
        }
    }

    @Test
    void theShortcutsListIsReadFromTheMenusAndNamesTheUsualKeys(FxRobot robot) {
        MenuBar menu = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        List<Shortcuts.Shortcut> shortcuts = Shortcuts.of(menu);
        assertThat(shortcuts).extracting(Shortcuts.Shortcut::command)
                .contains("Open…", "Save", "Undo", "Redo", "Copy", "Paste", "Export plan workbook…", "Print report…",
                        "Keyboard shortcuts");
        assertThat(shortcuts).filteredOn(s -> s.command().equals("Paste")).singleElement()
                .extracting(Shortcuts.Shortcut::menu, Shortcuts.Shortcut::keys)
                .containsExactly("Edit", KeyCombination.keyCombination("Shortcut+V").getDisplayText());
        assertThat(shortcuts).filteredOn(s -> s.command().equals("Save")).singleElement()
                .extracting(Shortcuts.Shortcut::keys).isEqualTo(KeyCombination.keyCombination("Shortcut+S").getDisplayText());
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
            dev.headroom.app.gui.workspace.Texts zh = dev.headroom.app.gui.workspace.Texts.named("dev.headroom.app.gui.Texts");
            assertThat(List.of(zh.get("menu.copy"), zh.get("menu.paste"))).as("the Chinese menu's words")
                    .containsExactly("复制", "粘贴");
        } finally {
            java.util.Locale.setDefault(before);
        }
        // No two commands share keys.
        assertThat(shortcuts).extracting(Shortcuts.Shortcut::keys).doesNotHaveDuplicates();
    }
}
