package dev.headroom.app.gui;

import dev.headroom.app.gui.access.TextSize;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edit › Preferences (Ctrl+,) in a real window: change the theme, the text size, the language and a default,
 * then OK.
 */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {

    private final MemoryPreferences preferences = new MemoryPreferences();
    private MainWindow window;
    private MenuBar menuBar;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, new PlanningService(new SmileForecaster()), new FxTaskRunner(), preferences,
                owner -> new RecordingDialogs());
        menuBar = (MenuBar) stage.getScene().lookup("#mainMenu");
    }

    @Test
    @SuppressWarnings("unchecked")
    void okStoresThePreferencesAndSetsTheThemeAtOnce(FxRobot robot) throws Exception {
        MenuItem item = menuBar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuPreferences".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+Comma"));
        // The dialog waits for its answer, so it is opened later on the JavaFX thread, not from the test's.
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#preferencesDialog").query();
        Label restart = robot.lookup("#preferencesRestart").query();
        assertThat(restart.isVisible()).as("English is spoken and chosen").isFalse();

        robot.interact(() -> {
            window.viewModel().workspace().open(dev.headroom.app.gui.plan.QuickSample.project(), null, "");
            window.viewModel().show(Screen.DATA);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> workloads = robot.lookup("#workloadsTable").queryAs(javafx.scene.control.TableView.class);
        double columnBefore = workloads.getVisibleLeafColumn(0).getWidth();
        assertThat(columnBefore).isPositive();
        // The Data screen is kept, not shown, while the text grows: its tables must follow all the same.
        robot.interact(() -> window.viewModel().show(Screen.START));
        double textBefore = TextSize.rootSize();
        robot.interact(() -> {
            ((ComboBox<TextScale>) robot.lookup("#preferencesTextScale").query()).setValue(TextScale.LARGER);
            ((ComboBox<Theme>) robot.lookup("#preferencesTheme").query()).setValue(Theme.DARK);
            ((ComboBox<Language>) robot.lookup("#preferencesLanguage").query()).setValue(Language.SIMPLIFIED_CHINESE);
            ((Spinner<Integer>) robot.lookup("#preferencesHorizon").query()).getValueFactory().setValue(24);
        });
        assertThat(restart.isVisible()).as("another language shows on the next start, and says so").isTrue();
        assertThat(window.viewModel().themeProperty().get()).as("nothing before OK").isEqualTo(Theme.LIGHT);
        assertThat(rootFontSize()).isEqualTo(textBefore);

        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#preferencesDialog").tryQuery()).isEmpty();
        assertThat(window.viewModel().themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(preferences.theme()).isEqualTo(Theme.DARK);
        assertThat(preferences.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(preferences.textScale()).isEqualTo(TextScale.LARGER);
        assertThat(rootFontSize()).as("the open window's text at once").isEqualTo(textBefore * 1.25);
        robot.interact(() -> window.viewModel().show(Screen.DATA));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workloads.getVisibleLeafColumn(0).getWidth()).as("its tables' columns grow with the text")
                .isCloseTo(columnBefore * 1.25, org.assertj.core.data.Offset.offset(1.0));
        assertThat(preferences.projectDefaults()).isEqualTo(new ProjectDefaults(24, 0.9, 0.8,
                ProjectDefaults.MemoryUnit.BINARY));
    }

    /** The root's font size in pixels, as its style sets it. */
    private double rootFontSize() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fx-font-size: ([0-9.]+)px")
                .matcher(stage.getScene().getRoot().getStyle());
        assertThat(m.find()).as("the root sets a font size").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
