package dev.headroom.app.gui.tour;

import dev.headroom.app.gui.MainWindow;
import dev.headroom.app.gui.workspace.FxTaskRunner;
import dev.headroom.app.gui.workspace.MemoryPreferences;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.PlanningService;
import dev.headroom.forecast.SmileForecaster;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static dev.headroom.app.gui.tour.TourSupport.onFx;

/**
 * Renders each page of the import wizard to PNG in a real window: a clean daily CSV on its way to a new project,
 * and a CSV with bad cells on the check page, for each size and theme asked.
 *
 * <pre>xvfb-run -a -s "-screen 0 1920x1080x24" java -cp ... dev.headroom.app.gui.tour.ImportWizardTour OUT_DIR 1280x800:light,1280x800:dark</pre>
 */
public final class ImportWizardTour {
    private static final String[] PAGES = {"file", "columns", "units", "check"};

    private ImportWizardTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        String looks = args.length > 1 ? args[1] : "1280x800:light";
        Files.createDirectories(out);
        String language = TourSupport.suffix(TourSupport.speak(looks));
        Path clean = Files.write(out.resolve("daily-usage.csv"), cleanFile());
        Path broken = Files.write(out.resolve("broken-usage.csv"), brokenFile());
        Path intoSample = Files.write(out.resolve("batch-usage.csv"), batchFile());
        PlanningService planning = new PlanningService(new SmileForecaster());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        // Each tour closes its windows; without this, closing the last one would end JavaFX and hang the next tour.
        Platform.setImplicitExit(false);
        started.await();
        for (String look : looks.split(",")) {
            String[] sizeAndTheme = look.trim().split(":");
            String[] size = sizeAndTheme[0].split("x");
            int width = Integer.parseInt(size[0]);
            int height = Integer.parseInt(size[1]);
            Theme theme = Theme.named(sizeAndTheme.length > 1 ? sizeAndTheme[1] : "light");
            String suffix = "-" + width + "x" + height + "-" + theme.name().toLowerCase(Locale.ROOT) + language
                    + ".png";
            tour(planning, clean, false, theme, width, height, out, "import-", suffix, PAGES);
            tour(planning, broken, false, theme, width, height, out, "import-problems-", suffix, new String[]{"check"});
            tour(planning, intoSample, true, theme, width, height, out, "import-into-project-", suffix,
                    new String[]{"units", "check"});
        }
        Platform.exit();
    }

    private static void tour(PlanningService planning, Path file, boolean sampleOpen, Theme theme, int width, int height, Path out,
                             String prefix, String suffix, String[] pages) throws Exception {
        MemoryPreferences preferences = new MemoryPreferences();
        preferences.saveTheme(theme);
        Stage[] main = new Stage[1];
        onFx(() -> {
            main[0] = new Stage();
            MainWindow window = MainWindow.show(main[0], planning, new FxTaskRunner(), preferences);
            if (sampleOpen) {
                window.viewModel().workspace().open(planning.sampleProject(), null, "");
            }
            window.viewModel().projects().open(file);
        });
        Thread.sleep(2500);
        Stage[] wizard = new Stage[1];
        onFx(() -> {
            // Found by its content's id, which is the same in every language (its title is not).
            wizard[0] = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                    && "importWizard".equals(s.getScene().getRoot().getId())).findFirst().orElseThrow();
            wizard[0].setWidth(width);
            wizard[0].setHeight(height);
        });
        for (String page : pages) {
            int index = List.of(PAGES).indexOf(page);
            onFx(() -> ((Button) wizard[0].getScene().lookup("#importStep" + index)).fire());
            Thread.sleep(1500);
            // At the screen's scale, as the main window's screens (…@2x.png at 200%).
            TourSupport.png(wizard[0].getScene().getRoot(), out.resolve(prefix + page + suffix));
        }
        onFx(() -> {
            wizard[0].close();
            main[0].close();
        });
    }

    private static List<String> cleanFile() {
        List<String> lines = new ArrayList<>(List.of("date,service,metric,value,unit,cluster"));
        String[] services = {"checkout", "search", "catalog", "payments"};
        for (int d = 0; d < 180; d++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(d);
            for (int s = 0; s < services.length; s++) {
                String cluster = s < 2 ? "eu-web" : "eu-data";
                lines.add(day + "," + services[s] + ",cpu," + (4 + s + (d * 7 + s) % 5) + ",cores," + cluster);
                lines.add(day + "," + services[s] + ",memory," + (16 + 4 * s + (d * 3 + s) % 7) + ",GiB," + cluster);
            }
        }
        return lines;
    }

    /** Next months of the sample's web workloads and a new batch workload with a resource the sample lacks. */
    private static List<String> batchFile() {
        List<String> lines = new ArrayList<>(List.of("period,workload,resource,usage"));
        for (int m = 1; m <= 6; m++) {
            String month = String.format(Locale.ROOT, "2026-%02d", m);
            lines.add(month + ",batch-reports,cpu," + (12 + m));
            lines.add(month + ",batch-reports,memory," + (48 + 2 * m) + " GiB");
            lines.add(month + ",batch-reports,gpu," + (m % 3 + 1));
        }
        return lines;
    }

    private static List<String> brokenFile() {
        List<String> lines = new ArrayList<>(List.of("period,workload,resource,usage"));
        for (int m = 1; m <= 12; m++) {
            String month = String.format(Locale.ROOT, "2024-%02d", m);
            lines.add(month + ",web,cpu," + (m == 4 ? "twelve" : String.valueOf(10 + m)));
            lines.add(month + ",web,memory," + (m == 7 ? "32 parsecs" : (64 + m) + " GiB"));
            lines.add((m == 9 ? "2024-13" : month) + ",db,cpu," + (20 + m));
        }
        return lines;
    }

}
