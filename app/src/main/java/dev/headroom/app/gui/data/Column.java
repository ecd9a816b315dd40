package dev.headroom.app.gui.data;

import java.util.List;
import java.util.function.Supplier;

/**
 * A column of an editable table.
 *
 * @param header   the heading the planner reads
 * @param editable whether the planner may type in it
 * @param choices  the values to pick from (e.g. the defined pools), or null for free text
 * @param width    the preferred width in pixels, so headers and typical values are not cut
 * @param hint     what the column means beyond its header (its tooltip), or empty
 */
public record Column(String header, boolean editable, Supplier<List<String>> choices, double width, String hint) {

    static Column text(String header, double width) {
        return new Column(header, true, null, width, "");
    }

    static Column readOnly(String header, double width) {
        return new Column(header, false, null, width, "");
    }

    static Column choice(String header, Supplier<List<String>> choices, double width) {
        return new Column(header, true, choices, width, "");
    }

    /** The same column with a tooltip saying more than its header. */
    Column hint(String text) {
        return new Column(header, editable, choices, width, text);
    }

    public boolean hasChoices() {
        return choices != null;
    }
}
