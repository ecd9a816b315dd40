package dev.headroom.io.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a sheet read into POI's object model (.xls). Formulas are read through their cached
 * results (the values the spreadsheet program last computed), so no formula is evaluated here.
 */
final class PoiRows implements RowSource {
    private final Sheet sheet;
    private final Iterator<Row> rows;
    private final NumericCells numbers = new NumericCells(false);
    private final XlsxRows.ColumnLabels labels = new XlsxRows.ColumnLabels();
    private int row;

    PoiRows(Sheet sheet) {
        this.sheet = sheet;
        this.rows = sheet.rowIterator();
    }

    @Override
    public List<TableCell> next() {
        if (!rows.hasNext()) {
            return null;
        }
        Row r = rows.next();
        row = r.getRowNum() + 1;
        int width = Math.min(Math.max(0, r.getLastCellNum()), MAX_COLUMNS);
        List<TableCell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            Cell cell = r.getCell(c);
            cells.add(cell == null ? null : read(cell, new Place(sheet(), row, labels.of(c), "")));
        }
        return cells;
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String sheet() {
        return sheet.getSheetName();
    }

    @Override
    public String columnLabel(int column) {
        return labels.of(column);
    }

    @Override
    public void close() {
        // The workbook owns the sheet and is closed by whoever opened it.
    }

    private TableCell read(Cell cell, Place place) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> TableCell.ofText(place, cell.getStringCellValue());
            case NUMERIC -> numeric(cell, place);
            case BOOLEAN -> new TableCell(place, TableCell.Kind.BOOLEAN,
                    Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT), Double.NaN, null);
            case ERROR -> new TableCell(place, TableCell.Kind.ERROR, errorText(cell), Double.NaN, null);
            default -> TableCell.blank(place);
        };
    }

    private static String errorText(Cell cell) {
        try {
            return FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    private TableCell numeric(Cell cell, Place place) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            // The cell knows the workbook's date system (1900 or 1904).
            return NumericCells.date(place, cell.getLocalDateTimeCellValue());
        }
        return numbers.of(place, value, cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }
}
