package dev.headroom.io.report;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.plan.PlanFigures;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The report's charts, made with JFreeChart, which draws on any Graphics2D and needs no screen.
 * Colours are from the Okabe–Ito palette, which readers with colour-vision deficiencies tell apart;
 * the intervals differ in lightness as well as hue.
 */
final class ReportCharts {
    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color LIGHT_BLUE = new Color(0x56, 0xB4, 0xE9);
    private static final Color VERMILION = new Color(0xD5, 0x5E, 0x00);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 11);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
    /** Series this short get markers, or a single period would not show at all. */
    private static final int FEW = 3;
    private static final Shape DOT = new Ellipse2D.Double(-2, -2, 4, 4);

    private ReportCharts() {
    }

    /**
     * History, the forecast with its 80% and 95% intervals, and usable capacity of one pool and resource.
     */
    static JFreeChart fan(ReportWords w, PoolFan fan, String unit) {
        YIntervalSeries wide = new YIntervalSeries(w.get("chart.95"));
        YIntervalSeries narrow = new YIntervalSeries(w.get("chart.80"));
        for (Map.Entry<Period, double[]> e : fan.forecast().entrySet()) {
            double x = x(e.getKey());
            double[] v = e.getValue();
            wide.add(x, v[PoolFan.POINT], v[PoolFan.LO95], v[PoolFan.HI95]);
            narrow.add(x, v[PoolFan.POINT], v[PoolFan.LO80], v[PoolFan.HI80]);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(wide);
        bands.addSeries(narrow);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesFillPaint(0, LIGHT_BLUE);
        bandRenderer.setSeriesPaint(0, BLUE);
        bandRenderer.setSeriesFillPaint(1, BLUE);
        bandRenderer.setSeriesPaint(1, BLUE);
        bandRenderer.setAlpha(0.35f);
        bandRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        bandRenderer.setSeriesStroke(1, new BasicStroke(1.5f));

        XYSeries history = new XYSeries(w.get("chart.history"));
        fan.history().forEach((p, v) -> history.add(x(p), v));
        XYSeries demand = new XYSeries(w.get("chart.demand"));
        XYSeries capacity = new XYSeries(w.get("chart.capacity"));
        for (Map.Entry<Period, Utilization> e : fan.utilization().entrySet()) {
            demand.add(x(e.getKey()), e.getValue().demand());
            capacity.add(x(e.getKey()), e.getValue().capacity());
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(history);
        lines.addSeries(demand);
        // Small markers, so that a series of one period still shows.
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesShape(0, DOT);
        lineRenderer.setSeriesShape(1, DOT);
        lineRenderer.setSeriesShapesVisible(0, history.getItemCount() <= FEW);
        lineRenderer.setSeriesShapesVisible(1, demand.getItemCount() <= FEW);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        lineRenderer.setSeriesPaint(1, Color.BLACK);
        lineRenderer.setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {2, 2}, 0));
        XYSeriesCollection limits = new XYSeriesCollection();
        limits.addSeries(capacity);
        XYStepRenderer stepRenderer = new XYStepRenderer();
        stepRenderer.setDefaultShapesVisible(capacity.getItemCount() <= FEW);
        stepRenderer.setSeriesShape(0, DOT);
        stepRenderer.setSeriesPaint(0, VERMILION);
        stepRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 3}, 0));

        // Periods by their index, labelled in their own notation: exact, and the same in every time zone.
        NumberAxis time = new NumberAxis();
        time.setTickLabelFont(LABEL);
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        time.setNumberFormatOverride(new PeriodAxisFormat(frequency(fan)));
        range(fan).ifPresent(r -> time.setRange(r[0], r[1]));
        NumberAxis amount = new NumberAxis(unit);
        amount.setTickLabelFont(LABEL);
        amount.setLabelFont(LABEL);
        amount.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(bands, time, amount, bandRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(2, limits);
        plot.setRenderer(2, stepRenderer);
        style(plot);
        return chart(w.get("chart.fan", fan.pair()), plot);
    }

    /** Purchase cost per planned period as columns. */
    static JFreeChart purchases(ReportWords w, List<PlanFigures.PeriodPurchases> periods) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PlanFigures.PeriodPurchases p : periods) {
            data.addValue(p.cost(), w.get("chart.purchaseCost"), p.period().toString());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis cost = new NumberAxis(w.get("chart.cost"));
        cost.setTickLabelFont(LABEL);
        cost.setLabelFont(LABEL);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BLUE);
        CategoryPlot plot = new CategoryPlot(data, categories, cost, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        return chart(w.get("chart.purchases"), plot);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(LABEL);
        chart.setAntiAlias(true);
        return chart;
    }

    private static Frequency frequency(PoolFan fan) {
        return periods(fan).stream().findFirst().map(Period::frequency).orElse(Frequency.MONTH);
    }

    private static List<Period> periods(PoolFan fan) {
        TreeSet<Period> all = new TreeSet<>();
        all.addAll(fan.history().keySet());
        all.addAll(fan.forecast().keySet());
        all.addAll(fan.utilization().keySet());
        return List.copyOf(all);
    }

    /** From half a period before the first period shown to half a period after the last, so single periods show. */
    private static Optional<double[]> range(PoolFan fan) {
        List<Period> all = periods(fan);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new double[] {x(all.getFirst()) - 0.5, x(all.getLast()) + 0.5});
    }

    /** A period's place on the time axis. */
    private static double x(Period period) {
        return period.index();
    }
}
