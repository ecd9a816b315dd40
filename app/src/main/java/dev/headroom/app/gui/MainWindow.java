package dev.headroom.app.gui;

import dev.headroom.app.gui.access.Palette;
import dev.headroom.app.gui.access.TextSize;
import dev.headroom.app.gui.clipboard.TableClipboard;
import dev.headroom.app.gui.data.DataView;
import dev.headroom.app.gui.data.DataViewModel;
import dev.headroom.app.gui.forecast.ForecastView;
import dev.headroom.app.gui.help.AboutDialog;
import dev.headroom.app.gui.forecast.ForecastViewModel;
import dev.headroom.app.gui.importer.ImportWizard;
import dev.headroom.app.gui.prometheus.PrometheusImportModel;
import dev.headroom.app.gui.prometheus.PrometheusImportWindow;
import dev.headroom.app.gui.prometheus.PrometheusRefresh;
import dev.headroom.app.gui.plan.PlanFreshness;
import dev.headroom.app.gui.plan.PlanView;
import dev.headroom.app.gui.plan.PlanViewModel;
import dev.headroom.app.gui.plan.ScenarioPlanner;
import dev.headroom.app.gui.preferences.PreferencesDialog;
import dev.headroom.app.gui.preferences.PreferencesViewModel;
import dev.headroom.app.gui.print.PrintPreview;
import dev.headroom.app.gui.scenarios.ScenariosView;
import dev.headroom.app.gui.scenarios.ScenariosViewModel;
import dev.headroom.app.gui.start.StartView;
import dev.headroom.app.gui.start.StartViewModel;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.FxDialogService;
import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.WindowPreferences;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectService;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.io.prometheus.PrometheusOptions;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the main window on a stage: the services, the shared workspace, every screen, the menu, the theme
 * and the remembered size and place. The application and the window tests build it the same way.
 */
public final class MainWindow {

    private static final Texts T = Texts.of(MainWindow.class);

    private final MainViewModel vm;
    private final Map<Screen, Supplier<Node>> screens;

    private MainWindow(MainViewModel vm, Map<Screen, Supplier<Node>> screens) {
        this.vm = vm;
        this.screens = screens;
    }

    /** Whether this window has the screen (every screen of {@link Screen} once the window is complete). */
    public boolean offers(Screen s) {
        return screens.containsKey(s);
    }

    /** Builds the window on {@code stage} and shows it. */
    public static MainWindow show(Stage stage, PlanningService planning, TaskRunner tasks, WindowPreferences preferences) {
        return show(stage, planning, tasks, preferences, owner -> new FxDialogService(() -> owner));
    }

    /**
     * As {@link #show(Stage, PlanningService, TaskRunner, WindowPreferences)}, with the dialogs made by
     * {@code dialogsFor} for the window's stage: window tests answer file choosers and questions without a
     * native dialog that the headless platform cannot show.
     */
    public static MainWindow show(Stage stage, PlanningService planning, TaskRunner tasks, WindowPreferences preferences,
                                  Function<Stage, DialogService> dialogsFor) {
        DialogService dialogs = dialogsFor.apply(stage);
        Workspace workspace = new Workspace();
        Activity activity = new Activity(tasks, dialogs);
        MainViewModel vm = new MainViewModel(workspace, activity, planning, new ProjectService(), dialogs, preferences);
        Application.setUserAgentStylesheet(vm.themeProperty().get().stylesheet());
        vm.themeProperty().addListener((o, a, t) -> Application.setUserAgentStylesheet(t.stylesheet()));

        ImportWizard imports = new ImportWizard(() -> stage, workspace, tasks, dialogs, activity,
                preferences::projectDefaults);
        Runnable importWizard = imports::chooseAndShow;
        vm.projects().setUsageImport(imports::show);
        Runnable print = () -> vm.exports().withPlan(T.get("print.purpose")).ifPresent(shown ->
                PrintPreview.show(stage, shown.plan(), shown.input(), planning, tasks));
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        Runnable wizard = importWizard;

        screens.put(Screen.DATA, () -> new DataView(new DataViewModel(workspace, preferences::projectDefaults)));
        screens.put(Screen.FORECAST, () -> new ForecastView(new ForecastViewModel(workspace, planning.forecasting(), tasks, dialogs)));
        // Made now so that it sees every plan stored; one planner, so the Plan screen charts runs from either screen.
        PlanFreshness freshness = new PlanFreshness(workspace);
        ScenarioPlanner planner = new ScenarioPlanner(workspace, activity, planning, freshness, System::nanoTime);
        screens.put(Screen.PLAN, () -> new PlanView(new PlanViewModel(workspace, activity, planner, freshness,
                vm.exports())));
        screens.put(Screen.SCENARIOS, () -> new ScenariosView(new ScenariosViewModel(workspace, activity, planner,
                freshness, dialogs)));

        PrometheusImportWindow prometheus = new PrometheusImportWindow(() -> stage, workspace, activity, dialogs,
                preferences::projectDefaults);
        imports.setPrometheusImport(prometheus::show);
        screens.put(Screen.START, () -> new StartView(new StartViewModel(vm.projects(), wizard, prometheus::show)));
        Runnable showPreferences = () -> new PreferencesDialog(stage, new PreferencesViewModel(preferences,
                vm.themeProperty(), vm.textScaleProperty(), Language.of(Locale.getDefault()))).showAndWait();
        PrometheusRefresh refresh = new PrometheusRefresh(workspace, activity, dialogs,
                new PrometheusImports(PrometheusOptions.defaults()), PrometheusImportModel::todayUtc, System.getenv());
        MainMenu menu = new MainMenu(vm, importWizard, prometheus::show, refresh, print,
                () -> AboutDialog.show(stage, dev.headroom.app.logging.Logs.file()), showPreferences);
        Scene scene = new Scene(new MainView(vm, screens, menu), 1280, 800);
        TableClipboard.install(scene);
        TableClipboard.installEverywhere();
        scene.getStylesheets().add(Palette.stylesheet());
        TextSize.use(vm.textScaleProperty().get());
        vm.textScaleProperty().addListener((o, a, s) -> TextSize.use(s));
        TextSize.apply(scene);
        TextSize.followSystem();
        stage.setScene(scene);
        stage.titleProperty().bind(workspace.titleProperty());
        place(stage, preferences);
        stage.setOnCloseRequest(e -> {
            if (vm.confirmQuit()) {
                vm.rememberGeometry(new WindowPreferences.Geometry(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), stage.isMaximized()));
            } else {
                e.consume();
            }
        });
        stage.show();
        return new MainWindow(vm, screens);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Where the window was last time, when that is still on a screen; else 1280×800 (or less) in the middle. */
    private static void place(Stage stage, WindowPreferences preferences) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        preferences.geometry().filter(g -> !javafx.stage.Screen.getScreensForRectangle(g.x(), g.y(), g.width(),
                g.height()).isEmpty()).ifPresentOrElse(g -> {
                    stage.setX(g.x());
                    stage.setY(g.y());
                    stage.setWidth(g.width());
                    stage.setHeight(g.height());
                    stage.setMaximized(g.maximized());
                }, () -> {
                    stage.setWidth(Math.min(1280, screen.getWidth()));
                    stage.setHeight(Math.min(800, screen.getHeight()));
                    stage.centerOnScreen();
                });
        stage.setMinWidth(800);
        stage.setMinHeight(560);
    }
}
