package dev.headroom.io;

import dev.headroom.core.model.Worded;
import dev.headroom.core.model.Wording;

/**
 * A file could not be written. The message is meant for people: it names the file and says what
 * went wrong (a full disk, a folder that does not exist, no permission), without a stack trace.
 * Thrown by every writer of this module; when a file operation failed, its {@link java.io.IOException} is
 * the cause. Its {@link #wording()} says the same in the planner's language where the writer worded it.
 */
public class ExportException extends RuntimeException implements Worded {
    private final transient Wording wording;

    public ExportException(String message, Throwable cause) {
        this(Wording.literal(message), cause);
    }

    public ExportException(String message) {
        this(message, null);
    }

    /** A failure in words that can be said in the planner's language; the message is their English. */
    public ExportException(Wording wording, Throwable cause) {
        super(wording.english(), cause);
        this.wording = wording;
    }

    @Override
    public Wording wording() {
        return wording;
    }
}
