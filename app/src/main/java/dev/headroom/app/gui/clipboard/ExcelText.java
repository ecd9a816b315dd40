package dev.headroom.app.gui.clipboard;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cells as Excel puts them on the clipboard and takes them from it: a row a line, each line ended by CRLF,
 * cells separated by tabs; a cell holding a tab, a line break or a double quote is written in double quotes
 * with its quotes doubled. Reading is Commons CSV's Excel dialect with a tab as the delimiter; writing is done
 * here, because Commons CSV's minimal quoting also quotes an empty first cell and a cell starting with a space
 * or '#', which Excel does not, and a copy pasted back must read as the same cells.
 */
public final class ExcelText {

    private static final CSVFormat EXCEL_TABS = CSVFormat.EXCEL.builder().setDelimiter('\t').get();

    private ExcelText() {
    }

    /**
     * The block of cells in {@code text}, a list per row. A final line break ends the last row (Excel writes
     * one); rows may have different lengths, as a block typed by hand may. Empty text is no rows. A quote opened
     * and never closed takes the rest of the text into its cell, as Excel reads it (the Excel dialect's lenient
     * end of file).
     */
    public static List<List<String>> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), EXCEL_TABS)) {
            for (CSVRecord record : parser) {
                rows.add(List.copyOf(record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The block as Excel writes it: tabs between cells, CRLF after every row, the last one too. */
    public static String format(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append('\t');
                }
                out.append(cell(row.get(c) == null ? "" : row.get(c)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        boolean quote = text.chars().anyMatch(ch -> ch == '\t' || ch == '\n' || ch == '\r' || ch == '"');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
