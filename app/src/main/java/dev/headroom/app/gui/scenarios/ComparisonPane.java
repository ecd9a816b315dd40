package dev.headroom.app.gui.scenarios;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Map;

/** The ticked scenarios side by side: a table of their figures and a bar chart of their total cost. */
final class ComparisonPane extends VBox {

    private final ScenariosViewModel vm;
    private final TableView<ComparisonRows.Row> table = new TableView<>();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());

    ComparisonPane(ScenariosViewModel vm) {
        this.vm = vm;
        setId("comparisonPane");
        setSpacing(6);
        setPadding(new Insets(8, 0, 0, 12));
        Label title = new Label("Side by side");
        title.getStyleClass().add(Styles.TITLE_4);
        Label note = new Label();
        note.setId("comparisonNote");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.textProperty().bind(vm.comparisonNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        table.setId("comparisonTable");
        table.setItems(vm.comparison());
        table.setPlaceholder(new Label("Nothing to compare yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        chart.setId("comparisonChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Total cost");
        chart.setMinWidth(220);
        SplitPane split = new SplitPane(table, chart);
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, note, split);
        vm.comparedColumns().addListener((ListChangeListener<String>) c -> columns());
        vm.costsProperty().addListener((o, a, costs) -> bars(costs));
        columns();
        bars(vm.costsProperty().get());
    }

    private void columns() {
        table.getColumns().clear();
        TableColumn<ComparisonRows.Row, String> figure = new TableColumn<>("");
        figure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().figure()));
        figure.setSortable(false);
        figure.setPrefWidth(200);
        table.getColumns().add(figure);
        for (int i = 0; i < vm.comparedColumns().size(); i++) {
            int col = i;
            TableColumn<ComparisonRows.Row, String> c = new TableColumn<>(vm.comparedColumns().get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(col < cell.getValue().values().size()
                    ? cell.getValue().values().get(col) : ""));
            c.setSortable(false);
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
            table.getColumns().add(c);
        }
    }

    private void bars(Map<String, Double> costs) {
        chart.getData().clear();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        costs.forEach((name, cost) -> series.getData().add(new XYChart.Data<>(name, cost)));
        chart.getData().add(series);
    }
}
