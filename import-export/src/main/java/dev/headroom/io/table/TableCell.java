package dev.headroom.io.table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell of a sheet or CSV file, reduced to what the readers need: what kind of value it holds,
 * its text as the planner sees it (for problem messages), and its number or date where it has one.
 *
 * @param text   the value as shown: a text cell's text, a number or date as formatted, empty for blank
 * @param number the numeric value of a {@link Kind#NUMBER} cell, else NaN
 * @param date   the date and time of a {@link Kind#DATE} cell, else null
 */
public record TableCell(Place place, Kind kind, String text, double number, LocalDateTime date) {

    /** What a cell holds; formulas are seen through their cached result. */
    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    public TableCell {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }

    public static TableCell blank(Place place) {
        return new TableCell(place, Kind.BLANK, "", Double.NaN, null);
    }

    /** A cell read from text (CSV): blank when it holds only spaces, else text. */
    public static TableCell ofText(Place place, String text) {
        if (text == null || text.isBlank()) {
            return blank(place);
        }
        return new TableCell(place, Kind.TEXT, text, Double.NaN, null);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    /** The text without surrounding spaces. */
    public String trimmed() {
        return text.strip();
    }
}
