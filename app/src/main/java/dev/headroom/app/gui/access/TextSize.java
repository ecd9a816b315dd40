package dev.headroom.app.gui.access;

import dev.headroom.app.gui.workspace.TextScale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The size of the window's text, following the system's. The AtlantaFX themes fix the root font at 14px,
 * which would ignore a planner who made the system's text larger; every other size in the window's styles is
 * in em of the root, so setting the root's size from the system's default font scales all text with it.
 * {@code -Dheadroom.textSize=18} sets it by hand (where the platform does not report a larger text size, and to
 * check the layout with large text). The planner's {@link TextScale} preference enlarges either by its factor:
 * JavaFX on Linux reports 13px whatever the desktop says, so that preference is how a planner gets larger text.
 */
public final class TextSize {

    /** The themes' own root size, in pixels, for the platforms' usual default font of 13px. */
    static final double THEME_SIZE = 14;
    private static final double USUAL_SYSTEM_SIZE = 13;
    private static boolean following;
    private static TextScale scale = TextScale.STANDARD;
    /** Where a table keeps the text size its columns were last scaled for. */
    private static final String FITTED_FOR = TextSize.class.getName() + ".fittedFor";
    private static final Set<Node> FOLLOWED = Collections.newSetFromMap(new WeakHashMap<>());

    private TextSize() {
    }

    /**
     * The root font size for a system default font of {@code systemSize} pixels: the themes' 14px for the usual
     * size or less, larger in proportion when the system's text is larger; {@code chosen} when given.
     */
    static double rootSize(double systemSize, OptionalDouble chosen) {
        if (chosen.isPresent()) {
            return Math.clamp(chosen.getAsDouble(), 8, 48);
        }
        return Math.max(THEME_SIZE, Math.round(systemSize * THEME_SIZE / USUAL_SYSTEM_SIZE));
    }

    /**
     * The root font size for the system's size and any size chosen by hand ({@link #rootSize(double, OptionalDouble)}),
     * made larger by the planner's {@code scale}, within 8 to 48 pixels.
     */
    static double rootSize(double systemSize, OptionalDouble chosen, TextScale scale) {
        return Math.clamp(rootSize(systemSize, chosen) * scale.factor(), 8, 48);
    }

    /** The size asked for with {@code -Dheadroom.textSize}, if any (an empty or unreadable value is none). */
    static OptionalDouble chosen(String property) {
        try {
            return property == null || property.isBlank() ? OptionalDouble.empty()
                    : OptionalDouble.of(Double.parseDouble(property.strip()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** The root size for this system and the planner's text scale, in pixels. */
    public static double rootSize() {
        return rootSize(javafx.scene.text.Font.getDefault().getSize(), chosen(System.getProperty("headroom.textSize")),
                scale);
    }

    /**
     * Makes the text of every window, those showing and those shown from now on, {@code s} times the system's
     * (the preference). Call on the FX thread.
     */
    public static void use(TextScale s) {
        double before = rootSize();
        scale = java.util.Objects.requireNonNull(s);
        double now = rootSize();
        List<Node> roots = new ArrayList<>(FOLLOWED);
        for (Window window : Window.getWindows()) {
            apply(window);
            if (window.getScene() != null && window.getScene().getRoot() != null) {
                roots.add(window.getScene().getRoot());
            }
        }
        roots.forEach(root -> fitColumns(root, before, now));
    }

    /**
     * Lets the tables under {@code root} grow with the text even while it is not shown (a screen the window keeps
     * for when it is shown again). Call on the FX thread.
     */
    public static void followTables(Node root) {
        FOLLOWED.add(root);
    }

    /**
     * Scales the columns of every table under {@code root} from the text size they were fitted for (the size
     * before this change, unless they were scaled since) to {@code now}: a table sizes its columns to their
     * contents when it is first shown, not when the text grows later, so larger text would cut every cell short.
     */
    private static void fitColumns(Node root, double before, double now) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table) {
                double fittedFor = table.getProperties().get(FITTED_FOR) instanceof Double d ? d : before;
                if (fittedFor == now) {
                    continue;
                }
                for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
                    // A table not laid out yet has no width: its preferred one is what it will start from.
                    double width = column.getWidth() > 0 ? column.getWidth() : column.getPrefWidth();
                    column.setPrefWidth(width * now / fittedFor);
                }
                table.getProperties().put(FITTED_FOR, now);
            }
        }
    }

    /** Gives every window shown from now on (and those showing) the system's text size. Call on the FX thread. */
    public static void followSystem() {
        if (following) {
            return;
        }
        following = true;
        Window.getWindows().forEach(TextSize::apply);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TextSize::apply);
            }
        });
    }

    private static void apply(Window window) {
        Scene scene = window.getScene();
        if (scene != null && scene.getRoot() != null) {
            apply(scene);
        }
    }

    /** {@code style} with its font size, if any, replaced by {@code size} pixels. */
    static String withSize(String style, double size) {
        String rest = style == null ? "" : style.replaceAll("-fx-font-size:[^;]*(;|$)", "").strip();
        if (!rest.isEmpty() && !rest.endsWith(";")) {
            rest += ";";
        }
        return (rest.isEmpty() ? "" : rest + " ") + "-fx-font-size: " + (size == Math.rint(size) ? Long.toString((long) size) : Double.toString(size)) + "px" + ";";
    }

    /** Sets the root font size of {@code scene} (kept with any style the root has already). */
    public static void apply(Scene scene) {
        scene.getRoot().setStyle(withSize(scene.getRoot().getStyle(), rootSize()));
    }
}
