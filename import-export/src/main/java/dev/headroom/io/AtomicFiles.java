package dev.headroom.io;

import dev.headroom.core.model.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the
 * target's folder, which then replaces the target in one atomic rename. When writing fails, the
 * temporary file is removed and the target is left as it was (absent, or the old file).
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    private AtomicFiles() {
    }

    /** Writes the content of a file to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws ExportException when the file cannot be written; nothing is left at {@code target}
     *                         beyond what was there before
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            // The temporary file lives beside the target: a rename is atomic only within one file system.
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            keepPermissions(temp, absolute);
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw new ExportException(ReaderWords.of("write.failed", target, reason(e)), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FAT file systems cannot rename atomically; a plain replace is the best left.
            LOG.warn("{} does not support atomic renames; replacing {} non-atomically", target.getParent(), target);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Temporary files are created readable by their owner only; an output shared with colleagues must not
     * be. A replaced file keeps its permissions, a new one gets those of an ordinary save (rw-r--r--).
     */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not remove the temporary file {}", temp, e);
        }
    }

    /** The cause in words: Java's file exceptions often carry only the path as their message. */
    static Wording reason(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> ReaderWords.of("write.noFolder", parentOf(n.getFile()));
            case AccessDeniedException a -> ReaderWords.of("file.denied");
            // The operating system's and Java's own words, in their language.
            case FileSystemException f when f.getReason() != null -> Wording.literal(f.getReason());
            default -> Wording.literal(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        };
    }

    private static String parentOf(String file) {
        if (file == null) {
            return "";
        }
        Path parent = Path.of(file).getParent();
        return parent == null ? file : parent.toString();
    }
}
