package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.ProjectDefaults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link WindowPreferences} kept in the user's Java preferences (~/.java/.userPrefs on Linux). */
public final class StoredPreferences implements WindowPreferences {

    private final Preferences node;

    /** The preferences of the given node, e.g. {@code Preferences.userRoot().node("dev/headroom/app")}. */
    public StoredPreferences(Preferences node) {
        this.node = node;
    }

    public static StoredPreferences forUser() {
        return new StoredPreferences(Preferences.userRoot().node("dev/headroom/app"));
    }

    @Override
    public Optional<Geometry> geometry() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new Geometry(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    @Override
    public void saveGeometry(Geometry g) {
        node.putDouble("window.x", g.x());
        node.putDouble("window.y", g.y());
        node.putDouble("window.width", g.width());
        node.putDouble("window.height", g.height());
        node.putBoolean("window.maximized", g.maximized());
        flush();
    }

    @Override
    public Theme theme() {
        return Theme.named(node.get("theme", Theme.LIGHT.name()));
    }

    @Override
    public void saveTheme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    @Override
    public TextScale textScale() {
        return TextScale.named(node.get("textScale", TextScale.STANDARD.name()));
    }

    @Override
    public void saveTextScale(TextScale scale) {
        node.put("textScale", scale.name());
        flush();
    }

    @Override
    public Language language() {
        String tag = node.get("language", null);
        return tag == null ? Language.of(Locale.getDefault()) : Language.ofTag(tag);
    }

    @Override
    public void saveLanguage(Language language) {
        node.put("language", language.tag());
        flush();
    }

    /** Each value checked as the defaults check it: one bad stored value falls back alone, never the window. */
    @Override
    public ProjectDefaults projectDefaults() {
        ProjectDefaults standard = ProjectDefaults.standard();
        int horizon = node.getInt("defaults.horizonMonths", standard.horizonMonths());
        double quantile = node.getDouble("defaults.sizingQuantile", standard.sizingQuantile());
        double target = node.getDouble("defaults.targetUtilization", standard.targetUtilization());
        ProjectDefaults.MemoryUnit memory = ProjectDefaults.MemoryUnit.named(
                node.get("defaults.memoryUnit", standard.memoryUnit().name()));
        return new ProjectDefaults(
                horizon >= 1 && horizon <= ProjectDefaults.MAX_HORIZON_MONTHS ? horizon : standard.horizonMonths(),
                quantile > 0 && quantile < 1 ? quantile : standard.sizingQuantile(),
                target > 0 && target <= 1 ? target : standard.targetUtilization(), memory);
    }

    @Override
    public void saveProjectDefaults(ProjectDefaults d) {
        node.putInt("defaults.horizonMonths", d.horizonMonths());
        node.putDouble("defaults.sizingQuantile", d.sizingQuantile());
        node.putDouble("defaults.targetUtilization", d.targetUtilization());
        node.put("defaults.memoryUnit", d.memoryUnit().name());
        flush();
    }

    @Override
    public List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null && !p.isBlank()) {
                recent.add(Path.of(p));
            }
        }
        return recent;
    }

    @Override
    public void saveRecentProjects(List<Path> recent) {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < recent.size()) {
                node.put("recent." + i, recent.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a comfort: a window that cannot remember its size still works.
            org.slf4j.LoggerFactory.getLogger(StoredPreferences.class).warn("Could not store preferences", e);
        }
    }
}
