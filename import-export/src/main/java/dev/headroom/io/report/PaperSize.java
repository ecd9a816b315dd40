package dev.headroom.io.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The paper the report is laid out for. */
public enum PaperSize {
    /** 210 × 297 mm, used almost everywhere. */
    A4(PDRectangle.A4),
    /** 8.5 × 11 in, used in North America. */
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    PaperSize(PDRectangle size) {
        this.size = size;
    }

    PDRectangle size() {
        return size;
    }

    /** The paper's width in points (1/72 inch), upright. */
    public double widthPoints() {
        return size.getWidth();
    }

    /** The paper's height in points (1/72 inch), upright. */
    public double heightPoints() {
        return size.getHeight();
    }

    /**
     * Parses {@code a4} or {@code letter}, ignoring case.
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public static PaperSize parse(String text) {
        return switch (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter" -> LETTER;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not a paper size (a4 or letter)");
        };
    }
}
