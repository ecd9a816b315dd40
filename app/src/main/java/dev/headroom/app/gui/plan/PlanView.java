package dev.headroom.app.gui.plan;

import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;

/**
 * The Plan screen: pick a scenario and plan it, watch best cost and bound while the solver works, then read the
 * plan: its status and cost above, and tabs for purchases (table and timeline), utilization, runway, unmet
 * demand and placement.
 */
public final class PlanView extends BorderPane {

    private static final Texts T = Texts.of(PlanView.class);

    public PlanView(PlanViewModel vm) {
        setId("planView");
        getStylesheets().add(Objects.requireNonNull(PlanView.class.getResource("plan.css")).toExternalForm());
        setPadding(new Insets(12, 16, 8, 16));
        setTop(new VBox(10, toolbar(vm), summary(vm)));

        Label empty = new Label();
        empty.setId("planEmpty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(vm::emptyMessage, vm.scenarioProperty()));
        TabPane tabs = tabs(vm);
        StackPane center = new StackPane(tabs, empty);
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(24, 0, 0, 0));
        tabs.visibleProperty().bind(vm.planProperty().isNotNull());
        empty.visibleProperty().bind(vm.planProperty().isNull());
        BorderPane.setMargin(center, new Insets(10, 0, 0, 0));
        setCenter(center);
    }

