package dev.headroom.app.gui;

import dev.headroom.app.gui.access.TextSize;
import dev.headroom.app.gui.workspace.Activity;
import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window's content: the menu bar, the screens on the left, the shown screen, and a status bar with
 * the running work's progress and a Stop button. A spreadsheet or project dropped anywhere on it is opened.
 */
public final class MainView extends BorderPane {

    private static final Texts T = Texts.of(MainView.class);

    private final Map<Screen, Supplier<Node>> factories;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();

    /**
     * @param screens how to build each screen's view, built when first shown; a screen without one is not offered
     */
    public MainView(MainViewModel vm, Map<Screen, Supplier<Node>> screens, MainMenu menu) {
        this.factories = new EnumMap<>(screens);
        setTop(menu);
        setLeft(navigation(vm));
        content.setId("screenContent");
        setCenter(content);
        setBottom(statusBar(vm.activity()));
        show(vm.screenProperty().get());
        vm.screenProperty().addListener((o, a, s) -> show(s));
        setOnDragOver(this::acceptFiles);
        setOnDragDropped(e -> {
            File file = e.getDragboard().hasFiles() ? e.getDragboard().getFiles().getFirst() : null;
            e.setDropCompleted(file != null);
            e.consume();
            if (file != null) {
                vm.projects().open(file.toPath());
            }
        });
    }

    private void show(Screen s) {
        Supplier<Node> factory = factories.get(s);
        if (factory == null) {
            return;
        }
        content.getChildren().setAll(built.computeIfAbsent(s, k -> {
            Node view = factory.get();
            // Kept for when it is shown again: its tables must grow with the text meanwhile too.
            TextSize.followTables(view);
            return view;
        }));
    }

    private VBox navigation(MainViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(4);
        nav.setId("navigation");
        nav.setPadding(new Insets(12, 8, 12, 8));
        nav.setPrefWidth(150);
        nav.getStyleClass().add("navigation");
        for (Screen s : Screen.values()) {
            if (!factories.containsKey(s)) {
                continue;
            }
            ToggleButton b = new ToggleButton(s.label());
            b.setId("nav" + s.idName());
            b.setTooltip(new Tooltip(s.tooltip()));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(vm.available(s).not());
            b.setSelected(vm.screenProperty().get() == s);
            b.setOnAction(e -> {
                vm.show(s);
                b.setSelected(vm.screenProperty().get() == s);
            });
            vm.screenProperty().addListener((o, a, shown) -> b.setSelected(shown == s));
            nav.getChildren().add(b);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label project = new Label();
        project.setId("projectName");
        project.setWrapText(true);
        project.getStyleClass().add("text-muted");
        project.textProperty().bind(Bindings.createStringBinding(() -> vm.workspace().project().isEmpty() ? ""
                        : (vm.workspace().dirtyProperty().get()
                                ? T.get("project.notSaved", vm.workspace().displayName()) : vm.workspace().displayName()),
                vm.workspace().projectProperty(), vm.workspace().dirtyProperty(), vm.workspace().fileProperty()));
        nav.getChildren().addAll(spacer, project);
        return nav;
    }

    private static StatusBar statusBar(Activity activity) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        // Nothing in the bar itself takes keys (its Stop button does): the Tab key passes it by.
        bar.setFocusTraversable(false);
        bar.textProperty().bind(activity.statusProperty());
        // Show the bar only while working; -1 makes it indeterminate until the work reports a fraction.
        bar.progressProperty().bind(Bindings.when(activity.busyProperty())
                .then(activity.progressProperty()).otherwise(0.0));
        Button stop = new Button(T.get("status.stop"));
        stop.setId("stopButton");
        stop.setTooltip(new Tooltip(T.get("status.stop.tooltip")));
        stop.visibleProperty().bind(activity.busyProperty());
        stop.setOnAction(e -> activity.cancel());
        bar.getRightItems().add(stop);
        return bar;
    }

    private void acceptFiles(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }
}
