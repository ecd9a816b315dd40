package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Worded;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a failure into words for a dialog: every input problem on its own line, never a stack trace. Problems and
 * failures that carry their words are said in the window's language (the default locale, set from the preferences).
 */
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
            return invalid.problems().stream().map((InputProblem p) -> p.toString(Locale.getDefault()))
                    .collect(Collectors.joining("\n"));
        }
        if (e instanceof Worded worded) {
            return worded.wording().in(Locale.getDefault());
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? T.get("error.unexpected", e.getClass().getSimpleName()) : m;
    }
}
