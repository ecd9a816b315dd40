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
 * @param numeric  whether it holds numbers, shown aligned to the right so that they compare at a glance
 */
public record Column(String header, boolean editable, Supplier<List<String>> choices, double width, String hint,
                     boolean numeric) {

    static Column text(String header, double width) {
        return new Column(header, true, null, width, "", false);
    }

    static Column number(String header, double width) {
        return new Column(header, true, null, width, "", true);
    }

    static Column readOnly(String header, double width) {
        return new Column(header, false, null, width, "", false);
    }

    static Column choice(String header, Supplier<List<String>> choices, double width) {
        return new Column(header, true, choices, width, "", false);
    }

    /** The same column with a tooltip saying more than its header. */
    Column hint(String text) {
        return new Column(header, editable, choices, width, text, numeric);
    }

    public boolean hasChoices() {
        return choices != null;
    }
}
