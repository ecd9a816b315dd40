package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.access.Spoken;
import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;


/** The ticked scenarios side by side: a table of their figures, one column per scenario. */
final class ComparisonPane extends VBox {

    private static final Texts T = Texts.of(ComparisonPane.class);

    private final ScenariosViewModel vm;
    private final TableView<ComparisonRows.Row> table = new TableView<>();

    ComparisonPane(ScenariosViewModel vm) {
        this.vm = vm;
        setId("comparisonPane");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 12));
        Label title = new Label(T.get("comparison.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label note = new Label();
        note.setId("comparisonNote");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.textProperty().bind(vm.comparisonNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        table.setId("comparisonTable");
        title.setLabelFor(table);
        table.setItems(vm.comparison());
        table.setPlaceholder(new Label(T.get("comparison.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, note, table);
        vm.comparedColumns().addListener((ListChangeListener<String>) c -> columns());
        columns();
    }

    /** Each compared scenario's total cost as a bar, in column order. */
    static BarChart<String, Number> costChart(ScenariosViewModel vm) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId("comparisonChart");
        Spoken.COMPARISON_CHART.on(chart);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(T.get("comparison.totalCost"));
        Runnable bars = () -> {
            chart.getData().clear();
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            vm.costsProperty().get().forEach((name, cost) -> series.getData().add(new XYChart.Data<>(name, cost)));
            chart.getData().add(series);
        };
        vm.costsProperty().addListener((o, a, costs) -> bars.run());
        bars.run();
        return chart;
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<ComparisonRows.Row, String> figure = new TableColumn<>("");
        figure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().figure()));
        figure.setSortable(false);
        figure.setPrefWidth(190);
        figure.setMinWidth(170);
        table.getColumns().add(figure);
        for (int i = 0; i < vm.comparedColumns().size(); i++) {
            int col = i;
            // The scenario's name wraps in the header rather than being cut short.
            Label header = new Label(vm.comparedColumns().get(i));
            header.setWrapText(true);
            header.setStyle("-fx-font-weight: bold;");
            header.setTooltip(new Tooltip(vm.comparedColumns().get(i)));
            TableColumn<ComparisonRows.Row, String> c = new TableColumn<>();
            c.setGraphic(header);
            c.setMinWidth(120);
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(col < cell.getValue().values().size()
                    ? cell.getValue().values().get(col) : ""));
            c.setSortable(false);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(c);
        }
    }
}
