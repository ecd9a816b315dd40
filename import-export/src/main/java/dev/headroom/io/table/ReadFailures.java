package dev.headroom.io.table;

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

    public static String describe(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "the file does not exist";
            case FileNotFoundException n -> "the file does not exist or cannot be opened";
            case AccessDeniedException a -> "permission denied";
            case CharacterCodingException c -> "the file is not UTF-8 text; save it as \"CSV UTF-8\"";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> "it cannot be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        };
    }

    /**
     * Why a part of a workbook stopped being readable, for a problem line: a likely zip bomb, a part
     * larger than Headroom reads, or plain damage.
     */
    public static String damagedPart(String part, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("Zip bomb")) {
                return part + " expands to far more data than the file holds (a possible zip bomb); it is not read";
            }
            if (t instanceof BoundedInputStream.TooLargeException) {
                return part + " cannot be read: " + m + ", more than Headroom reads";
            }
            if (t instanceof javax.xml.stream.XMLStreamException x && x.getNestedException() != null && x.getNestedException() != t) {
                return damagedPart(part, x.getNestedException());
            }
        }
        return part + " is damaged from here on and cannot be read further; open the file in a spreadsheet program"
                + " and save it again";
    }
}
