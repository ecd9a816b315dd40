package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.TaskRunner;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the window starts the import wizard: File › Import usage history and the start page ask for a file
 * first; opening or dropping a usage spreadsheet starts it on that file. The wizard is a window of its own over
 * the main one; the open project changes only when the planner presses Import.
 */
public final class ImportWizard {

    private static final Texts T = Texts.of(ImportWizard.class);
    private final Supplier<Window> owner;
    private final Workspace workspace;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Activity activity;
    private final Supplier<ProjectDefaults> defaults;
    private Runnable prometheusImport;

    /** @param defaults what new projects and resources start with, read when the wizard opens (the preferences) */
    public ImportWizard(Supplier<Window> owner, Workspace workspace, TaskRunner tasks, DialogService dialogs,
                        Activity activity, Supplier<ProjectDefaults> defaults) {
        this.defaults = Objects.requireNonNull(defaults);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.activity = Objects.requireNonNull(activity);
    }

    /**
     * Lets the file page offer the import from Prometheus as the other source: the wizard closes and
     * {@code open} shows that import's window.
     */
    public void setPrometheusImport(Runnable open) {
        this.prometheusImport = open;
    }

    /** Asks for a usage file, then shows the wizard on it; does nothing when the planner cancels the choice. */
    public void chooseAndShow() {
        WizardModel model = model();
        if (model.chooseFile()) {
            show(model);
        }
    }

    /** Shows the wizard on a file (opened or dropped on the window). */
    public void show(Path file) {
        WizardModel model = model();
        model.open(file);
        show(model);
    }

    private WizardModel model() {
        return new WizardModel(workspace, tasks, dialogs, activity, defaults.get());
    }

    private void show(WizardModel model) {
        Stage stage = new Stage();
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(T.get("wizard.title"));
        if (prometheusImport != null) {
            model.setPrometheusImport(() -> {
                stage.close();
                prometheusImport.run();
            });
        }
        ImportWizardView view = new ImportWizardView(model, stage::close);
        Scene scene = new Scene(view, 1040, 700);
        scene.getStylesheets().add(Objects.requireNonNull(ImportWizard.class.getResource("import-wizard.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setOnCloseRequest(e -> model.cancel());
        stage.show();
    }
}
