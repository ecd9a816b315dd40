package dev.headroom.app.gui;

import dev.headroom.app.gui.clipboard.TableClipboard;
import dev.headroom.app.gui.help.Guide;
import dev.headroom.app.gui.help.GuideWindow;
import dev.headroom.app.gui.prometheus.PrometheusRefresh;
import dev.headroom.app.gui.workspace.ExportCommands;
import dev.headroom.app.gui.workspace.ProjectCommands;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.gui.workspace.Workspace;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.function.Function;

/** The menu bar: File (projects and exports), Edit (undo, redo, copy, paste, preferences), View (screens and theme), Help. */
public final class MainMenu extends MenuBar {

    private static final Texts T = Texts.of(MainMenu.class);

    /**
     * @param importWizard opens the import wizard (usage history into the open project or a new one); null for none
     * @param prometheusImport opens the import from Prometheus; null for none
     * @param prometheusRefresh refreshes the open project's imports from Prometheus; null for none
     * @param print        shows the print preview of the shown plan's report; null for none
     * @param about        shows what Headroom is, its version and licence
     * @param preferences  shows the preferences dialog
     */
    public MainMenu(MainViewModel vm, Runnable importWizard, Runnable prometheusImport,
                    PrometheusRefresh prometheusRefresh, Runnable print, Runnable about, Runnable preferences) {
        setId("mainMenu");
        getMenus().addAll(fileMenu(vm, importWizard, prometheusImport, prometheusRefresh, print),
                editMenu(vm, preferences), viewMenu(vm), helpMenu(about));
    }

    private static Menu fileMenu(MainViewModel vm, Runnable importWizard, Runnable prometheusImport,
                                 PrometheusRefresh prometheusRefresh, Runnable print) {
        ProjectCommands p = vm.projects();
        ExportCommands x = vm.exports();
        BooleanBinding busy = Bindings.createBooleanBinding(vm.activity().busyProperty()::get,
                vm.activity().busyProperty());
        BooleanBinding noProject = vm.projectOpen().not();
        BooleanBinding noPlan = vm.planShown().not();
        Menu recent = new Menu(T.get("menu.openRecent"));
        recent.setId("recentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path path : p.recentProjects()) {
                MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> p.open(path));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        p.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        Menu file = new Menu(T.get("menu.file"), null,
                item("Open", "menu.open", "Shortcut+O", p::open, busy),
                item("Openthesample", "menu.openSample", null, p::openSample, busy),
                recent,
                item("Importusagehistory", "menu.importUsage", "Shortcut+I", importWizard, busy),
                item("ImportfromPrometheus", "menu.importPrometheus", null, prometheusImport, busy),
                // Offered while the open project keeps an import from Prometheus to refresh.
                prometheusRefresh == null ? item("RefreshfromPrometheus", "menu.refreshPrometheus", null, null, null)
                        : item("RefreshfromPrometheus", "menu.refreshPrometheus", null, prometheusRefresh::refresh,
                                prometheusRefresh.available().not().or(busy)),
                new SeparatorMenuItem(),
                item("Save", "menu.save", "Shortcut+S", p::save, noProject.or(busy)),
                item("Saveas", "menu.saveAs", "Shortcut+Shift+S", p::saveAs, noProject.or(busy)),
                item("Closeproject", "menu.close", "Shortcut+W", p::close, noProject.or(busy)),
                new SeparatorMenuItem(),
                item("Exportplanworkbook", "menu.exportWorkbook", "Shortcut+E", x::exportWorkbook, noPlan.or(busy)),
                item("ExportCSV", "menu.exportCsv", null, () -> x.exportCsv(false), noPlan.or(busy)),
                item("ExportCSVforExcel", "menu.exportCsvExcel", null, () -> x.exportCsv(true), noPlan.or(busy)),
                item("ExportPDFreport", "menu.exportPdf", null, x::exportReport, noPlan.or(busy)),
                item("ExportJSONsummary", "menu.exportJson", null, x::exportJson, noPlan.or(busy)),
                item("Printreport", "menu.print", "Shortcut+P", print, noPlan.or(busy)),
                new SeparatorMenuItem(),
                item("Quit", "menu.quit", "Shortcut+Q", () -> {
                    if (vm.confirmQuit()) {
                        Platform.exit();
                    }
                }, null));
        // Entries whose screen is not part of this window (no import wizard, no printing) are left out.
        file.getItems().removeIf(i -> i.getOnAction() == null);
        return file;
    }

