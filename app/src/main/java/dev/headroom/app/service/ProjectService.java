package dev.headroom.app.service;

import dev.headroom.io.project.Autosaver;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.project.ProjectImports;
import dev.headroom.io.usage.ImportMapping;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Project files for both faces: open (holding the file's lock while it is open), save, autosave and the
 * recovery of an autosaved state after a crash, and usage imports into a project.
 */
public final class ProjectService {

    /** How often the window saves the project being edited beside its file; a crash loses at most this. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(30);

    /** An open project file: its content, whether it may be written, and the lock released by {@link #close()}. */
    public static final class OpenProject implements AutoCloseable {
        private final ProjectFile file;
        private final Project project;

        private OpenProject(ProjectFile file, Project project) {
            this.file = file;
            this.project = project;
        }

        public Path path() {
            return file.path();
        }

        public Project project() {
            return project;
        }

        /** Why the project cannot be saved to its file (another Headroom has it, no permission); empty when it can. */
        public Optional<String> readOnlyReason() {
            return file.readOnlyReason();
        }

        /** As {@link #readOnlyReason()}, in {@code locale}'s language (Chinese or English). */
        public Optional<String> readOnlyReason(java.util.Locale locale) {
            return file.readOnlyWording().map(w -> w.in(locale));
        }

        /** Saves a new state of the project to this file in one transaction and drops its autosave. */
        public void save(Project next) {
            file.save(next);
            Autosaver.discard(file.path());
        }

        @Override
        public void close() {
            file.close();
        }
    }

    /** Opens a project file and reads it whole; close the result when the project is closed. */
    public OpenProject open(Path path) {
        ProjectFile file = ProjectFile.open(path);
        try {
            return new OpenProject(file, file.load());
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * Saves the project to another file (built beside it and moved into place, or updated in one transaction
     * when it is a project already) and opens that file, holding its lock, for the saves that follow.
     */
    public OpenProject saveAs(Project project, Path path) {
        ProjectFile.write(path, project);
        Autosaver.discard(path);
        return open(path);
    }

    /** Whether a file is a project rather than a spreadsheet: by its content, so a renamed project still opens. */
    public static boolean isProject(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ProjectFile.EXTENSION)
                || ProjectFile.hasSqliteHeader(file);
    }

    /** The state autosaved beside a project after a crash, when it is newer than the project file. */
    public Optional<Project> recoverable(Path path) {
        return Autosaver.recoverable(path);
    }

    /** Drops an autosaved state the planner declined to recover. */
    public void discardAutosave(Path path) {
        Autosaver.discard(path);
    }

    /** Starts autosaving what {@code current} gives; close the result when the project is closed. */
    public AutoCloseable startAutosave(Path path, Supplier<Project> current) {
        return Autosaver.start(path, current, AUTOSAVE_INTERVAL);
    }

    /** Imports a usage file into the project with a mapping; the project is unchanged when the file has problems. */
    public Project importUsage(Project project, Path file, ImportMapping mapping) {
        return ProjectImports.importUsage(project, file, mapping);
    }
}
