package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.Screen;
import dev.headroom.app.gui.preferences.PreferencesDialog;
import dev.headroom.app.gui.preferences.PreferencesViewModel;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static dev.headroom.app.gui.tour.TourSupport.onFx;

/**
 * Renders every screen of the main window to PNG in a real window, to look at as a user would: the sample
 * opened, the baseline and the first two scenarios planned, each screen shown in turn; then the Edit menu, the
 * Data screen with the largest text size, and the preferences.
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... dev.headroom.app.gui.tour.ScreenTour OUT_DIR 1280x800:light,1920x1080:dark</pre>
 * (the README's Screenshots section has the Maven command). A third part names the language
 * ({@code 1280x800:light:zh}, file names end {@code -zh}); one language per run, since each screen reads its
 * words once.
 */
public final class ScreenTour {

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        String looks = args.length > 1 ? args[1] : "1280x800:light";
        Files.createDirectories(out);
        Language language = TourSupport.speak(looks);
        PlanningService planning = new PlanningService(new SmileForecaster());
        Project project = planned(planning);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // Each tour closes its windows; without this, closing the last one would end JavaFX and hang the next tour.
        Platform.setImplicitExit(false);
        started.await();
        for (String look : looks.split(",")) {
            String[] sizeAndTheme = look.trim().split(":");
            String[] size = sizeAndTheme[0].split("x");
            tour(planning, project, out, Integer.parseInt(size[0]), Integer.parseInt(size[1]),
                    Theme.named(sizeAndTheme.length > 1 ? sizeAndTheme[1] : "light"),
                    TourSupport.suffix(language));
        }
        Platform.exit();
    }

    /** Shows the start page, then opens the project and shows every other screen, each saved as PNG. */
    private static void tour(PlanningService planning, Project project, Path out, int width, int height, Theme theme,
                             String languageSuffix) throws Exception {
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.saveTheme(theme);
        preferences.saveLanguage(Language.of(Locale.getDefault()));
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.show(stage[0], planning, new FxTaskRunner(), preferences);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
        });
        String suffix = "-" + width + "x" + height + "-" + theme.name().toLowerCase(Locale.ROOT) + languageSuffix
                + ".png";
        shoot(stage[0], out.resolve("start" + suffix));
        onFx(() -> window[0].viewModel().workspace().open(project, null, ""));
        for (Screen s : Screen.values()) {
            if (s == Screen.START) {
                continue;
            }
            boolean[] shown = new boolean[1];
            onFx(() -> {
                window[0].viewModel().show(s);
                shown[0] = window[0].viewModel().screenProperty().get() == s && window[0].offers(s);
            });
            if (shown[0]) {
                shoot(stage[0], out.resolve(s.name().toLowerCase(java.util.Locale.ROOT) + suffix));
            }
        }
        shootEditMenu(stage[0], out.resolve("edit-menu" + suffix));
        // The largest text size of the preferences, on the screen with the most text and tables.
        onFx(() -> {
            window[0].viewModel().textScaleProperty().set(TextScale.LARGEST);
            window[0].viewModel().show(Screen.DATA);
        });
        shoot(stage[0], out.resolve("data-largest-text" + suffix));
        onFx(() -> window[0].viewModel().textScaleProperty().set(TextScale.STANDARD));
        // Edit › Preferences, shown without waiting, so that the tour goes on.
        PreferencesDialog[] dialog = new PreferencesDialog[1];
        onFx(() -> {
            dialog[0] = new PreferencesDialog(stage[0], new PreferencesViewModel(preferences,
                    window[0].viewModel().themeProperty(), window[0].viewModel().textScaleProperty(),
                    Language.of(Locale.getDefault())));
            dialog[0].show();
        });
        Thread.sleep(1000);
        TourSupport.png(dialog[0].getDialogPane(), out.resolve("preferences" + suffix));
        onFx(() -> {
            dialog[0].close();
            stage[0].close();
        });
    }

    /** The sample with the baseline and its first two scenarios planned, as the window would hold them. */
    private static Project planned(PlanningService planning) {
        Project sample = planning.sampleProject();
        List<ScenarioPlan> plans = new ArrayList<>();
        List<Scenario> scenarios = sample.allScenarios();
        for (Scenario s : scenarios.subList(0, Math.min(3, scenarios.size()))) {
            Plan plan = planning.plan(s, sample, p -> { }, Cancellation.NEVER);
            plans.add(new ScenarioPlan(s.name(), plan));
        }
        return sample.withPlans(plans);
    }

    /** The Edit menu dropped down (its own popup window), as the planner sees its commands and their keys. */
    private static void shootEditMenu(Stage stage, Path file) throws Exception {
        Menu[] edit = new Menu[1];
        onFx(() -> {
            MenuBar bar = (MenuBar) stage.getScene().lookup("#mainMenu");
            edit[0] = bar.getMenus().get(1);
            edit[0].show();
        });
        Thread.sleep(800);
        Node[] popup = new Node[1];
        onFx(() -> popup[0] = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .findFirst().map(w -> (Node) w.getScene().getRoot()).orElse(null));
        if (popup[0] != null) {
            TourSupport.png(popup[0], file);
        }
        onFx(edit[0]::hide);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        // Let layout, CSS and charts settle before the snapshot, and screens finish what they show while busy.
        Thread.sleep(1500);
        waitWhileBusy(stage);
        TourSupport.png(stage.getScene().getRoot(), file);
    }

    /**
     * Waits (up to a minute) while the screen shows a node of style class {@code screen-busy}: a screen's own
     * background work (the Forecast screen's forecasts), which a planner would wait for too.
     */
    private static void waitWhileBusy(Stage stage) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        boolean[] busy = {true};
        while (System.nanoTime() < until) {
            onFx(() -> busy[0] = stage.getScene().getRoot().lookupAll(".screen-busy").stream()
                    .anyMatch(javafx.scene.Node::isVisible));
            if (!busy[0]) {
                Thread.sleep(500);
                return;
            }
            Thread.sleep(200);
        }
    }

}
