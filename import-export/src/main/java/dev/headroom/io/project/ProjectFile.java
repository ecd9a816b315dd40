package dev.headroom.io.project;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Wording;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * An open {@code .headroom} project file: an SQLite database in WAL mode holding one {@link Project}.
 *
 * <ul>
 *   <li>Every {@link #save} is one transaction that replaces the whole project: after a crash the file holds
 *   the last project saved in full, never part of one. A new file is built beside its target and moved into
 *   place, so it appears complete or not at all.</li>
 *   <li>The schema is versioned; an older file is migrated forward when opened for writing (in one transaction),
 *   or read through a migrated temporary copy when opened read-only. A file written by a newer Headroom is
 *   refused and left untouched.</li>
 *   <li>One Headroom at a time writes a project: the first to open it holds a lock ({@code .NAME.lock}
 *   beside it); any other opens it read-only and says why in {@link #readOnlyReason()}.</li>
 *   <li>A file that is not a Headroom project, or is damaged, gives an {@link InvalidInputException} with
 *   one line naming the file.</li>
 * </ul>
 */
public final class ProjectFile implements AutoCloseable {

    /** The project file's extension. */
    public static final String EXTENSION = ".headroom";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private final Connection connection;
    private final ProjectLock lock;
    private final Optional<Wording> readOnlyReason;
    private final Path migratedCopy;

    private ProjectFile(Path path, Connection connection, ProjectLock lock, Optional<Wording> readOnlyReason,
                        Path migratedCopy) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.readOnlyReason = readOnlyReason;
        this.migratedCopy = migratedCopy;
    }

    /** The format version this Headroom writes; files of higher versions are refused. */
    public static int formatVersion() {
        return ProjectSchema.CURRENT;
    }

    /**
     * Opens a project file, for writing when no other Headroom has it open and the file can be written,
     * else read-only.
     *
     * @throws InvalidInputException when there is no such file, it is not a Headroom project, it is damaged,
     *                               or it was written by a newer Headroom (the file is then not changed)
     */
    public static ProjectFile open(Path path) {
        Path file = path.toAbsolutePath();
        checkHeader(file);
        ProjectLock lock = null;
        Optional<Wording> readOnly;
        if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
            // SQLite needs the folder too, for the write-ahead log beside the file.
            readOnly = Optional.of(ReaderWords.of("project.readOnlyDenied", name(file)));
        } else {
            lock = ProjectLock.tryAcquire(file).orElse(null);
            readOnly = lock == null
                    ? Optional.of(ReaderWords.of("project.readOnlyElsewhere", name(file))) : Optional.empty();
        }
        Connection c = null;
        Path copy = null;
        try {
            c = ProjectDatabase.connect(file, readOnly.isPresent());
            int version = checkIdentity(file, c);
            if (version < ProjectSchema.CURRENT) {
                if (readOnly.isEmpty()) {
                    ProjectSchema.migrate(c, ProjectSchema.CURRENT);
                } else {
                    copy = ProjectDatabase.migratedCopy(c);
                    c.close();
                    c = ProjectDatabase.connect(copy, false);
                    ProjectSchema.migrate(c, ProjectSchema.CURRENT);
                }
            }
            if (readOnly.isEmpty()) {
                ProjectDatabase.useWal(c);
            }
            return new ProjectFile(file, c, lock, readOnly, copy);
        } catch (SQLException | IOException | RuntimeException e) {
            ProjectDatabase.closeQuietly(c);
            if (lock != null) {
                lock.close();
            }
            ProjectDatabase.deleteQuietly(copy);
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw invalid(file, ReaderWords.of("project.damagedOrNot", message(e)));
        }
    }

    /** Opens, loads and closes. */
    public static Project read(Path path) {
        try (ProjectFile f = open(path)) {
            return f.load();
        }
    }

    /**
     * Saves a project to a file: an existing project file is updated in one transaction; otherwise the file is
     * built beside its target and moved into place, replacing whatever was there.
     *
     * @throws ExportException       when it cannot be written, or the project is open in another Headroom
     * @throws InvalidInputException when the target is a project that is damaged or from a newer Headroom
     *                               (it is left as it was)
     */
    public static void write(Path path, Project project) {
        Path file = path.toAbsolutePath();
        if (Files.isRegularFile(file) && hasSqliteHeader(file)) {
            try (ProjectFile f = open(file)) {
                f.save(project);
            }
            return;
        }
        ProjectLock lock = ProjectLock.tryAcquire(file)
                .orElseThrow(() -> new ExportException(ReaderWords.of("write.failed", file, ReaderWords.of("project.openElsewhere")),
                        null));
        Path temp = null;
        try (lock) {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try (Connection c = ProjectDatabase.connect(temp, false)) {
                ProjectSchema.migrate(c, ProjectSchema.CURRENT);
                ProjectDatabase.useWal(c);
                save(c, file, project);
            }
            ProjectDatabase.moveIntoPlace(temp, file);
            temp = null;
        } catch (SQLException | IOException e) {
            throw new ExportException(ReaderWords.of("write.failed", file, message(e)), e);
        } finally {
            ProjectDatabase.deleteQuietly(temp);
        }
    }

    /** The autosaved state of a project to offer after a crash; see {@link Autosaver#recoverable(Path)}. */
    public static Optional<Project> recoverableAutosave(Path project) {
        return Autosaver.recoverable(project);
    }

    /** Whether the file starts like an SQLite database: the only kind of file a project can be. */
    public static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    /** Whether saving is refused; {@link #readOnlyReason()} says why. */
    public boolean isReadOnly() {
        return readOnlyReason.isPresent();
    }

    /** Why the project was opened read-only, as one English line for the planner; empty when it can be saved. */
    public Optional<String> readOnlyReason() {
        return readOnlyReason.map(Wording::english);
    }

    /** As {@link #readOnlyReason()}, in words that can be said in the planner's language. */
    public Optional<Wording> readOnlyWording() {
        return readOnlyReason;
    }

    /**
     * Reads the project, in one read transaction so that it is one saved state.
     *
     * @throws InvalidInputException when the file is damaged or holds values Headroom cannot accept
     */
    public Project load() {
        try {
            connection.setAutoCommit(false);
            try {
                return new ProjectReader(connection).read();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw invalid(path, ReaderWords.of("project.damaged", message(e)));
        } catch (ProjectReader.BadRowException e) {
            throw invalid(path, ReaderWords.of("project.badValue", e.wording()));
        }
    }

    /**
     * Replaces the saved project with this one, in one transaction.
     *
     * @throws ExportException when the project was opened read-only or cannot be written
     */
    public void save(Project project) {
        if (readOnlyReason.isPresent()) {
            throw new ExportException(ReaderWords.of("save.failed", path, readOnlyReason.get()), null);
        }
        try {
            save(connection, path, project);
        } catch (SQLException e) {
            throw new ExportException(ReaderWords.of("save.failed", path, message(e)), e);
        }
    }

    private static void save(Connection c, Path file, Project project) throws SQLException {
        c.setAutoCommit(false);
        try {
            new ProjectWriter(c).write(project);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            if (e instanceof IllegalArgumentException iae) {
                throw new ExportException(ReaderWords.of("save.failed", file, Problems.wordsOf(iae)), iae);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        ProjectDatabase.closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
        ProjectDatabase.deleteQuietly(migratedCopy);
    }

    private static void checkHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            throw invalid(file, Files.isDirectory(file) ? ReaderWords.of("project.folder") : ReaderWords.of("project.noSuchFile"));
        }
        if (!hasSqliteHeader(file)) {
            throw invalid(file, ReaderWords.of("project.notSqlite"));
        }
    }

    /** The file's schema version, after checking that it is a Headroom project this Headroom can read. */
    private static int checkIdentity(Path file, Connection c) throws SQLException {
        int id = ProjectSchema.applicationId(c);
        int version = ProjectSchema.version(c);
        if (id != ProjectSchema.APPLICATION_ID) {
            throw invalid(file, ReaderWords.of("project.otherSqlite"));
        }
        if (version > ProjectSchema.CURRENT) {
            throw invalid(file, ReaderWords.of("project.newer", version, ProjectSchema.CURRENT));
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            // The first problem is enough for a person; the others are SQLite's page-by-page detail.
            String result = rs.next() ? rs.getString(1).replace("*** in database main ***", "").strip().lines()
                    .findFirst().orElse("") : "no answer";
            if (!"ok".equals(result)) {
                throw invalid(file, ReaderWords.of("project.damaged", result));
            }
        }
        return version;
    }

    static InvalidInputException invalid(Path file, Wording message) {
        return new InvalidInputException(InputProblem.general(name(file), message));
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
