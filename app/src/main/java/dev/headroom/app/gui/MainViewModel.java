package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.DialogService;
import dev.headroom.app.gui.workspace.ExportCommands;
import dev.headroom.app.gui.workspace.ProjectCommands;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.gui.workspace.WindowPreferences;
import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Objects;

/**
 * The main window's own state and commands: which screen is shown, the theme, the text size, and the file commands of the
 * menu (through {@link ProjectCommands} and {@link ExportCommands}). Each screen has its own view-model; they
 * share the {@link Workspace} and the {@link Activity}. Knows no controls.
 */
public final class MainViewModel {

    private final Workspace workspace;
    private final Activity activity;
    private final ProjectCommands projects;
    private final ExportCommands exports;
    private final WindowPreferences preferences;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.START);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<TextScale> textScale = new SimpleObjectProperty<>();

    public MainViewModel(Workspace workspace, Activity activity, PlanningService planning, ProjectService projectFiles,
                         DialogService dialogs, WindowPreferences preferences) {
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.preferences = Objects.requireNonNull(preferences);
        this.projects = new ProjectCommands(workspace, activity, planning, projectFiles, dialogs, preferences);
        this.exports = new ExportCommands(workspace, activity, planning, dialogs);
        theme.set(preferences.theme());
        theme.addListener((o, a, t) -> preferences.saveTheme(t));
        textScale.set(preferences.textScale());
        textScale.addListener((o, a, s) -> preferences.saveTextScale(s));
        // A project opened shows its data; closing it goes back to the start page.
        workspace.projectProperty().addListener((o, old, p) -> {
            if (p == null) {
                screen.set(Screen.START);
            } else if (old == null || screen.get() == Screen.START) {
                screen.set(Screen.DATA);
            }
        });
    }

    /** Shows a screen; screens other than Start need an open project. */
    public void show(Screen s) {
        if (s == Screen.START || workspace.project().isPresent()) {
            screen.set(s);
        }
    }

    /** Whether a screen can be shown now. */
    public BooleanBinding available(Screen s) {
        return Bindings.createBooleanBinding(() -> s == Screen.START || workspace.project().isPresent(),
                workspace.projectProperty());
    }

    /** Called when the window is asked to close: false keeps it open (the person cancelled saving). */
    public boolean confirmQuit() {
        if (activity.busyProperty().get()) {
            activity.cancel();
        }
        return projects.close();
    }

    public void rememberGeometry(WindowPreferences.Geometry geometry) {
        preferences.saveGeometry(geometry);
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** How much larger than the system's the window's text is; stored as it changes. */
    public ObjectProperty<TextScale> textScaleProperty() {
        return textScale;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Activity activity() {
        return activity;
    }

    public ProjectCommands projects() {
        return projects;
    }

    public ExportCommands exports() {
        return exports;
    }

    /** Whether an open project can be saved or closed. */
    public BooleanBinding projectOpen() {
        return Bindings.createBooleanBinding(() -> workspace.project().isPresent(), workspace.projectProperty());
    }

    /** Whether the shown scenario has a plan to export. */
    public BooleanBinding planShown() {
        return Bindings.createBooleanBinding(() -> workspace.selectedPlan().isPresent(),
                workspace.projectProperty(), workspace.selectedScenarioProperty());
    }
}
