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

    /**
     * A problem without its file, as {@code row 2 column 4 (usage): "x" message}: for CSV problems,
     * whose punctuation after the file name core is still settling.
     */
    public static String withoutFile(InputProblem p) {
        StringBuilder place = new StringBuilder();
        if (!p.sheet().isEmpty()) {
            place.append("sheet '").append(p.sheet()).append("' ");
        }
        if (p.row() > 0) {
            place.append("row ").append(p.row()).append(' ');
        }
        if (!p.column().isEmpty()) {
            place.append("column ").append(p.column()).append(p.header().isEmpty() ? "" : " (" + p.header() + ")").append(' ');
        }
        return place.toString().strip() + ": " + p.value().map(v -> "\"" + v + "\" ").orElse("") + p.message();
    }
}
