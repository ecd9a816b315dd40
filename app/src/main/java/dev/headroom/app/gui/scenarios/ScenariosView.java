package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.access.Spoken;
import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.plan.Tables;
import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Scenarios screen: the what-ifs on the left (tick to compare, select to edit, plan one or all, create from
 * the baseline), the selected one's changes on the right, and the ticked ones side by side below.
 */
public final class ScenariosView extends BorderPane {

    private static final Texts T = Texts.of(ScenariosView.class);

    public ScenariosView(ScenariosViewModel vm) {
        setId("scenariosView");
        setPadding(new Insets(12, 16, 8, 16));
        VBox left = list(vm);
        left.setPrefWidth(400);
        left.setMinWidth(360);
        SplitPane right = new SplitPane(new ChangesPane(vm.editor(), vm.idleProperty()), new ComparisonPane(vm));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.4);
        SplitPane main = new SplitPane(left, right);
        main.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(left, false);
        setCenter(main);
    }

    private static VBox list(ScenariosViewModel vm) {
        Label title = new Label(T.get("title"));
        title.getStyleClass().add(Styles.TITLE_3);
        TableView<ScenarioItem> table = Tables.of("scenarioTable", vm.items(), T.get("create.noProject"));
        title.setLabelFor(table);
        table.setEditable(true);
        TableColumn<ScenarioItem, Boolean> compare = new TableColumn<>(T.get("column.compare"));
        compare.setCellValueFactory(c -> c.getValue().compareProperty());
        compare.setCellFactory(CheckBoxTableCell.forTableColumn(compare));
        compare.setEditable(true);
        compare.setPrefWidth(86);
        compare.setMinWidth(86);
        compare.setMaxWidth(86);
        table.getColumns().add(compare);
        TableColumn<ScenarioItem, String> name = Tables.text(T.get("column.scenario"), ScenarioItem::name);
        name.setEditable(false);
        table.getColumns().add(name);
        TableColumn<ScenarioItem, String> plan = Tables.text(T.get("column.plan"), ScenarioItem::plan);
        plan.setEditable(false);
        table.getColumns().add(plan);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScenarioItem item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.description().isEmpty()
                        ? T.get("changes.count", item.changes())
                        : item.description() + "\n" + T.get("changes.count", item.changes())));
            }
        });
        // The list's selection is the scenario every screen shows.
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item.name());
            }
        });
        Runnable select = () -> vm.items().stream().filter(i -> i.name().equals(vm.selectedProperty().get()))
                .findFirst().ifPresent(i -> table.getSelectionModel().select(i));
        vm.items().addListener((ListChangeListener<ScenarioItem>) c -> select.run());
        vm.selectedProperty().addListener((o, a, s) -> select.run());
        select.run();
        Button planOne = button("planScenarioButton", T.get("plan"), T.get("plan.tooltip"), vm::planSelected);
        planOne.getStyleClass().add(Styles.ACCENT);
        Button planAll = button("planAllButton", T.get("planAll"), T.get("planAll.tooltip"),
                vm::planAll);
        Button delete = button("deleteScenarioButton", T.get("delete"), T.get("delete.tooltip"), vm::delete);
        delete.getStyleClass().add(Styles.DANGER);
        for (Button b : new Button[]{planOne, planAll}) {
            b.disableProperty().bind(vm.idleProperty().not());
        }
        delete.disableProperty().bind(vm.idleProperty().not().or(vm.editor().editableProperty().not()));
        HBox actions = new HBox(8, planOne, planAll, delete);

        Label createTitle = new Label(T.get("create.title"));
        createTitle.getStyleClass().add(Styles.TITLE_4);
        TextField newName = new TextField();
        newName.setId("newScenarioName");
        Spoken.NEW_SCENARIO_NAME.on(newName);
        newName.setPromptText(T.get("create.name.prompt"));
        newName.textProperty().bindBidirectional(vm.newNameProperty());
        TextField newDescription = new TextField();
        newDescription.setId("newScenarioDescription");
        Spoken.NEW_SCENARIO_DESCRIPTION.on(newDescription);
        newDescription.setPromptText(T.get("create.description.prompt"));
        newDescription.textProperty().bindBidirectional(vm.newDescriptionProperty());
        Button create = button("createScenarioButton", T.get("create"), T.get("create.tooltip"), vm::create);
        create.disableProperty().bind(vm.idleProperty().not());
        newName.setOnAction(e -> vm.create());
        HBox.setHgrow(newName, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("newScenarioProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.newNameProblemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(vm.newNameProblemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        table.setPrefHeight(190);
        table.setMinHeight(120);
        var chart = ComparisonPane.costChart(vm);
        chart.setMinHeight(180);
        chart.setMaxHeight(380);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.SOMETIMES);
        VBox box = new VBox(8, title, table, actions, createTitle, new HBox(8, newName, create), newDescription, problem,
                chart);
        box.setPadding(new Insets(0, 12, 0, 0));
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
