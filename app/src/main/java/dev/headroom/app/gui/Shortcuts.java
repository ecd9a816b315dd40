package dev.headroom.app.gui;

import dev.headroom.app.gui.workspace.Texts;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import java.util.ArrayList;
import java.util.List;

/** The keyboard shortcuts of the menu bar, read from its items so the list never disagrees with the menus. */
public final class Shortcuts {

    private static final Texts T = Texts.of(Shortcuts.class);

    /** One shortcut: the menu, what it does, and the keys as the platform writes them (Ctrl+S, ⌘S). */
    public record Shortcut(String menu, String command, String keys) {
    }

    private Shortcuts() {
    }

    public static List<Shortcut> of(MenuBar bar) {
        List<Shortcut> all = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu, all);
        }
        return all;
    }

    private static void collect(String menuName, Menu menu, List<Shortcut> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(menuName, sub, into);
            } else if (item.getAccelerator() != null) {
                // Undo's text names the edit ("Undo add pool"); the list wants the command itself.
                String text = item.getText() == null ? "" : item.getText();
                String command = "menuUndo".equals(item.getId()) ? T.get("menu.undo")
                        : "menuRedo".equals(item.getId()) ? T.get("menu.redo") : text;
                into.add(new Shortcut(menuName, command, item.getAccelerator().getDisplayText()));
            }
        }
    }
}
