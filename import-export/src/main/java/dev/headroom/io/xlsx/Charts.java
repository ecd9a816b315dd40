package dev.headroom.io.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * Native Excel charts (POI's XDDF) drawn from cell ranges of an in-memory sheet, so they stay live
 * charts in Excel and LibreOffice. Colours are from the Okabe–Ito palette, which people with the
 * common colour-vision deficiencies can tell apart.
 */
public final class Charts {
    /** Okabe–Ito blue: capacity, and the bars. */
    public static final byte[] BLUE = {0x00, 0x72, (byte) 0xB2};
    /** Okabe–Ito vermilion: demand. */
    public static final byte[] ORANGE = {(byte) 0xD5, 0x5E, 0x00};

    private Charts() {
    }

    /** Where a chart sits: its top-left and bottom-right cells (the bottom-right one excluded). */
    public record Place(int firstColumn, int firstRow, int lastColumn, int lastRow) {
    }

    /**
     * One series: its name from a header cell, its values from a column range.
     *
     * @param name   the cell holding the series' name
     * @param values the cells holding its values, one per category
     */
    public record Series(CellReference name, String title, CellRangeAddress values, byte[] colour) {
    }

    /**
     * A line chart of the series over the categories (e.g. periods), without markers.
     *
     * @param sheet the sheet the chart is drawn on
     * @param data  the sheet its cell ranges are on (may be {@code sheet})
     */
    public static XSSFChart line(XSSFSheet sheet, XSSFSheet data, Place place, String title,
                                 CellRangeAddress categories, List<Series> series, String axisTitle) {
        XSSFChart chart = create(sheet, place, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        if (axisTitle != null && !axisTitle.isBlank()) {
            left.setTitle(axisTitle);
        }
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        lines.setVaryColors(false);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(data, s.values());
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) lines.addSeries(x, y);
            line.setTitle(s.title(), s.name());
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.NONE);
            line.setShapeProperties(stroke(s.colour()));
        }
        chart.plot(lines);
        return chart;
    }

    /** A column chart of one series over the categories. */
    public static XSSFChart bars(XSSFSheet sheet, Place place, String title, CellRangeAddress categories,
                                 Series series, String axisTitle) {
        XSSFChart chart = create(sheet, place, title);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        if (axisTitle != null && !axisTitle.isBlank()) {
            left.setTitle(axisTitle);
        }
        XDDFChartData data = chart.createData(ChartTypes.BAR, bottom, left);
        ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFDataSource<String> x = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFNumericalDataSource<Double> y = XDDFDataSourcesFactory.fromNumericCellRange(sheet, series.values());
        XDDFChartData.Series bar = data.addSeries(x, y);
        bar.setTitle(series.title(), series.name());
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(series.colour())));
        bar.setShapeProperties(fill);
        chart.plot(data);
        return chart;
    }

    private static XSSFChart create(XSSFSheet sheet, Place place, String title) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                place.firstColumn(), place.firstRow(), place.lastColumn(), place.lastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFShapeProperties stroke(byte[] colour) {
        XDDFLineProperties line = new XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(2.0);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line);
        return shape;
    }

}
