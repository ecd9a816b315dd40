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

    @Override
    void close();

    /** How header names and keys are compared: case-insensitive, surrounding spaces ignored. */
    static String normalize(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }
}
