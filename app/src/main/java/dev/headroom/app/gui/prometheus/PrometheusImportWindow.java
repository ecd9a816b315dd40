package dev.headroom.app.gui.prometheus;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.io.prometheus.PrometheusOptions;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * File › Import from Prometheus: a window over the main one; the open project changes only when the planner
 * presses Import after a preview.
 */
public final class PrometheusImportWindow {

    private static final Texts T = Texts.of(PrometheusImportWindow.class);
    private final Supplier<Window> owner;
    private final Workspace workspace;
    private final Activity activity;
    private final DialogService dialogs;
    private final Supplier<ProjectDefaults> defaults;

    /** @param defaults what new projects and resources start with, read when the window opens (the preferences) */
    public PrometheusImportWindow(Supplier<Window> owner, Workspace workspace, Activity activity, DialogService dialogs,
                                  Supplier<ProjectDefaults> defaults) {
        this.defaults = Objects.requireNonNull(defaults);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    public void show() {
        PrometheusImportModel model = new PrometheusImportModel(workspace, activity, dialogs,
                new PrometheusImports(PrometheusOptions.defaults()), PrometheusImportModel.todayUtc(), defaults.get());
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(T.get("window.title"));
        stage.setScene(new Scene(new PrometheusImportView(model, stage::close), 1000, 680));
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.show();
    }
}
