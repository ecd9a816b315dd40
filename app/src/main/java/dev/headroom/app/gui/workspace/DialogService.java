package dev.headroom.app.gui.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything the view-models ask of the person at the screen, so they can be tested without one. */
public interface DialogService {

    /** A failure in words; the message may be many lines (one per input problem). */
    void showError(String title, String message);

    /** A short message that needs no answer (a notification, not a modal dialog, in the window). */
    void notify(String message);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String message, String yes, String no);

    /**
     * Asks the person to pick one of several answers (e.g. Save / Don't save / Cancel); empty when the dialog
     * is closed without an answer.
     */
    Optional<String> choose(String title, String message, List<String> answers);

    /**
     * Asks for a password or token, typed unseen; empty when the person cancels. The caller uses it at once and
     * keeps it nowhere (the project keeps at most the name of the environment variable that should hold it).
     */
    Optional<char[]> askSecret(String title, String message);

    /** Asks for an existing file of a kind; empty when the person cancels. */
    Optional<Path> chooseFileToOpen(String title, FileKind kind);

    /** Asks where to write a file of a kind, suggesting a name; empty when the person cancels. */
    Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName);

    /** Asks for a folder (e.g. for CSV files); empty when the person cancels. */
    Optional<Path> chooseFolder(String title);
}
