package dev.headroom.io.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the report is printed.
 *
 * @param paper the paper size
 * @param font  a TrueType font file (.ttf, or .ttc for its first font) to print with; empty for the bundled
 *              WenQuanYi Micro Hei, which prints Latin and CJK text (see {@link ReportFonts})
 */
public record ReportOptions(PaperSize paper, Optional<Path> font) {

    public ReportOptions {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(font, "font");
    }

    /** A4, in the bundled font. */
    public static ReportOptions defaults() {
        return new ReportOptions(PaperSize.A4, Optional.empty());
    }

    public ReportOptions withPaper(PaperSize p) {
        return new ReportOptions(p, font);
    }
}
