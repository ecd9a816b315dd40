package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.ProjectDefaults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Window preferences held in memory, so tests never touch the user's. */
public final class MemoryPreferences implements WindowPreferences {

    private Geometry geometry;
    private Theme theme = Theme.LIGHT;
    private TextScale textScale = TextScale.STANDARD;
    private List<Path> recent = new ArrayList<>();
    private Language language = Language.ENGLISH;
    private ProjectDefaults defaults = ProjectDefaults.standard();

    @Override
    public Optional<Geometry> geometry() {
        return Optional.ofNullable(geometry);
    }

    @Override
    public void saveGeometry(Geometry g) {
        geometry = g;
    }

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void saveTheme(Theme t) {
        theme = t;
    }

    @Override
    public TextScale textScale() {
        return textScale;
    }

    @Override
    public void saveTextScale(TextScale s) {
        textScale = s;
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public void saveLanguage(Language l) {
        language = l;
    }

    @Override
    public ProjectDefaults projectDefaults() {
        return defaults;
    }

    @Override
    public void saveProjectDefaults(ProjectDefaults d) {
        defaults = d;
    }

    @Override
    public List<Path> recentProjects() {
        return List.copyOf(recent);
    }

    @Override
    public void saveRecentProjects(List<Path> r) {
        recent = new ArrayList<>(r);
    }
}
