package dev.headroom.app.gui.data;

import dev.headroom.app.gui.access.Spoken;
import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Workload;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * The workloads tab: filters above, the workloads with their placement (editable) and a sparkline of recent use
 * per resource, and below them the selected workload's whole history of one resource.
 */
final class WorkloadsView extends SplitPane {

    private static final Texts T = Texts.of(WorkloadsView.class);

    private final WorkloadsViewModel vm;
    private final TableView<EditRow<Workload>> table;
    private final List<TableColumn<EditRow<Workload>, ?>> usageColumns = new ArrayList<>();
    private final HBox resourceButtons = new HBox();
    private final ToggleGroup resourceGroup = new ToggleGroup();
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final NumberAxis periods = new NumberAxis();
    private List<WorkloadsViewModel.Point> plotted = List.of();

    WorkloadsView(WorkloadsViewModel vm) {
        this.vm = vm;
        setOrientation(Orientation.VERTICAL);
        TableEditor<Workload> editor = new TableEditor<>("workloadsTable", vm.table(), vm.shownRows(), T.get("what.workload"));
        this.table = editor.tableView();
        editor.getChildren().addFirst(filters());
        getItems().addAll(editor, history());
        setDividerPositions(0.6);

        usageColumns();
        vm.resources().addListener((ListChangeListener<Resource>) c -> {
            usageColumns();
            resourceButtons();
        });
        resourceButtons();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> select(row));
        select(vm.selectedProperty().get());
    }

    private void select(EditRow<Workload> row) {
        if (row != null && table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
        }
    }

    private HBox filters() {
        TextField text = new TextField();
        text.setId("workloadFilter");
        Spoken.WORKLOAD_FILTER.on(text);
        text.setPromptText(T.get("workloads.filter"));
        text.setPrefColumnCount(24);
        text.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<String> pool = new ComboBox<>();
        pool.setId("poolFilter");
        Spoken.POOL_FILTER.on(pool);
        pool.getItems().add(null);
        pool.getItems().addAll(vm.pools());
        vm.pools().addListener((ListChangeListener<String>) c -> {
            pool.getItems().setAll(vm.pools());
            pool.getItems().addFirst(null);
        });
        pool.setButtonCell(new PoolCell());
        pool.setCellFactory(l -> new PoolCell());
        pool.valueProperty().bindBidirectional(vm.poolFilterProperty());
        Label count = new Label();
        count.setId("workloadCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(vm.countProperty());
        HBox bar = new HBox(8, text, pool, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox history() {
        Label title = new Label();
        title.setId("historyTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(vm.historyTitleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, resourceButtons);
        head.setAlignment(Pos.CENTER_LEFT);

        // Periods as numbers, labelled with their names: a few readable labels instead of one per period.
        periods.setAutoRanging(false);
        periods.setMinorTickVisible(false);
        periods.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                return i >= 0 && i < plotted.size() && Math.abs(n.doubleValue() - i) < 1e-6 ? plotted.get(i).period() : "";
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(periods, values);
        chart.setId("historyChart");
        Spoken.HISTORY_CHART.on(chart);
        chart.getStyleClass().add("history-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getData().add(series);
        vm.historyProperty().addListener((o, a, points) -> plot(points));
        plot(vm.historyProperty().get());
        VBox box = new VBox(4, head, chart);
        box.setPadding(new Insets(8, 12, 8, 12));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private void plot(List<WorkloadsViewModel.Point> points) {
        plotted = points;
        int last = Math.max(1, points.size() - 1);
        // About six labels, at whole steps of 1, 3, 6, 12… periods from the first.
        int step = last <= 6 ? 1 : last <= 18 ? 3 : last <= 36 ? 6 : 12 * (1 + last / 72);
        periods.setLowerBound(0);
        periods.setUpperBound(last);
        periods.setTickUnit(step);
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            data.add(new XYChart.Data<>(i, points.get(i).value()));
        }
        series.getData().setAll(data);
    }

    private void resourceButtons() {
        resourceButtons.getChildren().clear();
        List<Resource> resources = vm.resources();
        for (int i = 0; i < resources.size(); i++) {
            String name = resources.get(i).name();
            ToggleButton b = new ToggleButton(name);
            b.setId("historyResource-" + name);
            b.setToggleGroup(resourceGroup);
            b.getStyleClass().add(resources.size() == 1 ? "" : i == 0 ? Styles.LEFT_PILL
                    : i == resources.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.setSelected(name.equals(vm.selectedResourceProperty().get()));
            b.setOnAction(e -> {
                vm.selectedResourceProperty().set(name);
                b.setSelected(true);
            });
            resourceButtons.getChildren().add(b);
        }
    }

    /** One column per resource: the last periods as a sparkline, then the latest value with its unit. */
    private void usageColumns() {
        table.getColumns().removeAll(usageColumns);
        usageColumns.clear();
        for (Resource r : vm.resources()) {
            TableColumn<EditRow<Workload>, EditRow<Workload>> col = new TableColumn<>();
            // Name over unit: four resources then fit beside the placement columns at 1280 pixels.
            Label header = new Label(r.name() + (r.unit().isEmpty() ? "" : "\n" + r.unit()));
            header.setTooltip(new Tooltip(T.get("usage.header.tooltip", WorkloadsViewModel.RECENT)));
            col.setGraphic(header);
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
            col.setCellFactory(c -> new UsageCell(r.name()));
            col.setEditable(false);
            col.setSortable(false);
            col.setPrefWidth(Sparkline.WIDTH + 64);
            TableEditor.fitHeader(col, header);
            usageColumns.add(col);
        }
        table.getColumns().addAll(usageColumns);
    }

    private final class UsageCell extends TableCell<EditRow<Workload>, EditRow<Workload>> {
        private final Sparkline line = new Sparkline();
        private final Label latest = new Label();
        private final HBox box = new HBox(6, line, latest);
        private final Tooltip tip = new Tooltip();
        private final String resource;

        UsageCell(String resource) {
            this.resource = resource;
            box.setAlignment(Pos.CENTER_LEFT);
            latest.getStyleClass().add("usage-latest");
        }

        @Override
        protected void updateItem(EditRow<Workload> row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String name = row.original().name();
            line.show(vm.recent(name, resource));
            latest.setText(vm.latestValue(name, resource));
            tip.setText(T.get("usage.cell.tooltip", vm.latest(name, resource), WorkloadsViewModel.RECENT));
            setTooltip(tip);
            setGraphic(box);
        }
    }

    private static final class PoolCell extends ListCell<String> {
        @Override
        protected void updateItem(String pool, boolean empty) {
            super.updateItem(pool, empty);
            setText(empty ? null : pool == null ? T.get("workloads.allPools") : T.get("workloads.pool", pool));
        }
    }
}
