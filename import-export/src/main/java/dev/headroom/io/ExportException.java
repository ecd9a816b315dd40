package dev.headroom.io;

/**
 * A file could not be written. The message is meant for people: it names the file and says what
 * went wrong (a full disk, a folder that does not exist, no permission), without a stack trace.
 * Thrown by every writer of this module; when a file operation failed, its {@link java.io.IOException} is
 * the cause.
 */
public class ExportException extends RuntimeException {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
