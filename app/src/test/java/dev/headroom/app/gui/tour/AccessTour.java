package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.Screen;
import dev.headroom.app.gui.help.About;
import dev.headroom.app.gui.help.AboutDialog;
import dev.headroom.app.gui.help.GuideWindow;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static dev.headroom.app.gui.tour.TourSupport.onFx;

/**
 * Renders what the accessibility and help work shows, to look at: the utilization heat map in its
 * colour-blind-safe palette, a chart with the keyboard focus on it, Help › Guide and Help › About Headroom.
 * Files {@code heatmap-…}, {@code focus-…}, {@code guide-…}, {@code about-…} beside the screen tour's; at 200%
 * with {@code -Dscreens.scale=2}, with larger text with {@code -Dheadroom.textSize=20}.
 */
public final class AccessTour {

    private AccessTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        String looks = args.length > 1 ? args[1] : "1280x800:light";
        Files.createDirectories(out);
        PlanningService planning = new PlanningService(new SmileForecaster());
        Project sample = planning.sampleProject();
        Plan plan = planning.plan(sample.allScenarios().getFirst(), sample, p -> { }, Cancellation.NEVER);
        Project project = sample.withPlans(List.of(new ScenarioPlan(sample.allScenarios().getFirst().name(), plan)));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // Each tour closes its windows; without this, closing the last one would end JavaFX and hang the next tour.
        Platform.setImplicitExit(false);
        started.await();
        String text = System.getProperty("headroom.textSize", "");
        for (String look : looks.split(",")) {
            String[] parts = look.trim().split(":");
            String[] size = parts[0].split("x");
            Theme theme = Theme.named(parts.length > 1 ? parts[1] : "light");
            String suffix = "-" + parts[0] + "-" + theme.name().toLowerCase(Locale.ROOT)
                    + (text.isBlank() ? "" : "-text" + text) + ".png";
            tour(planning, project, out, Integer.parseInt(size[0]), Integer.parseInt(size[1]), theme, suffix);
        }
        Platform.exit();
    }

    private static void tour(PlanningService planning, Project project, Path out, int width, int height, Theme theme,
                             String suffix) throws Exception {
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.saveTheme(theme);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.show(stage[0], planning, new FxTaskRunner(), preferences);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
            window[0].viewModel().workspace().open(project, null, "");
            window[0].viewModel().show(Screen.PLAN);
        });
        Thread.sleep(1500);
        onFx(() -> ((TabPane) stage[0].getScene().lookup("#planTabs")).getSelectionModel().select(1));
        Thread.sleep(1000);
        TourSupport.png(stage[0].getScene().getRoot(), out.resolve("heatmap" + suffix));

        onFx(() -> {
            ((TabPane) stage[0].getScene().lookup("#planTabs")).getSelectionModel().select(0);
            stage[0].getScene().lookup("#purchaseChart").requestFocus();
        });
        Thread.sleep(1000);
        TourSupport.png(stage[0].getScene().getRoot(), out.resolve("focus" + suffix));

        onFx(() -> GuideWindow.show(stage[0]));
        Thread.sleep(1000);
        Node guide = onFxGet(() -> other(stage[0]).getScene().getRoot());
        TourSupport.png(guide, out.resolve("guide" + suffix));
        onFx(() -> ((Stage) other(stage[0])).close());

        AboutDialog[] about = new AboutDialog[1];
        onFx(() -> {
            about[0] = new AboutDialog(stage[0], About.ofThisBuild(Path.of("headroom.log")));
            about[0].show();
        });
        Thread.sleep(1000);
        TourSupport.png(onFxGet(() -> about[0].getDialogPane().getScene().getRoot()), out.resolve("about" + suffix));
        onFx(() -> {
            about[0].close();
            stage[0].close();
        });
    }

    private static Window other(Stage main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing()).findFirst().orElseThrow();
    }

    private static <T> T onFxGet(java.util.function.Supplier<T> value) throws InterruptedException {
        Object[] result = new Object[1];
        onFx(() -> result[0] = value.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
