package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.PlanningService;
import dev.headroom.app.service.ProjectService;
import dev.headroom.app.service.ProjectService.OpenProject;
import dev.headroom.io.project.Project;
import dev.headroom.io.workbook.PlanningWorkbookReader;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Opening, saving and closing projects in the window: projects, planning workbooks and the sample; usage
 * spreadsheets go to the import wizard. Unsaved edits are never dropped without asking, the project file is
 * held open (and locked) while it is shown, and an autosaved state left by a crash is offered back.
 */
public final class ProjectCommands {

    private static final Texts T = Texts.of(ProjectCommands.class);

    private final Workspace workspace;
    private final Activity activity;
    private final PlanningService planning;
    private final ProjectService projects;
    private final DialogService dialogs;
    private final WindowPreferences preferences;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final AtomicReference<Project> autosaveSource = new AtomicReference<>();
    private Consumer<Path> usageImport = this::openWorkbook;
    private OpenProject openFile;
    private AutoCloseable autosave;

    public ProjectCommands(Workspace workspace, Activity activity, PlanningService planning, ProjectService projects,
                           DialogService dialogs, WindowPreferences preferences) {
        this.workspace = Objects.requireNonNull(workspace);
        this.activity = Objects.requireNonNull(activity);
        this.planning = Objects.requireNonNull(planning);
        this.projects = Objects.requireNonNull(projects);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.preferences = Objects.requireNonNull(preferences);
        recent.setAll(preferences.recentProjects());
        // The autosave thread reads the latest project without touching JavaFX properties.
        workspace.projectProperty().addListener((o, a, p) -> autosaveSource.set(p));
    }

    /** Where usage spreadsheets go when opened or dropped: the import wizard. */
    public void setUsageImport(Consumer<Path> wizard) {
        this.usageImport = Objects.requireNonNull(wizard);
    }

    public void openSample() {
        if (confirmDiscardEdits()) {
            show(planning.sampleProject(), null);
            activity.say(T.get("project.openedSample", Describe.input(workspace.input().orElseThrow())));
        }
    }

    /** Asks for a project, planning workbook or usage spreadsheet and opens it. */
    public void open() {
        dialogs.chooseFileToOpen(T.get("project.open.title"), FileKind.ANY_OPENABLE)
                .ifPresent(this::open);
    }

