package dev.headroom.io.table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Decodes the cells of an .xlsx sheet's XML by their type attribute: shared or inline strings, numbers, dates. */
final class XlsxCells {
    private final List<String> strings;
    private final List<XlsxParts.CellFormat> formats;
    private final NumericCells numbers;

    XlsxCells(List<String> strings, List<XlsxParts.CellFormat> formats, NumericCells numbers) {
        this.strings = strings;
        this.formats = formats;
        this.numbers = numbers;
    }

    /** The cell of an {@code <c>} element with type {@code t}, style {@code s}, cached value and inline text. */
    TableCell decode(Place place, String type, String style, String value, StringBuilder inline) {
        return switch (type) {
            case "s" -> sharedString(place, value);
            case "inlineStr" -> TableCell.ofText(place, inline == null ? value : inline.toString());
            case "str" -> TableCell.ofText(place, value);
            case "b" -> value == null ? TableCell.blank(place) : new TableCell(place, TableCell.Kind.BOOLEAN,
                    "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE", Double.NaN, null);
            case "e" -> new TableCell(place, TableCell.Kind.ERROR, value, Double.NaN, null);
            case "d" -> isoDate(place, value);
            default -> number(place, style, value);
        };
    }

    private TableCell sharedString(Place place, String value) {
        if (value == null || value.isBlank()) {
            return TableCell.blank(place);
        }
        int index = index(value);
        if (index < 0 || index >= strings.size()) {
            // A dangling reference: show it as what it is rather than failing the sheet.
            return new TableCell(place, TableCell.Kind.ERROR, "#REF! (shared text " + value.strip() + " is missing)",
                    Double.NaN, null);
        }
        return TableCell.ofText(place, strings.get(index));
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
        int s = style == null ? 0 : index(style);
        XlsxParts.CellFormat format = s >= 0 && s < formats.size() ? formats.get(s) : XlsxParts.CellFormat.GENERAL;
        return numbers.of(place, number, value.strip(), format);
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
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
