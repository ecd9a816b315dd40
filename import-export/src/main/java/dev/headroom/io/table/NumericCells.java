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

    /** The same for an .xlsx cell style whose date-ness was worked out once. */
    TableCell of(Place place, double value, XlsxParts.CellFormat format) {
        if (format.date() && DateUtil.isValidExcelDate(value)) {
            return date(place, DateUtil.getLocalDateTime(value, date1904, true));
        }
        String shown = format.code() == null || "General".equals(format.code()) ? general(value)
                : formatter.formatRawCellContents(value, format.index(), format.code());
        return new TableCell(place, TableCell.Kind.NUMBER, shown, value, null);
    }

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
        String shown = date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString() : date.toString();
        return new TableCell(place, TableCell.Kind.DATE, shown, Double.NaN, date);
    }
}
