package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.ProjectDefaults;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window remembers between runs: its place and size, the theme, the text size, the language, the defaults of new
 * projects, the projects opened lately. An
 * interface so that view-models test with an in-memory store and the window uses the user's preferences.
 */
public interface WindowPreferences {

    /** Where the window was and how big, in screen coordinates. */
    record Geometry(double x, double y, double width, double height, boolean maximized) {
    }

    /** How many recent projects are kept. */
    int RECENT_LIMIT = 8;

    Optional<Geometry> geometry();

    void saveGeometry(Geometry geometry);

    Theme theme();

    void saveTheme(Theme theme);

    /** How much larger than the system's the window's text is; standard until chosen. */
    TextScale textScale();

    void saveTextScale(TextScale scale);

    /** The window's language; the system's (Chinese for a Chinese locale, else English) until one is chosen. */
    Language language();

    void saveLanguage(Language language);

    /** What new projects and resources start with; {@link ProjectDefaults#standard()} until changed. */
    ProjectDefaults projectDefaults();

    void saveProjectDefaults(ProjectDefaults defaults);

    /** Recently opened project files, newest first. */
    List<Path> recentProjects();

    void saveRecentProjects(List<Path> recent);
}