    /**
     * Opens a file by what it holds: a project, a planning workbook (with its scenarios), or usage history,
     * which goes to the import wizard. The open project stays when the file cannot be read.
     */
    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            dialogs.showError(T.get("project.openFailed", file.getFileName()), T.get("project.noSuchFile", file));
            recent.remove(file);
            preferences.saveRecentProjects(recent);
            return;
        }
        if (ProjectService.isProject(file)) {
            if (confirmDiscardEdits()) {
                activity.start(T.get("project.opening", file.getFileName()), T.get("project.openFailed", file.getFileName()),
                        (p, c) -> opened(file), this::showOpened);
            }
        } else if (PlanningWorkbookReader.isPlanningWorkbook(file)) {
            openWorkbook(file);
        } else {
            usageImport.accept(file);
        }
    }

    /** Opens a planning workbook with its scenarios as a project not yet saved; its problems are listed at once. */
    private void openWorkbook(Path file) {
        if (confirmDiscardEdits()) {
            activity.start(T.get("project.reading", file.getFileName()), T.get("project.openFailed", file.getFileName()),
                    (p, c) -> planning.loadProject(file), project -> {
                        show(project, null);
                        activity.say(T.get("project.opened", file.getFileName(), Describe.input(project.input())));
                    });
        }
    }

    /** Saves to the project's file, or asks for one when it has none or cannot be written there. */
    public boolean save() {
        Optional<Project> project = workspace.project();
        if (project.isEmpty()) {
            return false;
        }
        if (openFile == null || openFile.readOnlyReason().isPresent()) {
            return saveAs();
        }
        try {
            openFile.save(project.get());
            workspace.markSaved(openFile.path(), project.get());
            activity.say(T.get("project.saved", openFile.path().getFileName()));
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(T.get("project.saveFailed", openFile.path().getFileName()), Messages.of(e));
            return false;
        }
    }

    /** Saves to a file the person chooses, which is then the project's file. */
    public boolean saveAs() {
        Optional<Project> project = workspace.project();
        if (project.isEmpty()) {
            return false;
        }
        Optional<Path> target = dialogs.chooseFileToSave(T.get("project.save.title"), FileKind.PROJECT,
                workspace.displayName() + ".headroom");
        if (target.isEmpty()) {
            return false;
        }
        Path path = target.get().toAbsolutePath();
        if (openFile != null && openFile.path().equals(path) && openFile.readOnlyReason().isEmpty()) {
            return save();
        }
        try {
            closeFile();
            OpenProject saved = projects.saveAs(project.get(), path);
            openFile = saved;
            workspace.markSaved(path, project.get());
            remember(path);
            startAutosave(path);
            activity.say(T.get("project.saved", path.getFileName()));
            return true;
        } catch (RuntimeException e) {
            dialogs.showError(T.get("project.saveFailed", path.getFileName()), Messages.of(e));
            return false;
        }
    }

    /** Closes the project after asking about unsaved edits; false when the person chose to keep it open. */
    public boolean close() {
        if (!confirmDiscardEdits()) {
            return false;
        }
        closeFile();
        workspace.close();
        return true;
    }

    /**
     * When the open project has unsaved edits, asks whether to save them; false when the person cancels
     * (or the save fails), so the caller keeps the project open.
     */
    public boolean confirmDiscardEdits() {
        if (workspace.project().isEmpty() || !workspace.dirtyProperty().get()) {
            return true;
        }
        String save = T.get("project.discard.save");
        String discard = T.get("project.discard.dontSave");
        Optional<String> answer = dialogs.choose(T.get("project.discard.title", workspace.displayName()),
                T.get("project.discard.message"), List.of(save, discard, T.get("project.discard.cancel")));
        if (answer.filter(save::equals).isPresent()) {
            return save();
        }
        return answer.filter(discard::equals).isPresent();
    }

    public ObservableList<Path> recentProjects() {
        return recentView;
    }

    /** A project file opened, with the state autosaved beside it after a crash, both read off the screen's thread. */
    private record Opened(OpenProject file, Optional<Project> autosaved) {
    }

    private Opened opened(Path file) {
        OpenProject open = projects.open(file);
        try {
            return new Opened(open, projects.recoverable(open.path()));
        } catch (RuntimeException e) {
            open.close();
            throw e;
        }
    }

    private void showOpened(Opened read) {
        OpenProject opened = read.file();
        Project project = opened.project();
        Optional<Project> autosaved = read.autosaved();
        boolean recovered = false;
        if (autosaved.isPresent()) {
            recovered = dialogs.confirm(T.get("project.recover.title"),
                    T.get("project.recover.message", opened.path().getFileName()),
                    T.get("project.recover.yes"), T.get("project.recover.no"));
            if (recovered) {
                project = autosaved.get();
            } else {
                projects.discardAutosave(opened.path());
            }
        }
        closeFile();
        openFile = opened;
        Optional<String> readOnly = opened.readOnlyReason(java.util.Locale.getDefault());
        workspace.open(project, opened.path(), readOnly.orElse(""));
        if (recovered) {
            workspace.markUnsaved();
        }
        remember(opened.path());
        readOnly.ifPresentOrElse(dialogs::notify, () -> startAutosave(opened.path()));
        activity.say(T.get("project.opened", opened.path().getFileName(), Describe.input(project.input())));
    }

    private void show(Project project, Path file) {
        closeFile();
        workspace.open(project, file, "");
    }

    private void startAutosave(Path path) {
        stopAutosave();
        autosave = projects.startAutosave(path, autosaveSource::get);
    }

    private void stopAutosave() {
        if (autosave != null) {
            try {
                autosave.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(ProjectCommands.class).warn("Could not stop autosave", e);
            }
            autosave = null;
        }
    }

    private void closeFile() {
        stopAutosave();
        if (openFile != null) {
            openFile.close();
            openFile = null;
        }
    }

    private void remember(Path path) {
        recent.remove(path);
        recent.addFirst(path);
        while (recent.size() > WindowPreferences.RECENT_LIMIT) {
            recent.removeLast();
        }
        preferences.saveRecentProjects(recent);
    }
}
