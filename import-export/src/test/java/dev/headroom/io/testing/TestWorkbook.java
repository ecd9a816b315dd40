package dev.headroom.io.testing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small workbooks for tests with POI, so no binary fixtures are needed. Cell values: a String
 * is a text cell, a Number a numeric cell, a LocalDate or LocalDateTime a date cell, a {@link Formula}
 * a formula whose cached value is computed before saving, and null no cell.
 */
public final class TestWorkbook {
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    /** A formula cell, e.g. {@code new Formula("2*6")}. */
    public record Formula(String expression) {
    }

    /** Adds a sheet; the first row is usually the header. */
    public TestWorkbook sheet(String name, Object[]... rows) {
        List<Object[]> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(r.clone());
        }
        sheets.put(name, list);
        return this;
    }

    public TestWorkbook without(String name) {
        sheets.remove(name);
        return this;
    }

    /** Adds a row at the end of a sheet. */
    public TestWorkbook addRow(String sheet, Object... values) {
        sheets.get(sheet).add(values.clone());
        return this;
    }

    /** Sets one cell: {@code row} is 1-based as a spreadsheet shows it, {@code column} a letter. */
    public TestWorkbook set(String sheet, int row, char column, Object value) {
        List<Object[]> rows = sheets.get(sheet);
        int c = column - 'A';
        Object[] r = rows.get(row - 1);
        if (c >= r.length) {
            r = Arrays.copyOf(r, c + 1);
            rows.set(row - 1, r);
        }
        r[c] = value;
        return this;
    }

    /** The rows of a sheet, for building another workbook from this one. */
    public List<Object[]> rows(String sheet) {
        return sheets.get(sheet).stream().map(Object[]::clone).toList();
    }

    public static Object[] row(Object... values) {
        return values;
    }

    public Path saveXlsx(Path file) {
        return save(new XSSFWorkbook(), file);
    }

    public Path saveXls(Path file) {
        return save(new HSSFWorkbook(), file);
    }

    private Path save(Workbook wb, Path file) {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTimeStyle = wb.createCellStyle();
            dateTimeStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    Object[] values = e.getValue().get(r);
                    for (int c = 0; c < values.length; c++) {
                        write(row, c, values[c], dateStyle, dateTimeStyle);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, int c, Object value, CellStyle dateStyle, CellStyle dateTimeStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        switch (value) {
            case String s -> cell.setCellValue(s);
            case Number n -> cell.setCellValue(n.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
            case LocalDateTime d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dateTimeStyle);
            }
            case Formula f -> cell.setCellFormula(f.expression());
            default -> throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }
}
