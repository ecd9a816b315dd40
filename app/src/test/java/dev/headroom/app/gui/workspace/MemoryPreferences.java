package dev.headroom.app.gui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Window preferences held in memory, so tests never touch the user's. */
public final class MemoryPreferences implements WindowPreferences {

    private Geometry geometry;
    private Theme theme = Theme.LIGHT;
    private List<Path> recent = new ArrayList<>();

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
    public List<Path> recentProjects() {
        return List.copyOf(recent);
    }

    @Override
    public void saveRecentProjects(List<Path> r) {
        recent = new ArrayList<>(r);
    }
}
