package dev.headroom.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A dialog service that remembers what it was asked to show and answers with a preset file. */
final class RecordingDialogs implements DialogService {

    final List<String> errors = new ArrayList<>();
    Optional<Path> fileToOpen = Optional.empty();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen() {
        return fileToOpen;
    }
}
