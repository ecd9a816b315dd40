package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Utilization;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;
import java.util.function.Supplier;

/**
 * Utilization as a grid: a row per pool and resource, a column per period, each cell coloured by how full the
 * pool is against its target ({@link UtilizationBand}), the numbers in its tooltip.
 */
final class UtilizationHeatMap extends VBox {

    private static final Texts T = Texts.of(UtilizationHeatMap.class);

    private final GridPane grid = new GridPane();
    private final Supplier<List<Period>> periods;

    UtilizationHeatMap(ObservableList<PlanTables.HeatRow> rows, Supplier<List<Period>> periods) {
        this.periods = periods;
        setId("utilizationHeatMap");
        Spoken.HEAT_MAP.on(this);
        setSpacing(8);
        setPadding(new Insets(8));
        grid.setHgap(3);
        grid.setVgap(2);
        Label explain = new Label(T.get("heat.explain"));
        explain.getStyleClass().add("text-muted");
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(explain, legend(), scroll);
        rows.addListener((ListChangeListener<PlanTables.HeatRow>) c -> build(rows));
        build(rows);
    }

    private static FlowPane legend() {
        // Wraps rather than cutting its words when the text is large or the window narrow.
        FlowPane legend = new FlowPane(12, 4);
        for (UtilizationBand band : UtilizationBand.values()) {
            Label swatch = new Label(switch (band) {
                case EMPTY -> "0%";
                case LOW -> "< 60%";
                case COMFORTABLE -> "60–90%";
                case NEAR -> "90–100%";
                case OVER -> "> 100%";
            });
            swatch.getStyleClass().addAll("heat-swatch", band.styleClass());
            Label words = new Label(band.words());
            words.getStyleClass().add("text-muted");
            swatch.setMinWidth(Region.USE_PREF_SIZE);
            words.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(new HBox(4, swatch, words));
        }
        return legend;
    }

    private void build(List<PlanTables.HeatRow> rows) {
        grid.getChildren().clear();
        List<Period> columns = periods.get();
        grid.add(header(T.get("column.pool")), 0, 0);
        grid.add(header(T.get("column.resource")), 1, 0);
        for (int c = 0; c < columns.size(); c++) {
            Label h = header(columns.get(c).toString());
            GridPane.setHalignment(h, HPos.CENTER);
            grid.add(h, c + 2, 0);
        }
        String lastPool = null;
        for (int r = 0; r < rows.size(); r++) {
            PlanTables.HeatRow row = rows.get(r);
            Label pool = new Label(row.pool().equals(lastPool) ? "" : row.pool());
            pool.setStyle("-fx-font-weight: bold;");
            lastPool = row.pool();
            grid.add(pool, 0, r + 1);
            grid.add(new Label(row.resource() + (row.unit().isEmpty() ? "" : " (" + row.unit() + ")")), 1, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                grid.add(cell(row, row.cells().get(c)), c + 2, r + 1);
            }
        }
        for (var child : grid.getChildren()) {
            if (GridPane.getColumnIndex(child) < 2) {
                GridPane.setMargin(child, new Insets(0, 12, 0, 0));
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label cell(PlanTables.HeatRow row, Utilization u) {
        if (u == null) {
            Label none = new Label("–");
            none.getStyleClass().addAll("heat-cell", UtilizationBand.EMPTY.styleClass());
            return none;
        }
        double ratio = u.ratio();
        UtilizationBand band = UtilizationBand.of(ratio);
        Label l = new Label(Double.isInfinite(ratio) ? T.get("heat.noCap") : T.get("heat.percent", PlanWords.percent(ratio * 100)));
        l.getStyleClass().addAll("heat-cell", band.styleClass());
        String unit = row.unit().isEmpty() ? "" : " " + row.unit();
        Tooltip tip = new Tooltip(T.get("heat.tip.where", row.pool(), row.resource(), u.period()) + "\n"
                + T.get("heat.tip.demand", PlanWords.amount(u.demand()) + unit, PlanWords.amount(u.capacity()) + unit)
                + "\n" + (Double.isInfinite(ratio) ? T.get("heat.tip.noCapacity")
                : T.get("heat.tip.ratio", PlanWords.percent(ratio * 100), band.words())));
        tip.setShowDelay(Duration.millis(150));
        l.setTooltip(tip);
        return l;
    }
}