    /** Undo and Redo, each naming the edit it would take back or make again; Copy and Paste; the preferences. */
    private Menu editMenu(MainViewModel vm, Runnable preferences) {
        Workspace ws = vm.workspace();
        BooleanBinding busy = Bindings.createBooleanBinding(vm.activity().busyProperty()::get,
                vm.activity().busyProperty());
        MenuItem undo = item("Undo", "menu.undo", "Shortcut+Z", ws::undo, ws.undoNameProperty().isEmpty().or(busy));
        undo.textProperty().bind(Bindings.createStringBinding(() -> ws.undoNameProperty().get().isEmpty()
                ? T.get("menu.undo") : T.get("menu.undoEdit", ws.undoNameProperty().get()), ws.undoNameProperty()));
        MenuItem redo = item("Redo", "menu.redo", "Shortcut+Shift+Z", ws::redo, ws.redoNameProperty().isEmpty().or(busy));
        redo.textProperty().bind(Bindings.createStringBinding(() -> ws.redoNameProperty().get().isEmpty()
                ? T.get("menu.redo") : T.get("menu.redoEdit", ws.redoNameProperty().get()), ws.redoNameProperty()));
        return new Menu(T.get("menu.edit"), null, undo, redo, new SeparatorMenuItem(),
                item("Copy", "menu.copy", "Shortcut+C", this::copy, null),
                item("Paste", "menu.paste", "Shortcut+V", this::paste, null),
                new SeparatorMenuItem(),
                item("Preferences", "menu.preferences", "Shortcut+Comma", preferences, null));
    }

    /** Copies what has the focus in this menu bar's window: a table's selected cells or a field's text. */
    private void copy() {
        if (getScene() != null) {
            TableClipboard.copyFocused(getScene());
        }
    }

    /** Pastes into what has the focus in this menu bar's window, as Ctrl+V does. */
    private void paste() {
        if (getScene() != null) {
            TableClipboard.pasteFocused(getScene());
        }
    }

    private static Menu viewMenu(MainViewModel vm) {
        Menu view = new Menu(T.get("menu.view"));
        int n = 1;
        for (Screen s : Screen.values()) {
            view.getItems().add(item(s.idName(), s.label(), "Shortcut+" + n++, () -> vm.show(s), vm.available(s).not()));
        }
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(T.get("menu.theme", t.label()));
            item.setId("theme" + t.idName());
            item.setToggleGroup(themes);
            item.setSelected(vm.themeProperty().get() == t);
            item.setOnAction(e -> vm.themeProperty().set(t));
            vm.themeProperty().addListener((o, a, now) -> item.setSelected(now == t));
            view.getItems().add(item);
        }
        return view;
    }

    private Menu helpMenu(Runnable about) {
        return new Menu(T.get("menu.help"), null,
                item("Keyboardshortcuts", "menu.shortcuts", "F1", this::showShortcuts, null),
                item("Guide", Guide.menuText(), null, () -> GuideWindow.show(getScene().getWindow()), null),
                item("AboutHeadroom", "menu.about", null, about, null));
    }

    /** A window listing every shortcut of this menu bar. */
    private void showShortcuts() {
        TableView<Shortcuts.Shortcut> table = new TableView<>(
                FXCollections.observableList(Shortcuts.of(this)));
        table.setId("shortcutsTable");
        table.getColumns().add(column(T.get("shortcuts.menu"), Shortcuts.Shortcut::menu));
        table.getColumns().add(column(T.get("shortcuts.command"), Shortcuts.Shortcut::command));
        table.getColumns().add(column(T.get("shortcuts.keys"), Shortcuts.Shortcut::keys));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(460, 420);
        javafx.scene.control.Alert dialog = new Alert(Alert.AlertType.NONE,
                "", ButtonType.CLOSE);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle(T.get("shortcuts.title"));
        dialog.setHeaderText(T.get("shortcuts.title"));
        dialog.getDialogPane().setContent(table);
        dialog.show();
    }

    private static TableColumn<Shortcuts.Shortcut, String> column(String title,
            Function<Shortcuts.Shortcut, String> value) {
        TableColumn<Shortcuts.Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /**
     * A menu item with id {@code "menu" + id} (the same in every language, for tests), the text of {@code key}
     * in this package's words (or the text itself when it is not a key, as for the screens' names).
     */
    private static MenuItem item(String id, String key, String accelerator, Runnable action, BooleanBinding disabled) {
        MenuItem item = new MenuItem(T.has(key) ? T.get(key) : key);
        item.setId("menu" + id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        if (action != null) {
            item.setOnAction(e -> action.run());
        }
        return item;
    }
}
