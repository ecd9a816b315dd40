package dev.headroom.io.xlsx;

import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbook's shared strings table with a plain map in front of it. POI's table finds a string by
 * serialising it to XML on every call, which made a million-row sheet four times slower; here only the
 * first occurrence of each text reaches it.
 */
final class SharedStrings {
    private final SharedStringsTable table;
    private final Map<String, Integer> indexes = new HashMap<>();

    SharedStrings(SharedStringsTable table) {
        this.table = table;
    }

    /** The index of {@code text} in the table, adding it the first time. */
    int indexOf(String text) {
        Integer index = indexes.get(text);
        if (index == null) {
            // XSSFRichTextString keeps leading and trailing spaces (xml:space="preserve").
            index = table.addSharedStringItem(new XSSFRichTextString(text));
            indexes.put(text, index);
        }
        return index;
    }
}
