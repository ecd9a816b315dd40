package dev.headroom.io.project;

import dev.headroom.core.model.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Saves the project being edited to a hidden sidecar file ({@code .NAME.autosave} beside the project) at a set
 * interval, so that a crash loses at most one interval of work; the project file itself changes only when the
 * planner saves. After a crash, {@link #recoverable(Path)} finds the autosaved state for the next open to offer.
 *
 * <p>The current state comes from a supplier and is written only when it is a different object from the one
 * last written: projects are immutable, so every edit makes a new one and an unchanged project costs nothing.
 */
public final class Autosaver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Autosaver.class);

    private final Path project;
    private final Supplier<Project> current;
    private final ScheduledExecutorService timer;
    private Project lastWritten;
    private Instant lastSaved;

    private Autosaver(Path project, Supplier<Project> current) {
        this.project = project.toAbsolutePath();
        this.current = current;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "headroom-autosave");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts saving {@code current.get()} every {@code interval}.
     *
     * @param project the project file the edits belong to (which need not exist yet)
     */
    public static Autosaver start(Path project, Supplier<Project> current, Duration interval) {
        Objects.requireNonNull(current, "current");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the autosave interval must be positive, not " + interval);
        }
        Autosaver saver = new Autosaver(project, current);
        long millis = interval.toMillis();
        saver.timer.scheduleWithFixedDelay(saver::saveQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return saver;
    }

    /** The sidecar file a project's autosaves go to. */
    public static Path file(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".autosave");
    }

    /**
     * The autosaved state to offer after a crash: present when an autosave exists that is newer than the project
     * file (or the project file does not exist) and can be read. An unreadable autosave is logged and not offered.
     */
    public static Optional<Project> recoverable(Path project) {
        Path autosave = file(project);
        try {
            if (!Files.isRegularFile(autosave)) {
                return Optional.empty();
            }
            if (Files.isRegularFile(project)) {
                FileTime saved = Files.getLastModifiedTime(project);
                if (Files.getLastModifiedTime(autosave).compareTo(saved) <= 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(ProjectFile.read(autosave));
        } catch (IOException | InvalidInputException e) {
            LOG.warn("the autosave {} cannot be offered: {}", autosave, e.getMessage());
            return Optional.empty();
        }
    }

    /** Removes a project's autosave: after a save, after the planner declined to recover it, or on a clean close. */
    public static void discard(Path project) {
        try {
            Files.deleteIfExists(file(project));
            Files.deleteIfExists(ProjectLock.lockFile(file(project)));
        } catch (IOException e) {
            LOG.warn("could not remove the autosave of {}: {}", project, e.getMessage());
        }
    }

    /** Writes the current state now if it changed since the last write, on the caller's thread. */
    public synchronized void saveNow() {
        Project state = current.get();
        if (state == null || state == lastWritten) {
            return;
        }
        ProjectFile.write(file(project), state);
        lastWritten = state;
        lastSaved = Instant.now();
    }

    /** When the last autosave was written; empty before the first. */
    public synchronized Optional<Instant> lastSaved() {
        return Optional.ofNullable(lastSaved);
    }

    private void saveQuietly() {
        try {
            saveNow();
        } catch (RuntimeException e) {
            // A failed autosave must not stop the next one nor disturb the planner's work; the next save reports.
            LOG.warn("autosave of {} failed: {}", project, e.getMessage());
        }
    }

    /** Stops autosaving, waiting for a save in progress; the sidecar stays until {@link #discard(Path)}. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
