package dev.headroom.app.gui.start;

import dev.headroom.app.gui.workspace.ProjectCommands;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The start page: the projects opened lately and the ways to begin (sample, open, new from a spreadsheet). */
public final class StartViewModel {

    /** A recent project as the list shows it. */
    public record RecentProject(Path path, String name, String folder, boolean exists) {
        static RecentProject of(Path p) {
            String file = p.getFileName().toString();
            String name = file.endsWith(".headroom") ? file.substring(0, file.length() - ".headroom".length()) : file;
            return new RecentProject(p, name, p.getParent() == null ? "" : p.getParent().toString(), Files.isRegularFile(p));
        }
    }

    private final ProjectCommands projects;
    private final Runnable importWizard;
    private final Runnable prometheusImport;
    private final ObservableList<RecentProject> recent = FXCollections.observableArrayList();
    /** Made once: an unmodifiable view listens weakly, so one made per call could be collected with its listeners. */
    private final ObservableList<RecentProject> recentView = FXCollections.unmodifiableObservableList(recent);

    /**
     * @param importWizard opens the import wizard for a spreadsheet of usage history (a new project when none is
     *                     open); null in a window without one
     */
    public StartViewModel(ProjectCommands projects, Runnable importWizard) {
        this(projects, importWizard, null);
    }

    /**
     * @param importWizard     as above
     * @param prometheusImport opens the import from Prometheus (a new project when none is open); null for none
     */
    public StartViewModel(ProjectCommands projects, Runnable importWizard, Runnable prometheusImport) {
        this.projects = Objects.requireNonNull(projects);
        this.importWizard = importWizard;
        this.prometheusImport = prometheusImport;
        refresh();
        projects.recentProjects().addListener((ListChangeListener<Path>) c -> refresh());
    }

    private void refresh() {
        recent.setAll(projects.recentProjects().stream().map(RecentProject::of).toList());
    }

    public ObservableList<RecentProject> recentProjects() {
        return recentView;
    }

    public void openSample() {
        projects.openSample();
    }

    public void open() {
        projects.open();
    }

    public void openRecent(RecentProject project) {
        projects.open(project.path());
    }

    public boolean canImport() {
        return importWizard != null;
    }

    public void newFromSpreadsheet() {
        if (importWizard != null) {
            importWizard.run();
        }
    }

    public boolean canImportFromPrometheus() {
        return prometheusImport != null;
    }

    public void newFromPrometheus() {
        if (prometheusImport != null) {
            prometheusImport.run();
        }
    }
}
