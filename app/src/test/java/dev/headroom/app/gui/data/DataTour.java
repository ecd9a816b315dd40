package dev.headroom.app.gui.data;

import dev.headroom.app.gui.tour.TourSupport;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.io.project.Project;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import static dev.headroom.app.gui.tour.TourSupport.onFx;

/**
 * Renders every tab of the Data screen to PNG, with a few edits refused so that their marks show, to look at in
 * both themes and sizes (the window's ScreenTour shows only the first tab).
 *
 * <pre>xvfb-run -a java -cp TEST_CLASSPATH dev.headroom.app.gui.data.DataTour OUT_DIR 1280x800:light,1920x1080:dark</pre>
 */
public final class DataTour {

    private DataTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        Files.createDirectories(out);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        for (String look : (args.length > 1 ? args[1] : "1280x800:light").split(",")) {
            String[] sizeAndTheme = look.split(":");
            String[] size = sizeAndTheme[0].split("x");
            Theme theme = Theme.named(sizeAndTheme.length > 1 ? sizeAndTheme[1] : "light");
            tour(out, Integer.parseInt(size[0]) - 150, Integer.parseInt(size[1]) - 90, theme,
                    sizeAndTheme[0] + "-" + theme.name().toLowerCase(Locale.ROOT));
        }
        Platform.exit();
    }

    /** The Data screen alone, at the size it has in the window (less the navigation, menu and status bar). */
    private static void tour(Path out, int width, int height, Theme theme, String suffix) throws Exception {
        Workspace workspace = new Workspace();
        DataViewModel[] vm = new DataViewModel[1];
        DataView[] view = new DataView[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(theme.stylesheet());
            workspace.open(Project.of(SampleGenerator.sample()).withScenarios(SampleGenerator.sampleScenarios()), null, "");
            vm[0] = new DataViewModel(workspace);
            view[0] = new DataView(vm[0]);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(view[0], width, height));
            stage[0].show();
            NodeTypesTable types = vm[0].nodeTypes();
            types.edit(types.rows().getFirst(), NodeTypesTable.COST, "-1");
            InventoryTable inventory = vm[0].inventory();
            inventory.edit(inventory.add(), InventoryTable.POOL, "ap-web");
            vm[0].budgets().add();
            vm[0].settings().edit(vm[0].settings().rows().getFirst(), SettingsTable.HORIZON, "0");
        });
        for (int i = 0; i < view[0].getTabs().size(); i++) {
            int tab = i;
            onFx(() -> view[0].getSelectionModel().select(tab));
            Thread.sleep(800);
            Path file = out.resolve("data-" + view[0].getTabs().get(tab).getId() + "-" + suffix + ".png");
            TourSupport.png(stage[0].getScene().getRoot(), file);
        }
        onFx(() -> stage[0].close());
    }

}
