package dev.headroom.io.csv;

import dev.headroom.io.AtomicFiles;
import dev.headroom.io.xlsx.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one table as an RFC 4180 CSV file (comma-separated, CRLF line ends, fields quoted where
 * needed) in UTF-8. Cells are typed: text that a spreadsheet program could take for a formula is
 * neutralised with a leading apostrophe ({@link FormulaGuard}); numbers are written with all their
 * digits and never changed, so {@code -3.5} stays a number.
 */
public final class CsvTableWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final CSVPrinter csv;

    private CsvTableWriter(CSVPrinter csv) {
        this.csv = csv;
    }

    /** Fills the rows of one table. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CsvTableWriter table) throws IOException;
    }

    /**
     * Writes a table to {@code out}, replacing it atomically.
     *
     * @throws dev.headroom.io.ExportException when the file cannot be written
     */
    public static void write(Path out, CsvOptions options, List<String> headers, Rows rows) {
        AtomicFiles.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            if (options.byteOrderMark()) {
                writer.write('\uFEFF');
            }
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                CsvTableWriter table = new CsvTableWriter(printer);
                for (String h : headers) {
                    table.text(h);
                }
                table.endRow();
                rows.writeTo(table);
            }
        });
    }

    /** A text cell; empty for null. */
    public CsvTableWriter text(String value) throws IOException {
        csv.print(value == null ? "" : FormulaGuard.neutralise(value));
        return this;
    }

    /** A number with all its digits and no exponent; empty when it is not finite. */
    public CsvTableWriter number(double value) throws IOException {
        csv.print(plain(value));
        return this;
    }

    public CsvTableWriter blank() throws IOException {
        csv.print("");
        return this;
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        csv.println();
    }

    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
