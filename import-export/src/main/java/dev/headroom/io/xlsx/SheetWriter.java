package dev.headroom.io.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Writes one table to a sheet row by row: a styled, frozen header row, then cells left to right.
 * It remembers how wide each column's content is, so that {@link #finish} can size the columns
 * without measuring cells again (a streamed sheet no longer holds the rows written earlier).
 */
public final class SheetWriter {
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final Styles styles;
    private final int[] widths;
    private final int[] fixed;
    private final int columns;
    private Row row;
    private int nextRow;
    private int nextColumn;

    private SheetWriter(Sheet sheet, Styles styles, int columns) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        this.widths = new int[Math.max(columns, 1)];
        this.fixed = new int[Math.max(columns, 1)];
    }

    /** Creates a sheet and writes its header row. */
    public static SheetWriter create(Workbook workbook, Styles styles, String name, List<String> headers) {
        SheetWriter writer = new SheetWriter(workbook.createSheet(name), styles, headers.size());
        writer.newRow();
        for (String h : headers) {
            // Room for the filter button beside the header text.
            writer.measure(h.length() + 3);
            writer.cell(styles.header()).setCellValue(h);
        }
        return writer;
    }

    /**
     * Creates a sheet with no header row, for sheets that hold several small tables one under another
     * (each started with {@link #header}).
     *
     * @param columns how many columns the widest table has
     */
    public static SheetWriter untitled(Workbook workbook, Styles styles, String name, int columns) {
        return new SheetWriter(workbook.createSheet(name), styles, columns);
    }

    /** Writes a row of header cells, e.g. above a second table on the same sheet. */
    public SheetWriter header(List<String> headers) {
        newRow();
        for (String h : headers) {
            measure(h.length() + 1);
            cell(styles.header()).setCellValue(h);
        }
        return this;
    }

    /** Writes a heading for the section that follows, in the title style, in a row of its own. */
    public SheetWriter heading(String text) {
        newRow();
        cell(styles.title()).setCellValue(text);
        return this;
    }

    /** Starts the next row. */
    public SheetWriter newRow() {
        row = sheet.createRow(nextRow++);
        nextColumn = 0;
        return this;
    }

    public SheetWriter text(String value) {
        return text(value, styles.text());
    }

    /**
     * A text cell. Text that a spreadsheet program could take for a formula gets the quote prefix
     * ({@link FormulaGuard}); its value is unchanged.
     */
    public SheetWriter text(String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return blank();
        }
        measure(value.length());
        cell(FormulaGuard.isRisky(value) ? styles.quoted(style) : style).setCellValue(value);
        return this;
    }

    /** A number with all its digits; blank when it is not finite (a workbook cannot hold NaN). */
    public SheetWriter number(double value) {
        return number(value, styles.general());
    }

    public SheetWriter number(double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            return blank();
        }
        measure(shownWidth(value));
        cell(style).setCellValue(value);
        return this;
    }

    public SheetWriter blank() {
        nextColumn++;
        return this;
    }

    /** Sizes the columns to their content and adds a filter to the header row. */
    public void finish(boolean autoFilter) {
        finish(autoFilter, 1);
    }

    /** Like {@link #finish(boolean)}, freezing the first {@code frozenRows} rows (0 for none). */
    public void finish(boolean autoFilter, int frozenRows) {
        if (frozenRows > 0) {
            sheet.createFreezePane(0, frozenRows);
        }
        for (int c = 0; c < columns; c++) {
            int chars = fixed[c] > 0 ? fixed[c] : Math.clamp(widths[c], MIN_WIDTH, MAX_WIDTH);
            sheet.setColumnWidth(c, chars * 256);
        }
        if (autoFilter && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
        }
    }

    /**
     * Sets the sheet up for printing: landscape, one page wide, the header row repeated on every page,
     * the project's name in the page header and "page x of y" in the footer.
     */
    public void printSetup(String project) {
        printSetup(sheet, project, 1);
    }

    /** The print setup of {@link #printSetup(String)} for any sheet, repeating its first {@code titleRows} rows. */
    public static void printSetup(Sheet sheet, String project, int titleRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (titleRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
        }
        sheet.getHeader().setLeft(project == null ? "" : project.replace("&", "&&"));
        sheet.getHeader().setRight(sheet.getSheetName().replace("&", "&&"));
        // &P and &N are the page number and the page count in Excel's header and footer codes.
        sheet.getFooter().setCenter("Page &P of &N");
    }

    /** The sheet being written, e.g. for conditional formats. */
    public Sheet sheet() {
        return sheet;
    }

    /** Rows written so far, the header row included. */
    public int rows() {
        return nextRow;
    }

    /** Gives a column a fixed width in characters, e.g. for wrapped explanations. */
    public void fixWidth(int column, int chars) {
        if (column < fixed.length) {
            fixed[column] = chars;
        }
    }

    private Cell cell(CellStyle style) {
        Cell cell = row.createCell(nextColumn++);
        cell.setCellStyle(style);
        return cell;
    }

    /**
     * About how many characters a number takes when shown with grouping and two decimals, plus a
     * unit's few: estimated from its magnitude, since formatting millions of numbers only to measure
     * them would cost more than writing them.
     */
    private static int shownWidth(double value) {
        double magnitude = Math.abs(value);
        int digits = magnitude < 10 ? 1 : (int) Math.log10(magnitude) + 1;
        return Math.min(22, digits + digits / 3 + 4 + (value < 0 ? 1 : 0) + 6);
    }

    private void measure(int chars) {
        int c = nextColumn;
        if (c < widths.length && chars > widths[c]) {
            widths[c] = chars;
        }
    }
}
