package dev.headroom.app.gui.workspace;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The window's look: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
    LIGHT,
    DARK;

    private static final Texts T = Texts.of(Theme.class);

    /** The theme's name in the window's language. */
    public String label() {
        return T.get("theme." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The part of control ids naming this theme ({@code #themeDark}): the same in every language. */
    public String idName() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The user-agent stylesheet to give {@code Application.setUserAgentStylesheet}. */
    public String stylesheet() {
        return switch (this) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    /** The theme of a stored name; light for anything unknown, so an old preference never stops the window. */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
