package dev.headroom.app.gui;

import dev.headroom.app.gui.plan.QuickSample;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.RecordingDialogs;
import dev.headroom.core.model.Pool;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window for a keyboard and a screen reader: on every screen (every tab of the Data screen), each control
 * the Tab key reaches has a name a screen reader can say, its own text or a label's, or an accessible text.
 * And the clipboard in the real window: a block pasted with Ctrl+V from Excel's text, and copied back with
 * Ctrl+C as the same text.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityWindowTest {

    /** Two rows copied from Excel for the pools table: a pool with max_nodes, one without. */
    private static final String EXCEL = "ap-web\t2\t30\r\nap-data\t1\t\r\n";

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = MainWindow.show(stage, QuickSample.PLANNING, new FxTaskRunner(), new MemoryPreferences(),
                owner -> new RecordingDialogs());
    }

    @Test
    void everyControlTheTabKeyReachesHasANameOnEveryScreen(FxRobot robot) {
        robot.interact(() -> window.viewModel().workspace().open(QuickSample.planned(), null, ""));
        Set<String> unnamed = new TreeSet<>();
        int reached = 0;
        Set<String> figures = new TreeSet<>();
        for (Screen screen : Screen.values()) {
            robot.interact(() -> window.viewModel().show(screen));
            WaitForAsyncUtils.waitForFxEvents();
            Parent root = stage.getScene().getRoot();
            List<TabPane> tabPanes = new ArrayList<>();
            collect(root, TabPane.class, tabPanes);
            List<Runnable> views = new ArrayList<>(List.of(() -> { }));
            for (TabPane pane : tabPanes) {
                for (Tab tab : pane.getTabs()) {
                    views.add(() -> pane.getSelectionModel().select(tab));
                }
            }
            for (Runnable view : views) {
                robot.interact(view);
                WaitForAsyncUtils.waitForFxEvents();
                reached += walk(root, screen.toString(), unnamed, figures);
            }
        }
        assertThat(reached).as("controls the Tab key reaches").isGreaterThan(40);
        assertThat(unnamed).as("controls without a name for a screen reader").isEmpty();
        assertThat(figures).as("charts and the heat map, reached by Tab").contains("forecastChart",
                "utilizationHeatMap", "purchaseChart", "comparisonChart", "historyChart");
    }

    @Test
    void aBlockFromExcelIsPastedWithCtrlVAndCopiedBackWithCtrlC(FxRobot robot) {
        TableView<Object> pools = poolsWithExcelOnTheClipboard(robot);
        int rows = pools.getItems().size();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewModel().workspace().input().orElseThrow().pool("ap-web"))
                .contains(new Pool("ap-web", 2, OptionalInt.of(30)));
        assertThat(window.viewModel().workspace().undoNameProperty().get()).isEqualTo("paste 2 rows");

        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            pools.getSelectionModel().clearSelection();
            pools.getSelectionModel().selectRange(rows, pools.getVisibleLeafColumn(0), rows + 1,
                    pools.getVisibleLeafColumn(2));
        });
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(EXCEL);
    }

    @Test
    void theEditMenusCopyAndPasteActOnTheFocusedTableAndCtrlVPastesOnce(FxRobot robot) {
        TableView<Object> pools = poolsWithExcelOnTheClipboard(robot);
        int rows = pools.getItems().size();
        var workspace = window.viewModel().workspace();
        // The menu's accelerator and the tables' own key handling must not both paste.
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workspace.input().orElseThrow().pool("ap-web")).isPresent();
        robot.interact(workspace::undo);
        assertThat(workspace.input().orElseThrow().pool("ap-web")).isEmpty();
        assertThat(workspace.undoNameProperty().get()).as("one paste, one edit").isEmpty();

        MenuBar menu = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        robot.interact(() -> {
            pools.requestFocus();
            pools.getFocusModel().focus(rows, pools.getVisibleLeafColumn(0));
            menuItem(menu, "menuPaste").fire();
        });
        assertThat(workspace.input().orElseThrow().pool("ap-data")).contains(new Pool("ap-data", 1, OptionalInt.empty()));
        assertThat(workspace.undoNameProperty().get()).isEqualTo("paste 2 rows");

        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            pools.getSelectionModel().clearSelection();
            pools.getSelectionModel().selectRange(rows, pools.getVisibleLeafColumn(0), rows + 1,
                    pools.getVisibleLeafColumn(2));
            menuItem(menu, "menuCopy").fire();
        });
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(EXCEL);
    }

    /**
     * The sample's pools table on the Data screen, focused on the empty row after its last, with
     * {@link #EXCEL} on the clipboard.
     */
    private TableView<Object> poolsWithExcelOnTheClipboard(FxRobot robot) {
        robot.interact(() -> window.viewModel().workspace().open(QuickSample.project(), null, ""));
        robot.interact(() -> window.viewModel().show(Screen.DATA));
        robot.clickOn("#poolsTab");
        @SuppressWarnings("unchecked")
        TableView<Object> pools = robot.lookup("#poolsTable").queryAs(TableView.class);
        int rows = pools.getItems().size();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(EXCEL);
            Clipboard.getSystemClipboard().setContent(content);
            pools.requestFocus();
            pools.getFocusModel().focus(rows, pools.getVisibleLeafColumn(0));
        });
        return pools;
    }

    private static MenuItem menuItem(MenuBar bar, String id) {
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void everyPageOfTheImportWizardNamesItsControls(FxRobot robot, @TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of("date;service;metric;value"));
        for (int d = 0; d < 40; d++) {
            lines.add(LocalDate.of(2024, 1, 1).plusDays(d) + ";web;cpu;" + (2 + d % 3));
        }
        Path csv = Files.write(dir.resolve("usage.csv"), lines);
        robot.interact(() -> window.viewModel().projects().open(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importPreview").tryQuery().isPresent());
        Window wizard = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        Set<String> unnamed = new TreeSet<>();
        int reached = 0;
        for (int page = 0; page < 4; page++) {
            int index = page;
            robot.interact(() -> {
                if (wizard.getScene().lookup("#importStep" + index) instanceof javafx.scene.control.Button step
                        && !step.isDisabled()) {
                    step.fire();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            reached += walk(wizard.getScene().getRoot(), "wizard page " + (page + 1), unnamed, new TreeSet<>());
        }
        assertThat(reached).as("controls the Tab key reaches in the wizard").isGreaterThan(8);
        assertThat(unnamed).as("wizard controls without a name for a screen reader").isEmpty();
    }

    /** Counts the controls the Tab key reaches under {@code root}, noting those without a name and the figures. */
    private static int walk(Parent root, String where, Set<String> unnamed, Set<String> figures) {
        List<Node> nodes = new ArrayList<>();
        collect(root, Node.class, nodes);
        int reached = 0;
        for (Node n : nodes) {
            if (n.isFocusTraversable() && shown(n) && !n.isDisabled() && !inCell(n)) {
                reached++;
                if (n.getStyleClass().contains("focusable-figure")) {
                    figures.add(n.getId());
                }
                if (!named(n, nodes)) {
                    unnamed.add(where + ": " + n.getClass().getSimpleName() + " #" + n.getId());
                }
            }
        }
        return reached;
    }

    /** A name a screen reader says: the control's own text, a label's that names it, or an accessible text. */
    private static boolean named(Node n, List<Node> all) {
        if (n.getAccessibleText() != null && !n.getAccessibleText().isBlank()) {
            return true;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return true;
        }
        if (n instanceof TabPane) {
            // Its tabs are named; the pane itself says the selected one.
            return true;
        }
        return all.stream().anyMatch(o -> o instanceof Label l && l.getLabelFor() == n);
    }

    /**
     * Controls in table and list cells are reached with the table's own keys, and read with their cell; a
     * spinner's or combo box's own text field is read as the spinner or combo box.
     */
    private static boolean inCell(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.IndexedCell<?> || p instanceof javafx.scene.control.Spinner<?>
                    || p instanceof javafx.scene.control.ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> into) {
        if (type.isInstance(n)) {
            into.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, type, into));
        }
    }
}
