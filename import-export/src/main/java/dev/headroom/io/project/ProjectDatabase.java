package dev.headroom.io.project;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The SQLite side of a project file: connections, journal mode, copies and moves of the database file. */
final class ProjectDatabase {
    private ProjectDatabase() {
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
        }
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** WAL: a save appends to the log and commits with one sync; readers keep the last committed state. */
    static void useWal(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        }
    }

    /** A rename within the folder is atomic on every local file system; a plain replace where it is refused. */
    static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A private copy of what the connection sees (the file with its write-ahead log, which another Headroom may
     * not have folded into the file yet), to migrate and read without touching the original.
     */
    static Path migratedCopy(Connection c) throws IOException, SQLException {
        Path copy = Files.createTempFile("headroom-", ProjectFile.EXTENSION);
        Files.delete(copy);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toString().replace("'", "''") + "'");
        }
        return copy;
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing after a failure: the failure is what is reported.
            }
        }
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A temporary copy left behind is harmless; the system clears its temporary folder.
            }
        }
    }
}
