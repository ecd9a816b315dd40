package dev.headroom.io.csv;

/**
 * How CSV files are written.
 *
 * @param byteOrderMark start each file with a UTF-8 byte order mark, so that Excel opens it as UTF-8
 *                      rather than in the system's legacy code page (other programs do not need it)
 */
public record CsvOptions(boolean byteOrderMark) {

    /** Plain UTF-8 without a byte order mark. */
    public static final CsvOptions PLAIN = new CsvOptions(false);

    /** UTF-8 with a byte order mark, for Excel. */
    public static final CsvOptions FOR_EXCEL = new CsvOptions(true);
}
