package dev.headroom.app.gui.workspace;

import java.util.Locale;

/**
 * How much larger than the system's the window's text is, chosen in the preferences. JavaFX on Linux reports
 * the same default font size whatever the desktop's setting, so a planner who needs larger text chooses it here.
 */
public enum TextScale {
    STANDARD(1.0),
    LARGER(1.25),
    LARGEST(1.5);

    private static final Texts T = Texts.of(TextScale.class);

    private final double factor;

    TextScale(double factor) {
        this.factor = factor;
    }

    /** The factor applied to the system's text size (1 for the standard size). */
    public double factor() {
        return factor;
    }

    /** The choice's name in the window's language. */
    public String label() {
        return T.get("textScale." + name().toLowerCase(Locale.ROOT));
    }

    /** The scale of a stored name; standard for anything unknown, so an old preference never stops the window. */
    public static TextScale named(String name) {
        for (TextScale s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        return STANDARD;
    }
}
