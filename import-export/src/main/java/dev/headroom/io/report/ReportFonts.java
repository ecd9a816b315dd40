package dev.headroom.io.report;

import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds and embeds the report's font: the font the caller names ({@link ReportOptions#font()}), the
 * system property {@value #PROPERTY} or the environment variable {@value #VARIABLE}, and otherwise the
 * bundled WenQuanYi Micro Hei ({@value #BUNDLED}; Apache-2.0, see the licence file beside it), which
 * prints Latin, Chinese, Japanese kana and Korean. The report is therefore the same on every machine,
 * whatever fonts it has. The font is embedded as a subset of the characters used; characters it lacks
 * are printed as '?'.
 */
public final class ReportFonts {
    /** System property naming a font file for the report. */
    public static final String PROPERTY = "headroom.report.font";
    /** Environment variable naming a font file for the report. */
    public static final String VARIABLE = "HEADROOM_REPORT_FONT";
    /** The font bundled with Headroom, a resource beside this class. */
    static final String BUNDLED = "fonts/wqy-microhei.ttf";
    private static final String BUNDLED_NAME = "WenQuanYi Micro Hei";

    private ReportFonts() {
    }

    /** The font chosen and whether it can print Chinese. */
    record Choice(PDFont font, String name, boolean cjk, boolean embedded) {
        /** The text with every character the font cannot print replaced by '?'. */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
                out.append(canPrint(ch) ? ch : "?");
            });
            return out.toString();
        }

        private boolean canPrint(String ch) {
            try {
                font.encode(ch);
                return font.getStringWidth(ch) > 0 || ch.isBlank();
            } catch (IOException | IllegalArgumentException e) {
                // PDFBox reports a missing glyph as an exception; '?' stands in for it.
                return false;
            }
        }
    }

    /** Loads the report's font into the document. */
    static Choice load(PDDocument document, Optional<Path> requested) {
        Optional<Path> named = requested.or(() -> Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of))
                .or(() -> Optional.ofNullable(System.getenv(VARIABLE)).filter(s -> !s.isBlank()).map(Path::of));
        if (named.isPresent()) {
            Path file = named.get();
            if (!Files.isRegularFile(file)) {
                throw new ExportException(ReaderWords.of("font.missing", file), null);
            }
            try {
                return embed(document, file);
            } catch (IOException e) {
                throw new ExportException(ReaderWords.of("font.unusable", file, String.valueOf(e.getMessage())), e);
            }
        }
        return bundled(document);
    }

    private static Choice bundled(PDDocument document) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ExportException(ReaderWords.of("font.bundledMissing", BUNDLED), null);
            }
            return new Choice(PDType0Font.load(document, in, true), BUNDLED_NAME, true, true);
        } catch (IOException e) {
            throw new ExportException(ReaderWords.of("font.bundledUnreadable", BUNDLED, String.valueOf(e.getMessage())), e);
        }
    }

    private static Choice embed(PDDocument document, Path file) throws IOException {
        String name = file.getFileName().toString();
        PDType0Font font;
        if (name.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("the collection holds no font");
            }
            font = PDType0Font.load(document, first[0], true);
        } else {
            font = PDType0Font.load(document, file.toFile());
        }
        return new Choice(font, name, printsChinese(font), true);
    }

    /** Whether the font has glyphs for common Chinese characters ("中文", Chinese). */
    private static boolean printsChinese(PDType0Font font) {
        try {
            font.encode("中文");
            return font.getStringWidth("中文") > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
