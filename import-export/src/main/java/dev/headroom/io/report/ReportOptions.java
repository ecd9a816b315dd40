package dev.headroom.io.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the report is printed.
 *
 * @param paper the paper size
 * @param font   a TrueType font file (.ttf, or .ttc for its first font) to print with; empty for the bundled
 *               WenQuanYi Micro Hei, which prints Latin and CJK text (see {@link ReportFonts})
 * @param locale the report's language and number format: Simplified Chinese for a Chinese locale, English for
 *               every other
 */
public record ReportOptions(PaperSize paper, Optional<Path> font, Locale locale) {

    public ReportOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(locale, "locale");
    }

    /** In English. */
    public ReportOptions(PaperSize paper, Optional<Path> font) {
        this(paper, font, Locale.ENGLISH);
    }

    /** A4, in the bundled font, in English. */
    public static ReportOptions defaults() {
        return new ReportOptions(PaperSize.A4, Optional.empty());
    }

    public ReportOptions withPaper(PaperSize p) {
        return new ReportOptions(p, font, locale);
    }

    public ReportOptions withLocale(Locale l) {
        return new ReportOptions(paper, font, l);
    }
}
