package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/** The solver's best cost and proven lower bound over elapsed seconds, updated as they improve. */
final class SolveChart extends LineChart<Number, Number> {

    private static final Texts T = Texts.of(SolveChart.class);

    private final XYChart.Series<Number, Number> best = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> bound = new XYChart.Series<>();

    SolveChart(ObservableList<ScenarioPlanner.SolvePoint> trace) {
        super(new NumberAxis(), new NumberAxis());
        setId("solveChart");
        Spoken.SOLVE_CHART.on(this);
        getXAxis().setLabel(T.get("solve.seconds"));
        ((NumberAxis) getYAxis()).setForceZeroInRange(false);
        best.setName(T.get("solve.best"));
        bound.setName(T.get("solve.bound"));
        getData().add(best);
        getData().add(bound);
        setAnimated(false);
        setCreateSymbols(false);
        setTitle(T.get("solve.title"));
        trace.addListener((ListChangeListener<ScenarioPlanner.SolvePoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    best.getData().clear();
                    bound.getData().clear();
                    c.getList().forEach(this::add);
                    return;
                }
                c.getAddedSubList().forEach(this::add);
            }
        });
        trace.forEach(this::add);
    }

    private void add(ScenarioPlanner.SolvePoint p) {
        p.bestCost().ifPresent(v -> best.getData().add(new XYChart.Data<>(p.seconds(), v)));
        p.bound().ifPresent(v -> bound.getData().add(new XYChart.Data<>(p.seconds(), v)));
    }
}
