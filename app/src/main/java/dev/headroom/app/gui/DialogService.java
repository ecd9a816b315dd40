package dev.headroom.app.gui;

import java.nio.file.Path;
import java.util.Optional;

/** Everything the view-models ask of the person at the screen, so they can be tested without one. */
public interface DialogService {

    void showError(String title, String message);

    /** Asks for a planning workbook to open; empty when the person cancels. */
    Optional<Path> chooseWorkbookToOpen();
}
