package dev.headroom.app.gui.plan;

import atlantafx.base.theme.Styles;
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
        Label title = new Label("Plan");
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
        scenario.setTooltip(new Tooltip("The scenario shown here, in the other screens and in the exports"));
        Button plan = new Button("Plan");
        plan.setId("planButton");
        plan.getStyleClass().add(Styles.ACCENT);
        plan.setTooltip(new Tooltip("Forecast demand and find the cheapest purchases; Stop keeps the best plan so far"));
        plan.disableProperty().bind(vm.canPlanProperty().not());
        plan.setOnAction(e -> vm.plan());
        Label stale = new Label("Out of date: the input or this scenario changed since it was planned. Plan again.");
        stale.setId("planOutOfDate");
        stale.getStyleClass().add(Styles.WARNING);
        stale.visibleProperty().bind(vm.outOfDateProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        MenuButton export = new MenuButton("Export");
        export.setId("exportButton");
        export.getItems().addAll(
                item("exportWorkbook", "Plan workbook…", () -> vm.exports().exportWorkbook()),
                item("exportCsv", "CSV files…", () -> vm.exports().exportCsv(false)),
                item("exportCsvExcel", "CSV files for Excel…", () -> vm.exports().exportCsv(true)),
                item("exportReport", "PDF report…", () -> vm.exports().exportReport()),
                item("exportJson", "JSON summary…", () -> vm.exports().exportJson()));
        export.disableProperty().bind(vm.planProperty().isNull().or(vm.busyProperty()));
        HBox bar = new HBox(10, title, spacer(16), new Label("Scenario"), scenario, plan, export, stale);
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
        VBox statusBox = card("Status", status, proof);
        statusBox.setPrefWidth(380);
        HBox.setHgrow(statusBox, Priority.SOMETIMES);
        VBox costBox = card("Total cost", figure("planCost", vm.costProperty()));
        VBox timeBox = card("Solve time", figure("planSolveTime", vm.solveTimeProperty()));
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
                tab("Purchases", purchases(vm)),
                tab("Utilization", new UtilizationHeatMap(vm.heatMap(),
                        () -> vm.planProperty().get() == null ? List.of() : vm.planProperty().get().periods())),
                tab("Runway", runway(vm)),
                tab("Unmet demand", unmet(vm)),
                tab("Placement", placement(vm)));
        tabs.setId("planTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setId("tab" + name.replace(" ", ""));
        return t;
    }

    private static SplitPane purchases(PlanViewModel vm) {
        TableView<Purchase> table = Tables.of("purchaseTable", vm.purchases(),
                "Nothing to buy: the existing nodes hold the demand for the whole horizon.");
        table.getColumns().add(Tables.text("Usable from", (Purchase p) -> p.period().toString()));
        table.getColumns().add(Tables.text("Order by", (Purchase p) -> p.orderBy().toString()));
        table.getColumns().add(Tables.text("Pool", Purchase::pool));
        table.getColumns().add(Tables.text("Node type", Purchase::nodeType));
        table.getColumns().add(Tables.number("Count", Purchase::count, v -> PlanWords.amount(v)));
        table.getColumns().add(Tables.number("Cost", Purchase::cost, PlanWords::money));
        table.setMinWidth(560);
        SplitPane split = new SplitPane(table, new PurchaseTimeline(vm));
        split.setDividerPositions(0.5);
        return split;
    }

    private static TableView<Runway> runway(PlanViewModel vm) {
        TableView<Runway> table = Tables.of("runwayTable", vm.runway(), "No pool has a resource to run out of.");
        table.getColumns().add(Tables.text("Pool", Runway::pool));
        table.getColumns().add(Tables.text("Resource", (Runway r) -> r.resource()
                + unit(vm.units().getOrDefault(r.resource(), ""))));
        table.getColumns().add(Tables.text("Runs out in, buying nothing", (Runway r) -> r.exhaustedAt()
                .map(Object::toString).orElse("not within the horizon")));
        table.getColumns().add(Tables.number("Periods left", Runway::periodsLeft, v -> PlanWords.amount(v)));
        return table;
    }

    private static TableView<UnmetDemand> unmet(PlanViewModel vm) {
        TableView<UnmetDemand> table = Tables.of("unmetTable", vm.unmet(), "All demand is met.");
        table.getColumns().add(Tables.text("Pool", UnmetDemand::pool));
        table.getColumns().add(Tables.text("Resource", UnmetDemand::resource));
        table.getColumns().add(Tables.text("Period", (UnmetDemand u) -> u.period().toString()));
        table.getColumns().add(Tables.number("Unmet", UnmetDemand::amount, PlanWords::amount));
        table.getColumns().add(Tables.text("Why", UnmetDemand::reason));
        return table;
    }

    private static TableView<Assignment> placement(PlanViewModel vm) {
        TableView<Assignment> table = Tables.of("placementTable", vm.placement(), "Nothing is placed.");
        table.getColumns().add(Tables.text("Workload", Assignment::workload));
        table.getColumns().add(Tables.text("Period", (Assignment a) -> a.period().toString()));
        table.getColumns().add(Tables.text("Pool", Assignment::pool));
        table.getColumns().add(Tables.text("Node", (Assignment a) -> a.node() == null ? "" : a.node()));
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
