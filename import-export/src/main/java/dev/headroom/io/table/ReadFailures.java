package dev.headroom.io.table;

import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in words why a file could not be read; Java's exceptions often carry only a path. */
public final class ReadFailures {
    private ReadFailures() {
    }

    public static Wording describe(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> ReaderWords.of("file.missing");
            case FileNotFoundException n -> ReaderWords.of("file.missingOrClosed");
            case AccessDeniedException a -> ReaderWords.of("file.denied");
            case CharacterCodingException c -> ReaderWords.of("file.notUtf8");
            // The operating system's own reason, in the operating system's language.
            case FileSystemException f when f.getReason() != null -> Wording.literal(f.getReason());
            default -> unreadable(e);
        };
    }

    /** Whether {@link #describe} found no better words than the exception's own. */
    static boolean saysOnlyUnreadable(Wording described) {
        return "file.unreadable".equals(described.key());
    }

    private static Wording unreadable(IOException e) {
        return ReaderWords.of("file.unreadable", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Why a part of a workbook stopped being readable, for a problem line: a likely zip bomb, a part
     * larger than Headroom reads, or plain damage.
     */
    public static Wording damagedPart(Wording part, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb")) {
                return ReaderWords.of("part.zipBomb", part);
            }
            if (t instanceof BoundedInputStream.TooLargeException) {
                return ReaderWords.of("part.tooLarge", part, m);
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
                return damagedPart(part, x.getNestedException());
            }
        }
        return ReaderWords.of("part.damaged", part);
    }
}