    private static HBox toolbar(PlanViewModel vm) {
        Label title = new Label(T.get("title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<String> scenario = new ComboBox<>(vm.scenarios());
        scenario.setId("scenarioChoice");
        // Not bound both ways: a combo box clears its value while its items are replaced, and the shown scenario
        // must never become none.
        scenario.setValue(vm.scenarioProperty().get());
        vm.scenarioProperty().addListener((o, a, s) -> scenario.setValue(s));
        scenario.valueProperty().addListener((o, a, s) -> {
            if (s != null) {
                vm.scenarioProperty().set(s);
            } else {
                scenario.setValue(vm.scenarioProperty().get());
            }
        });
        scenario.setTooltip(new Tooltip(T.get("scenario.tooltip")));
        Button plan = new Button(T.get("plan"));
        plan.setId("planButton");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setTooltip(new Tooltip(T.get("plan.tooltip")));
        plan.disableProperty().bind(vm.canPlanProperty().not());
        plan.setOnAction(e -> vm.plan());
        Label stale = new Label(T.get("stale"));
        stale.setId("planOutOfDate");
        stale.getStyleClass().add(Styles.WARNING);
        stale.visibleProperty().bind(vm.outOfDateProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        MenuButton export = new MenuButton(T.get("export"));
        export.setId("exportButton");
        export.getItems().addAll(
                item("exportWorkbook", T.get("export.workbook"), () -> vm.exports().exportWorkbook()),
                item("exportCsv", T.get("export.csv"), () -> vm.exports().exportCsv(false)),
                item("exportCsvExcel", T.get("export.csvExcel"), () -> vm.exports().exportCsv(true)),
                item("exportReport", T.get("export.report"), () -> vm.exports().exportReport()),
                item("exportJson", T.get("export.json"), () -> vm.exports().exportJson()));
        export.disableProperty().bind(vm.planProperty().isNull().or(vm.busyProperty()));
        Label scenarioLabel = new Label(T.get("scenario"));
        scenarioLabel.setLabelFor(scenario);
        HBox bar = new HBox(10, title, spacer(16), scenarioLabel, scenario, plan, export, stale);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static HBox summary(PlanViewModel vm) {
        Label status = figure("planStatus", vm.headlineProperty());
        Label proof = new Label();
        proof.setId("planProof");
        proof.textProperty().bind(vm.proofProperty());
        proof.getStyleClass().add("text-muted");
        proof.setWrapText(true);
        VBox statusBox = card(T.get("card.status"), status, proof);
        statusBox.setPrefWidth(380);
        HBox.setHgrow(statusBox, Priority.SOMETIMES);
        Label moves = new Label();
        moves.setId("planMoves");
        moves.textProperty().bind(vm.movesProperty());
        moves.getStyleClass().add("text-muted");
        moves.visibleProperty().bind(vm.movesProperty().isNotEmpty());
        moves.managedProperty().bind(moves.visibleProperty());
        VBox costBox = card(T.get("card.cost"), figure("planCost", vm.costProperty()), moves);
        VBox timeBox = card(T.get("card.time"), figure("planSolveTime", vm.solveTimeProperty()));
        HBox figures = new HBox(12, statusBox, costBox, timeBox);
        figures.visibleProperty().bind(vm.planProperty().isNotNull());
        figures.managedProperty().bind(figures.visibleProperty());
        SolveChart chart = new SolveChart(vm.trace());
        chart.setPrefSize(420, 150);
        chart.setMinHeight(150);
        chart.setMaxHeight(170);
        chart.setLegendVisible(true);
        chart.visibleProperty().bind(Bindings.isNotEmpty(vm.trace()));
        chart.managedProperty().bind(chart.visibleProperty());
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox row = new HBox(12, figures, chart);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label figure(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private static VBox card(String caption, Node... content) {
        Label c = new Label(caption);
        c.getStyleClass().add("text-muted");
        VBox box = new VBox(4, c);
        box.getChildren().addAll(content);
        box.getStyleClass().add("plan-card");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static TabPane tabs(PlanViewModel vm) {
        TabPane tabs = new TabPane(
                tab(T.get("tab.purchases"), purchases(vm)),
                tab(T.get("tab.utilization"), new UtilizationHeatMap(vm.heatMap(),
                        () -> vm.planProperty().get() == null ? List.of() : vm.planProperty().get().periods())),
                tab(T.get("tab.runway"), runway(vm)),
                tab(T.get("tab.unmet"), unmet(vm)),
                tab(T.get("tab.placement"), placement(vm)));
        tabs.setId("planTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        Spoken.nameTables(content, name);
        t.setId("tab" + name.replace(" ", ""));
        return t;
    }

    private static SplitPane purchases(PlanViewModel vm) {
        TableView<Purchase> table = Tables.of("purchaseTable", vm.purchases(),
                T.get("purchases.none"));
        table.getColumns().add(Tables.text(T.get("column.usableFrom"), (Purchase p) -> p.period().toString()));
        table.getColumns().add(Tables.text(T.get("column.orderBy"), (Purchase p) -> p.orderBy().toString()));
        table.getColumns().add(Tables.text(T.get("column.pool"), Purchase::pool));
        table.getColumns().add(Tables.text(T.get("column.nodeType"), Purchase::nodeType));
        table.getColumns().add(Tables.number(T.get("column.count"), Purchase::count, v -> PlanWords.amount(v)));
        table.getColumns().add(Tables.number(T.get("column.cost"), Purchase::cost, PlanWords::money));
        table.setMinWidth(560);
        SplitPane split = new SplitPane(table, new PurchaseTimeline(vm));
        split.setDividerPositions(0.5);
        return split;
    }

    private static TableView<Runway> runway(PlanViewModel vm) {
        TableView<Runway> table = Tables.of("runwayTable", vm.runway(), T.get("runway.none"));
        table.getColumns().add(Tables.text(T.get("column.pool"), Runway::pool));
        table.getColumns().add(Tables.text(T.get("column.resource"), (Runway r) -> r.resource()
                + unit(vm.units().getOrDefault(r.resource(), ""))));
        table.getColumns().add(Tables.text(T.get("column.runsOut"), (Runway r) -> r.exhaustedAt()
                .map(Object::toString).orElse(T.get("runway.never"))));
        table.getColumns().add(Tables.number(T.get("column.periodsLeft"), Runway::periodsLeft, v -> PlanWords.amount(v)));
        return table;
    }

    private static TableView<UnmetDemand> unmet(PlanViewModel vm) {
        TableView<UnmetDemand> table = Tables.of("unmetTable", vm.unmet(), T.get("unmet.none"));
        table.getColumns().add(Tables.text(T.get("column.pool"), UnmetDemand::pool));
        table.getColumns().add(Tables.text(T.get("column.resource"), UnmetDemand::resource));
        table.getColumns().add(Tables.text(T.get("column.period"), (UnmetDemand u) -> u.period().toString()));
        table.getColumns().add(Tables.number(T.get("column.unmet"), UnmetDemand::amount, PlanWords::amount));
        table.getColumns().add(Tables.text(T.get("column.why"), (UnmetDemand u) -> u.reasonIn(T.locale())));
        return table;
    }

    private static TableView<Assignment> placement(PlanViewModel vm) {
        TableView<Assignment> table = Tables.of("placementTable", vm.placement(), T.get("placement.none"));
        table.getColumns().add(Tables.text(T.get("column.workload"), Assignment::workload));
        table.getColumns().add(Tables.text(T.get("column.period"), (Assignment a) -> a.period().toString()));
        table.getColumns().add(Tables.text(T.get("column.pool"), Assignment::pool));
        table.getColumns().add(Tables.text(T.get("column.node"), (Assignment a) -> a.node() == null ? "" : a.node()));
        return table;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private static String unit(String unit) {
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }

    private static Region spacer(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }
}
