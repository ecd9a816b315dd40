package dev.headroom.app.gui.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A dialog service for view-model tests: remembers what it was asked to show and gives preset answers
 * (files to open or save, folder, choices and confirmations in order).
 */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public Optional<Path> fileToOpen = Optional.empty();
    public Optional<Path> fileToSave = Optional.empty();
    public Optional<Path> folder = Optional.empty();
    /** Secrets to type when {@link #askSecret} asks, used in order; none left: the person cancels. */
    public final Deque<String> secrets = new ArrayDeque<>();
    /** The messages {@link #askSecret} was asked with. */
    public final List<String> secretsAsked = new ArrayList<>();
    /** Answers to {@link #choose} and {@link #confirm} (as the yes/no text), used in order. */
    public final Deque<String> answers = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void notify(String message) {
        notes.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        questions.add(title);
        String answer = answers.poll();
        if (answer != null && !answer.equals(yes) && !answer.equals(no)) {
            throw new AssertionError("'" + answer + "' is not an answer to '" + title + "' (" + yes + "/" + no + ")");
        }
        return yes.equals(answer);
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices) {
        questions.add(title);
        String answer = answers.poll();
        if (answer != null && !choices.contains(answer)) {
            throw new AssertionError("'" + answer + "' is not one of " + choices + " for '" + title + "'");
        }
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<char[]> askSecret(String title, String message) {
        secretsAsked.add(title + ": " + message);
        return Optional.ofNullable(secrets.poll()).map(String::toCharArray);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileKind kind) {
        return fileToOpen;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, FileKind kind, String suggestedName) {
        return fileToSave;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return folder;
    }
}
