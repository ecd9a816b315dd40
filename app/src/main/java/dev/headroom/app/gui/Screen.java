package dev.headroom.app.gui;


import dev.headroom.app.gui.workspace.Texts;
import java.util.Locale;

/** The window's screens, in the order of a planner's month: open, check the data, forecast, plan, compare. */
public enum Screen {
    START, DATA, FORECAST, PLAN, SCENARIOS;

    private static final Texts T = Texts.of(Screen.class);

    /** The screen's name in the window's language. */
    public String label() {
        return T.get("screen." + key());
    }

    /** What the screen is for, in the window's language. */
    public String tooltip() {
        return T.get("screen." + key() + ".tooltip");
    }

    /** The part of control ids naming this screen ({@code #navPlan}): the same in every language. */
    public String idName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
