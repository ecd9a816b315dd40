package dev.headroom.io.table;

import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** Decodes the cells of an .xlsx sheet's XML by their type attribute: shared or inline strings, numbers, dates. */
final class XlsxCells {
    private final SharedStrings strings;
    private final StylesTable styles;
    private final NumericCells numbers;

    XlsxCells(SharedStrings strings, StylesTable styles, NumericCells numbers) {
        this.strings = strings;
        this.styles = styles;
        this.numbers = numbers;
    }

    /** The cell of an {@code <c>} element with type {@code t}, style {@code s}, cached value and inline text. */
    TableCell decode(Place place, String type, String style, String value, StringBuilder inline) {
        return switch (type) {
            case "s" -> value == null ? TableCell.blank(place)
                    : TableCell.ofText(place, strings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "inlineStr" -> TableCell.ofText(place, inline == null ? value : inline.toString());
            case "str" -> TableCell.ofText(place, value);
            case "b" -> value == null ? TableCell.blank(place) : new TableCell(place, TableCell.Kind.BOOLEAN,
                    "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE", Double.NaN, null);
            case "e" -> new TableCell(place, TableCell.Kind.ERROR, value, Double.NaN, null);
            case "d" -> isoDate(place, value);
            default -> number(place, style, value);
        };
    }

    private TableCell number(Place place, String style, String value) {
        if (value == null || value.isBlank()) {
            return TableCell.blank(place);
        }
        double number;
        try {
            number = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return TableCell.ofText(place, value);
        }
        if (style == null || styles == null) {
            return numbers.of(place, number, 0, "General");
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style.strip()));
        return cellStyle == null ? numbers.of(place, number, 0, "General")
                : numbers.of(place, number, cellStyle.getDataFormat(), cellStyle.getDataFormatString());
    }

    /** Strict OOXML may store a date as ISO text ({@code t="d"}). */
    private static TableCell isoDate(Place place, String value) {
        if (value == null || value.isBlank()) {
            return TableCell.blank(place);
        }
        try {
            String v = value.strip();
            LocalDateTime date = v.contains("T") ? LocalDateTime.parse(v) : LocalDate.parse(v).atStartOfDay();
            return NumericCells.date(place, date);
        } catch (DateTimeParseException e) {
            return TableCell.ofText(place, value);
        }
    }
}
