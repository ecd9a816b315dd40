package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.Texts;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.util.StringConverter;

/**
 * A line chart of one series' history (solid), the model's fit to it (dashed), the forecast (bold, accent colour)
 * and behind them the 95% and 80% intervals as shaded bands. Colours come from the theme's CSS variables
 * (forecast.css), so light and dark themes both read well; the x axis counts periods and labels them.
 */
final class FanChart extends LineChart<Number, Number> {

    private static final Texts T = Texts.of(FanChart.class);

    private final Path band95 = new Path();
    private final Path band80 = new Path();
    private FanData data;

    FanChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add("fan-chart");
        setCreateSymbols(false);
        setAnimated(false);
        setLegendVisible(false);
        NumberAxis x = (NumberAxis) getXAxis();
        x.setForceZeroInRange(false);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return data == null || Math.abs(v - Math.rint(v)) > 1e-6 ? "" : data.periodAt((int) Math.rint(v)).toString();
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        NumberAxis y = (NumberAxis) getYAxis();
        // Set by hand: the automatic range sees only the lines, and the 95% band may reach above them.
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        band95.getStyleClass().addAll("fan-band", "fan-95");
        band80.getStyleClass().addAll("fan-band", "fan-80");
        // First among the plot's children, so the lines are drawn over the bands.
        getPlotChildren().addAll(0, java.util.List.of(band95, band80));
    }

    /** Shows a series' chart data; null clears the chart. */
    void show(FanData d) {
        data = d;
        ObservableList<Series<Number, Number>> series = FXCollections.observableArrayList();
        if (d != null) {
            series.add(line(T.get("legend.history"), d.history(), 0));
            series.add(line(T.get("legend.fitted"), d.fitted(), 0));
            series.add(forecastLine(d));
            NumberAxis x = (NumberAxis) getXAxis();
            x.setLowerBound(0);
            x.setUpperBound(d.length() - 1);
            x.setTickUnit(tickUnit(d.length()));
            NumberAxis y = (NumberAxis) getYAxis();
            double top = niceStep(highest(d) / 6);
            y.setLowerBound(0);
            y.setTickUnit(top);
            y.setUpperBound(top * Math.max(1, Math.ceil(highest(d) / top)));
        }
        setData(series);
        requestChartLayout();
    }

    /** The forecast line, joined to the last observation so that history and forecast read as one line. */
    private static Series<Number, Number> forecastLine(FanData d) {
        Series<Number, Number> s = line(T.get("legend.forecast"), d.point(), d.offset());
        int last = d.offset() - 1;
        if (last >= 0 && last < d.history().length && !Double.isNaN(d.history()[last])) {
            s.getData().addFirst(new XYChart.Data<>(last, d.history()[last]));
        }
        return s;
    }

    private static Series<Number, Number> line(String name, double[] values, int offset) {
        Series<Number, Number> s = new Series<>();
        s.setName(name);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                s.getData().add(new XYChart.Data<>(offset + i, values[i]));
            }
        }
        return s;
    }

    private static double highest(FanData d) {
        double max = 0;
        for (double[] values : new double[][] {d.history(), d.fitted(), d.point(), d.hi95()}) {
            for (double v : values) {
                if (!Double.isNaN(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? max : 1;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** About eight labels, on whole seasons of months where that fits. */
    private static double tickUnit(int length) {
        for (int unit : new int[] {1, 2, 3, 6, 12, 24, 48}) {
            if (length / unit <= 10) {
                return unit;
            }
        }
        return Math.ceil(length / 10.0);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        band(band95, data == null ? null : data.lo95(), data == null ? null : data.hi95());
        band(band80, data == null ? null : data.lo80(), data == null ? null : data.hi80());
    }

    /** The band between two bounds: along the upper bound forward, back along the lower, starting at the forecast. */
    private void band(Path path, double[] lo, double[] hi) {
        path.getElements().clear();
        if (data == null || lo.length == 0) {
            return;
        }
        int offset = data.offset();
        path.getElements().add(new MoveTo(x(offset), y(hi[0])));
        for (int k = 1; k < hi.length; k++) {
            path.getElements().add(new LineTo(x(offset + k), y(hi[k])));
        }
        for (int k = lo.length - 1; k >= 0; k--) {
            path.getElements().add(new LineTo(x(offset + k), y(lo[k])));
        }
        path.getElements().add(new ClosePath());
    }

    private double x(int at) {
        return getXAxis().getDisplayPosition(at);
    }

    private double y(double v) {
        return getYAxis().getDisplayPosition(v);
    }
}
