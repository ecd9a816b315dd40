package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Period;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.SortedMap;

/** What is bought when: nodes or their cost per period (by the period they are usable from), stacked by pool. */
final class PurchaseTimeline extends VBox {

    private static final Texts T = Texts.of(PurchaseTimeline.class);

    private final PlanViewModel vm;
    private final StackedBarChart<String, Number> chart;
    private final CategoryAxis periods = new CategoryAxis();
    private final NumberAxis amount = new NumberAxis();
    private final ToggleButton byCost = new ToggleButton(T.get("timeline.cost"));

    PurchaseTimeline(PlanViewModel vm) {
        this.vm = vm;
        setId("purchaseTimeline");
        setSpacing(6);
        setPadding(new Insets(6, 6, 0, 10));
        chart = Spoken.PURCHASE_CHART.on(new StackedBarChart<>(periods, amount));
        chart.setId("purchaseChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        periods.setLabel(T.get("timeline.usableFrom"));
        amount.setMinorTickVisible(false);
        // Nodes come whole: no ticks at half a node.
        amount.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return !byCost.isSelected() && v != Math.rint(v) ? "" : PlanWords.money(v);
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(",", ""));
            }
        });
        ToggleButton byNodes = new ToggleButton(T.get("timeline.nodes"));
        ToggleGroup group = new ToggleGroup();
        byNodes.setToggleGroup(group);
        byCost.setToggleGroup(group);
        byNodes.setSelected(true);
        byNodes.getStyleClass().add("left-pill");
        byCost.getStyleClass().add("right-pill");
        byCost.setId("timelineByCost");
        byCost.setTooltip(new Tooltip(T.get("timeline.cost.tooltip")));
        // Keep one of the two pressed.
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                build();
            }
        });
        Label title = new Label(T.get("timeline.title"));
        title.getStyleClass().add("title-4");
        HBox head = new HBox(10, title, new HBox(byNodes, byCost));
        head.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(head, chart);
        vm.planProperty().addListener((o, a, p) -> build());
        build();
    }

    private void build() {
        boolean cost = byCost.isSelected();
        amount.setLabel(cost ? T.get("timeline.axis.cost") : T.get("timeline.axis.nodes"));
        chart.getData().clear();
        List<Period> all = vm.planProperty().get() == null ? List.of() : vm.planProperty().get().periods();
        periods.getCategories().setAll(all.stream().map(Period::toString).toList());
        SortedMap<String, SortedMap<Period, Double>> byPool = vm.timeline(cost);
        byPool.forEach((pool, bought) -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(pool);
            for (Period p : all) {
                series.getData().add(new XYChart.Data<>(p.toString(), bought.getOrDefault(p, 0.0)));
            }
            chart.getData().add(series);
        });
    }
}
