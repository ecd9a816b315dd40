package dev.headroom.io.testing;

import dev.headroom.core.model.InputProblem;

/** The line a planner sees for a problem. */
public final class Shown {
    private Shown() {
    }

    /**
     * {@link InputProblem#toString()}, except that a problem about the whole file is shown as
     * {@code file: message}: core's toString currently prints {@code file:: message} for those
     * (reported to planner-core), and these tests are about what this module reports.
     */
    public static String line(InputProblem p) {
        boolean wholeFile = p.sheet().isEmpty() && p.row() == 0 && p.column().isEmpty() && p.header().isEmpty()
                && p.value().isEmpty();
        return wholeFile ? p.file() + ": " + p.message() : p.toString();
    }
}
