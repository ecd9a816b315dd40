package dev.headroom.io.xlsx;

/**
 * Guards exported text against formula injection (CSV injection): a spreadsheet program that opens
 * an export may take a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return for a formula and run it. Such text is marked: in a workbook with Excel's quote
 * prefix ({@link Styles#quoted}), in CSV with a leading apostrophe ({@link #neutralise}). Numbers are
 * written as numbers and are never marked, so {@code -3.5} stays a negative number.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether a spreadsheet program could take this text for a formula. */
    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** The text with a leading apostrophe when it is risky, else unchanged (for CSV, which has no cell types). */
    public static String neutralise(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
