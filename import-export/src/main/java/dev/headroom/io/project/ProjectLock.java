package dev.headroom.io.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The mark that a Headroom has a project open for writing: an operating-system lock on a hidden file beside
 * it ({@code .NAME.lock}). The operating system releases the lock when the process ends, however it ends, so a
 * crash never leaves a project locked; the empty file itself stays and means nothing on its own.
 */
final class ProjectLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFile(Path project) {
        Path absolute = project.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock, or empty when another process (or another open of the same project in this process) holds
     * it, or when the folder cannot hold a lock file (a read-only folder: the project can then only be read).
     */
    static Optional<ProjectLock> tryAcquire(Path project) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile(project), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new ProjectLock(channel, lock));
        } catch (OverlappingFileLockException | IOException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing was locked through this channel; there is nothing to undo.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases the lock as well.
        }
        closeQuietly(channel);
    }
}
