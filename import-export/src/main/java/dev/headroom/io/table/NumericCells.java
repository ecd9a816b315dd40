package dev.headroom.io.table;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Turns a numeric cell value into a number or date cell, the same way for every workbook reader. */
final class NumericCells {
    private final DataFormatter formatter = new DataFormatter();
    private final boolean date1904;

    NumericCells(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A date cell when its format is a date format, else a number shown as the format shows it. */
    TableCell of(Place place, double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return date(place, DateUtil.getLocalDateTime(value, date1904, true));
        }
        String shown = formatString == null || "General".equals(formatString) ? general(value)
                : formatter.formatRawCellContents(value, formatIndex, formatString);
        return new TableCell(place, TableCell.Kind.NUMBER, shown, value, null);
    }

    /**
     * The same for an .xlsx cell style whose date-ness was worked out once; {@code raw} is the value
     * as the file writes it, which is what the General format shows.
     */
    TableCell of(Place place, double value, String raw, XlsxParts.CellFormat format) {
        if (format.date() && DateUtil.isValidExcelDate(value)) {
            if (value != lastSerial) {
                // Time-major exports give every series the same moment in turn: convert it once.
                lastDate = DateUtil.getLocalDateTime(value, date1904, true);
                lastDateText = shown(lastDate);
                lastSerial = value;
            }
            return new TableCell(place, TableCell.Kind.DATE, lastDateText, Double.NaN, lastDate);
        }
        String shown = format.code() == null || "General".equals(format.code()) ? generalFromRaw(raw, value)
                : formatter.formatRawCellContents(value, format.index(), format.code());
        return new TableCell(place, TableCell.Kind.NUMBER, shown, value, null);
    }

    /** The file's own digits where they are what General shows; "-64.0" and exponents are reworked. */
    private static String generalFromRaw(String raw, double value) {
        if (raw.endsWith(".0")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw.indexOf('E') >= 0 || raw.indexOf('e') >= 0 ? general(value) : raw;
    }

    private double lastSerial = Double.NaN;
    private LocalDateTime lastDate;
    private String lastDateText;

    /** Whether whole numbers in this workbook count days from 1904 rather than 1900. */
    boolean date1904() {
        return date1904;
    }

    /**
     * A number as the General format shows it, only for problem messages: whole numbers without a
     * decimal point, others with the digits they need. Cheaper than the full formatter, which matters
     * because every numeric cell gets its text.
     */
    private static String general(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static TableCell date(Place place, LocalDateTime date) {
        return new TableCell(place, TableCell.Kind.DATE, shown(date), Double.NaN, date);
    }

    private static String shown(LocalDateTime date) {
        return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
    }
}
