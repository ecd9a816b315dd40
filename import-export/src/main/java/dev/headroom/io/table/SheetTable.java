package dev.headroom.io.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A sheet of a workbook read into POI's object model (.xls) as a {@link Table}. Formulas are read through their cached results (the values
 * the spreadsheet program last computed), so no formula is evaluated here.
 */
final class SheetTable implements Table {
    private final Sheet sheet;
    private final NumericCells numbers = new NumericCells(false);
    private final int headerRowIndex;
    private final List<String> headers;

    SheetTable(Sheet sheet, Problems problems) {
        this.sheet = sheet;
        Row header = firstNonBlankRow(sheet);
        this.headerRowIndex = header == null ? -1 : header.getRowNum();
        List<String> raw = new ArrayList<>();
        if (header != null) {
            for (int c = 0; c < Math.max(0, header.getLastCellNum()); c++) {
                raw.add(read(header.getCell(c), header.getRowNum(), c, "").trimmed());
            }
        }
        this.headers = Headers.of(raw, sheet.getSheetName(), CellReference::convertNumToColString, problems);
    }

    @Override
    public String sheet() {
        return sheet.getSheetName();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public TableCell headerCell(int column) {
        String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
        Place place = new Place(sheet(), headerRowIndex + 1, CellReference.convertNumToColString(column), "");
        return TableCell.ofText(place, header);
    }

    @Override
    public Iterable<TableRow> rows() {
        return () -> new Iterator<>() {
            private final Iterator<Row> physical = sheet.rowIterator();
            private TableRow next = advance();

            private TableRow advance() {
                while (headerRowIndex >= 0 && physical.hasNext()) {
                    Row r = physical.next();
                    if (r.getRowNum() > headerRowIndex && !isBlank(r)) {
                        return new SheetRow(r);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public TableRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                TableRow current = next;
                next = advance();
                return current;
            }
        };
    }

    @Override
    public void close() {
        // The workbook owns the sheet and is closed by whoever opened it.
    }

    private final class SheetRow implements TableRow {
        private final Row row;

        SheetRow(Row row) {
            this.row = row;
        }

        @Override
        public int number() {
            return row.getRowNum() + 1;
        }

        @Override
        public TableCell cell(int column) {
            String header = column >= 0 && column < headers.size() ? headers.get(column) : "";
            if (column < 0) {
                return TableCell.blank(new Place(sheet(), number(), "", header));
            }
            return read(row.getCell(column), row.getRowNum(), column, header);
        }

        @Override
        public int width() {
            return Math.max(0, row.getLastCellNum());
        }
    }

    private TableCell read(Cell cell, int rowIndex, int column, String header) {
        Place place = new Place(sheet.getSheetName(), rowIndex + 1, CellReference.convertNumToColString(column), header);
        if (cell == null) {
            return TableCell.blank(place);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> TableCell.ofText(place, cell.getStringCellValue());
            case NUMERIC -> numeric(cell, place);
            case BOOLEAN -> new TableCell(place, TableCell.Kind.BOOLEAN,
                    Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT), Double.NaN, null);
            case ERROR -> new TableCell(place, TableCell.Kind.ERROR,
                    FormulaError.forInt(cell.getErrorCellValue()).getString(), Double.NaN, null);
            default -> TableCell.blank(place);
        };
    }

    private TableCell numeric(Cell cell, Place place) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            // The cell knows the workbook's date system (1900 or 1904).
            return NumericCells.date(place, cell.getLocalDateTimeCellValue());
        }
        return numbers.of(place, value, cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    private static Row firstNonBlankRow(Sheet sheet) {
        for (Row r : sheet) {
            if (!isBlank(r)) {
                return r;
            }
        }
        return null;
    }

    private static boolean isBlank(Row row) {
        for (Cell c : row) {
            CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
            if (t != CellType.BLANK && !(t == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
