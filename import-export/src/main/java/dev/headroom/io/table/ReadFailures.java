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
}
