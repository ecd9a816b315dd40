package dev.headroom.io.table;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A sheet or a CSV file seen as a table: a header row (the first row that is not blank) and the
 * non-blank rows below it. Header names are matched ignoring case and surrounding spaces. The rows
 * of a CSV table are streamed from the file, so they can be walked once.
 */
public interface Table extends AutoCloseable {

    /** The sheet's name as written in the workbook, or empty for a CSV file. */
    String sheet();

    /** The header texts by column, trimmed; a column without a header holds an empty string. */
    List<String> headers();

    /** The header cell of a column, for problems about the header itself. */
    TableCell headerCell(int column);

    /** The column of a header, ignoring case and surrounding spaces; the first when it appears twice. */
    default OptionalInt column(String header) {
        String wanted = normalize(header);
        List<String> headers = headers();
        for (int i = 0; i < headers.size(); i++) {
            if (normalize(headers.get(i)).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The data rows below the header, skipping blank ones, in file order. */
    Iterable<TableRow> rows();

    /** How a text file is written (encoding, delimiter, decimal comma); empty for a sheet. */
    default java.util.Optional<CsvDialect> dialect() {
        return java.util.Optional.empty();
    }

    /** Whether plain numbers standing for dates count days from 1904 (old Mac Excel) rather than 1900. */
    default boolean date1904() {
        return false;
    }

    /** Blank rows between the header and the last row read so far; reported as skipped. */
    default long blankRowsSkipped() {
        return 0;
    }

    @Override
    void close();

    /** How header names and keys are compared: case-insensitive, surrounding spaces ignored. */
    static String normalize(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }
}
