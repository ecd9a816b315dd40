package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.FakePrometheus;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusOptions;
import dev.headroom.io.prometheus.PrometheusQuery;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static dev.headroom.app.gui.tour.TourSupport.onFx;
import static dev.headroom.app.gui.tour.TourSupport.png;

/**
 * Renders File › Refresh from Prometheus to PNG against the tests' stand-in server: the File menu offering it, the
 * question for a token whose environment variable is not set, and the window once the new periods came in.
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... dev.headroom.app.gui.tour.PrometheusTour OUT_DIR 1280x800:light</pre>
 */
public final class PrometheusTour {
    private PrometheusTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        String looks = args.length > 1 ? args[1] : "1280x800:light";
        Files.createDirectories(out);
        String language = TourSupport.suffix(TourSupport.speak(looks));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // Each look closes its windows; without this, closing the last one would end JavaFX and hang the next look.
        Platform.setImplicitExit(false);
        started.await();
        PlanningService planning = new PlanningService(new SmileForecaster());
        try (FakePrometheus prometheus = new FakePrometheus()) {
            Project project = lastYear(prometheus);
            for (String look : looks.split(",")) {
                String[] sizeAndTheme = look.trim().split(":");
                String[] size = sizeAndTheme[0].split("x");
                Theme theme = Theme.named(sizeAndTheme.length > 1 ? sizeAndTheme[1] : "light");
                String suffix = "-" + sizeAndTheme[0] + "-" + theme.name().toLowerCase(Locale.ROOT) + language
                        + ".png";
                tour(planning, project, theme, Integer.parseInt(size[0]), Integer.parseInt(size[1]), out, suffix);
            }
        }
        Platform.exit();
    }

    /** A project that imported the first ten months of 2026 with a token from PROM_TOKEN, which is not set here. */
    private static Project lastYear(FakePrometheus prometheus) {
        Map<String, Aggregation> rollUp = Map.of("cpu", Aggregation.P95, "memory", Aggregation.MAX);
        PrometheusImport kept = new PrometheusImport(URI.create(prometheus.url()), Credentials.bearer("PROM_TOKEN"),
                List.of(new PrometheusQuery("cpu", "sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))"),
                        new PrometheusQuery("memory", "sum by (namespace) (container_memory_working_set_bytes) / 2^30")),
                "namespace", LocalDate.now().minusMonths(10).withDayOfMonth(1),
                LocalDate.now().minusMonths(1).withDayOfMonth(1).minusDays(1), Duration.ofHours(1), Frequency.MONTH);
        PrometheusImports imports = new PrometheusImports(PrometheusOptions.defaults());
        var usage = imports.fetch(kept, PrometheusImports.auth(kept.credentials(), "tour".toCharArray()), rollUp,
                ProgressListener.NONE, Cancellation.NEVER);
        return PrometheusImports.newProject("fleet", usage, rollUp);
    }

    private static void tour(PlanningService planning, Project project, Theme theme, int width, int height, Path out,
                             String suffix) throws Exception {
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.saveTheme(theme);
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            MainWindow window = MainWindow.show(stage[0], planning, new FxTaskRunner(), preferences);
            stage[0].setWidth(width);
            stage[0].setHeight(height);
            window.viewModel().workspace().open(project, null, "");
        });
        Thread.sleep(1500);
        MenuBar[] bar = new MenuBar[1];
        onFx(() -> {
            bar[0] = (MenuBar) stage[0].getScene().lookup("#mainMenu");
            bar[0].getMenus().getFirst().show();
        });
        Thread.sleep(800);
        png(popup().getScene().getRoot(), out.resolve("prometheus-refresh-menu" + suffix));
        // Not waited for: the command waits in the question for the token until it is answered below.
        Platform.runLater(() -> {
            Menu file = bar[0].getMenus().getFirst();
            file.hide();
            file.getItems().stream().filter(i -> "menuRefreshfromPrometheus".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
        });
        Thread.sleep(1200);
        Stage question = dialog();
        png(question.getScene().getRoot(), out.resolve("prometheus-refresh-secret" + suffix));
        onFx(() -> {
            ((PasswordField) question.getScene().lookup("#secretField")).setText("tour-token");
            ((Button) ((DialogPane) question.getScene().getRoot()).lookupButton(ButtonType.OK)).fire();
        });
        Thread.sleep(3000);
        png(stage[0].getScene().getRoot(), out.resolve("prometheus-refresh-done" + suffix));
        onFx(() -> {
            Window.getWindows().stream().filter(w -> w != stage[0] && w instanceof Stage).toList()
                    .forEach(Window::hide);
            stage[0].close();
        });
    }

    private static Window popup() throws InterruptedException {
        Window[] found = new Window[1];
        onFx(() -> found[0] = Window.getWindows().stream().filter(w -> w instanceof ContextMenu).findFirst()
                .orElseThrow(() -> new IllegalStateException("the File menu did not open")));
        return found[0];
    }

    private static Stage dialog() throws InterruptedException {
        Optional<?>[] found = new Optional<?>[1];
        onFx(() -> found[0] = Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getScene().lookup("#secretField") != null).findFirst());
        return (Stage) found[0].orElseThrow(() -> new IllegalStateException("no question for the token"));
    }
}
