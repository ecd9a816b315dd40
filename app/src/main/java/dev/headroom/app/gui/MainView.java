package dev.headroom.app.gui;

import dev.headroom.core.model.Resource;
import dev.headroom.core.plan.Purchase;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

import java.util.Locale;
import java.util.function.Function;

/** The main window's content: a toolbar, the workloads, the purchases of the plan, a status bar. */
public final class MainView extends BorderPane {

    public MainView(MainViewModel vm) {
        setTop(toolbar(vm));
        SplitPane split = new SplitPane(titled("Workloads", workloadTable(vm)),
                titled("Purchases", purchaseTable(vm)));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setCenter(split);
        setBottom(statusBar(vm));
    }

    private ToolBar toolbar(MainViewModel vm) {
        Button open = new Button("Open…");
        open.setId("openButton");
        open.setOnAction(e -> vm.openWorkbook());
        open.disableProperty().bind(vm.busyProperty());
        Button sample = new Button("Open sample");
        sample.setId("sampleButton");
        sample.setOnAction(e -> vm.openSample());
        sample.disableProperty().bind(vm.busyProperty());
        Button plan = new Button("Plan");
        plan.setId("planButton");
        plan.setDefaultButton(true);
        plan.setOnAction(e -> vm.runPlan());
        plan.disableProperty().bind(vm.canPlanProperty().not());
        Button cancel = new Button("Stop");
        cancel.setId("cancelButton");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.busyProperty().not());
        Label summary = new Label();
        summary.setId("planSummary");
        summary.textProperty().bind(vm.planSummaryProperty());
        return new ToolBar(open, sample, plan, cancel, summary);
    }

    private static VBox titled(String title, TableView<?> table) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(4, label, table);
        box.setPadding(new Insets(6));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableView<WorkloadRow> workloadTable(MainViewModel vm) {
        TableView<WorkloadRow> table = new TableView<>(vm.workloads());
        table.setId("workloadTable");
        table.setPlaceholder(new Label("No planning input open. Use Open… or Open sample."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Workload", WorkloadRow::workload));
        table.getColumns().add(column("Placement", WorkloadRow::placement));
        table.getColumns().add(column("Pools", WorkloadRow::pools));
        // One column per resource of the open input: its latest observed usage.
        vm.resources().addListener((ListChangeListener<Resource>) c -> {
            table.getColumns().remove(3, table.getColumns().size());
            for (Resource resource : vm.resources()) {
                String unit = resource.unit().isEmpty() ? "" : " (" + resource.unit() + ")";
                TableColumn<WorkloadRow, String> col = column("Latest " + resource.name() + unit, row -> {
                    Double v = row.latestUsage().get(resource.name());
                    return v == null ? "" : String.format(Locale.ROOT, "%,.2f", v);
                });
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
                table.getColumns().add(col);
            }
        });
        return table;
    }

    private static TableView<Purchase> purchaseTable(MainViewModel vm) {
        TableView<Purchase> table = new TableView<>(vm.purchases());
        table.setId("purchaseTable");
        table.setPlaceholder(new Label("No plan yet. Press Plan."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Usable from", p -> p.period().toString()));
        table.getColumns().add(column("Order by", p -> p.orderBy().toString()));
        table.getColumns().add(column("Pool", Purchase::pool));
        table.getColumns().add(column("Node type", Purchase::nodeType));
        TableColumn<Purchase, Integer> count = new TableColumn<>("Count");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(count);
        TableColumn<Purchase, String> cost = column("Cost", p -> String.format(Locale.ROOT, "%,.2f", p.cost()));
        cost.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(cost);
        return table;
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value) {
        TableColumn<S, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    private static StatusBar statusBar(MainViewModel vm) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(vm.statusProperty());
        // Show the bar only while working; -1 makes it indeterminate until the solver reports a fraction.
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(vm.progressProperty()).otherwise(0.0));
        return bar;
    }
}
