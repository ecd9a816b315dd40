package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;

import java.util.stream.Collectors;

/** Turns a failure into words for a dialog: every input problem on its own line, never a stack trace. */
public final class Messages {

    private static final Texts T = Texts.of(Messages.class);

    private Messages() {
    }

    public static String of(Throwable error) {
        Throwable e = error;
        // Work run as a Task may arrive wrapped; the cause carries the words.
        while ((e instanceof java.util.concurrent.ExecutionException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? T.get("error.unexpected", e.getClass().getSimpleName()) : m;
    }
}
