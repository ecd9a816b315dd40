package dev.headroom.app.gui.help;

import dev.headroom.app.gui.workspace.Texts;

import java.util.List;

/**
 * The built-in guide: the planner's workflow from usage history to an exported plan, a section per step, in
 * the window's language.
 */
public final class Guide {

    private static final Texts T = Texts.of(Guide.class);

    /** One step of the workflow: a heading and its paragraphs (separated by blank lines). */
    public record Section(String title, String text) {

        /** The paragraphs of the text, in order. */
        public List<String> paragraphs() {
            return List.of(text.split("\\n\\s*\\n"));
        }
    }

    private Guide() {
    }

    /** The window's title for the guide. */
    public static String title() {
        return T.get("guide.title");
    }

    /** The Help menu's entry that opens the guide. */
    public static String menuText() {
        return T.get("guide.menu");
    }

    /** A line that says what the guide is for, above the sections. */
    public static String intro() {
        return T.get("guide.intro");
    }

    /** The steps, in the order a planner takes them: import, check, forecast, plan, scenarios, export. */
    public static List<Section> sections() {
        return List.of(
                new Section(T.get("guide.import.title"), T.get("guide.import.text")),
                new Section(T.get("guide.data.title"), T.get("guide.data.text")),
                new Section(T.get("guide.forecast.title"), T.get("guide.forecast.text")),
                new Section(T.get("guide.plan.title"), T.get("guide.plan.text")),
                new Section(T.get("guide.scenarios.title"), T.get("guide.scenarios.text")),
                new Section(T.get("guide.export.title"), T.get("guide.export.text")),
                new Section(T.get("guide.keys.title"), T.get("guide.keys.text")));
    }
}
