package dev.headroom.io.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The few cell styles Headroom's workbooks use, created once per workbook (a workbook holds at most
 * 64,000 styles, so they must not be created per cell).
 */
public final class Styles {
    private final Workbook workbook;
    private final DataFormat formats;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
    private final Map<String, CellStyle> amounts = new HashMap<>();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle general;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle percent;

    public Styles(Workbook workbook) {
        this.workbook = workbook;
        this.formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        general = workbook.createCellStyle();
        var format = formats;
        whole = workbook.createCellStyle();
        whole.setDataFormat(format.getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
    }

    /** A sheet's title or a section heading: large and bold. */
    public CellStyle title() {
        return title;
    }

    /** Bold on pale blue with a line below: the header row of every table. */
    public CellStyle header() {
        return header;
    }

    public CellStyle text() {
        return text;
    }

    /** Text that wraps within the column, for explanations. */
    public CellStyle wrapped() {
        return wrapped;
    }

    /** Numbers shown with all their digits, for input workbooks that are read back. */
    public CellStyle general() {
        return general;
    }

    /** Counts: 1,234. */
    public CellStyle whole() {
        return whole;
    }

    /** Amounts: 1,234.50. */
    public CellStyle decimal() {
        return decimal;
    }

    /** Shares: 81.5%. */
    public CellStyle percent() {
        return percent;
    }

    /**
     * Amounts in a unit, shown after the number ({@code 1,234.50 cores}) while the cell stays a number.
     * One style per unit, made on first use.
     */
    public CellStyle amount(String unit) {
        if (unit == null || unit.isBlank()) {
            return decimal;
        }
        return amounts.computeIfAbsent(unit, u -> {
            CellStyle style = workbook.createCellStyle();
            // A quote would end the literal early and break the format, so a unit loses its quotes here.
            style.setDataFormat(formats.getFormat("#,##0.00\" " + u.replace("\"", "") + "\""));
            return style;
        });
    }

    /**
     * The same style with Excel's quote prefix (the leading apostrophe): the cell is text and stays
     * text when someone edits it, so a value such as {@code =HYPERLINK(...)} is never taken for a formula.
     * The cell's value itself is unchanged, so a workbook read back gives the same text.
     */
    public CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, s -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(s);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}
