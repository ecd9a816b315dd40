package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.Screen;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Renders every screen of the main window to PNG in a real window, to look at as a user would: the sample
 * opened, the baseline and the first two scenarios planned, each screen shown in turn.
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... dev.headroom.app.gui.tour.ScreenTour OUT_DIR 1280 800 light</pre>
 * (the README's Screenshots section has the Maven command).
 */
public final class ScreenTour {

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1280;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 800;
        Theme theme = Theme.named(args.length > 3 ? args[3] : "light");
        Files.createDirectories(out);
        PlanningService planning = new PlanningService(new SmileForecaster());
        Project project = planned(planning);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.saveTheme(theme);
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.show(stage[0], planning, new FxTaskRunner(), preferences);
            stage[0].setMaximized(false);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
        });
        String suffix = "-" + width + "x" + height + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png";
        shoot(stage[0], out.resolve("start" + suffix));
        onFx(() -> {
            Workspace ws = window[0].viewModel().workspace();
            ws.open(project, null, "");
        });
        for (Screen s : Screen.values()) {
            if (s == Screen.START) {
                continue;
            }
            onFx(() -> window[0].viewModel().show(s));
            shoot(stage[0], out.resolve(s.name().toLowerCase(java.util.Locale.ROOT) + suffix));
        }
        Platform.exit();
    }

    /** The sample with the baseline and its first two scenarios planned, as the window would hold them. */
    private static Project planned(PlanningService planning) {
        Project sample = planning.sampleProject();
        List<ScenarioPlan> plans = new ArrayList<>();
        List<Scenario> scenarios = sample.allScenarios();
        for (Scenario s : scenarios.subList(0, Math.min(3, scenarios.size()))) {
            Plan plan = planning.plan(s, sample.input(), p -> { }, Cancellation.NEVER);
            plans.add(new ScenarioPlan(s.name(), plan));
        }
        return sample.withPlans(plans);
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        // Let layout, CSS and charts settle before the snapshot.
        Thread.sleep(1500);
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = stage.getScene().getRoot().snapshot(null, null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(png, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not answer within 60 s");
        }
    }
}
