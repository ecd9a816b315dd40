package dev.headroom.io.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles Headroom's workbooks use, created once per workbook (a workbook holds at most
 * 64,000 styles, so they must not be created per cell).
 */
public final class Styles {
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle general;
    private final CellStyle whole;
    private final CellStyle decimal;
    private final CellStyle percent;

    public Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        general = workbook.createCellStyle();
        var format = workbook.createDataFormat();
        whole = workbook.createCellStyle();
        whole.setDataFormat(format.getFormat("#,##0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(format.getFormat("#,##0.00"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
    }

    /** Bold on grey with a line below: the header row of every table. */
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
}
