package dev.headroom.io.report;

import dev.headroom.io.ExportException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds and embeds the report's font. No openly licensed CJK font with TrueType outlines is published
 * on Maven Central, and a CJK font is 5–20 MB, so none is bundled: the report uses the first of these
 * that exists — the font the caller names ({@link ReportOptions#font()}), the system property
 * {@value #PROPERTY} or the environment variable {@value #VARIABLE}, then a CJK-capable TrueType font
 * of the system (WenQuanYi, Droid Sans Fallback, Microsoft YaHei, SimSun, Arial Unicode…), then a
 * Latin one (DejaVu Sans, Liberation Sans, Arial), and as a last resort PDF's built-in Helvetica
 * (not embedded; Latin only). Characters the chosen font lacks are printed as '?'.
 */
public final class ReportFonts {
    /** System property naming a font file for the report. */
    public static final String PROPERTY = "headroom.report.font";
    /** Environment variable naming a font file for the report. */
    public static final String VARIABLE = "HEADROOM_REPORT_FONT";

    /** CJK-capable fonts with TrueType outlines, which PDFBox can subset and embed, best first. */
    private static final List<String> CJK = List.of(
            "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "msyh.ttc", "msyh.ttf", "simsun.ttc", "simhei.ttf", "Arial Unicode.ttf", "ARIALUNI.TTF",
            "NotoSansSC-Regular.ttf", "NotoSansCJKsc-Regular.ttf");
    private static final List<String> LATIN = List.of(
            "DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf", "Arial.ttf", "FreeSans.ttf");
    private static final List<String> FOLDERS = List.of(
            "/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts",
            System.getProperty("user.home") + "/.local/share/fonts", "/Library/Fonts", "/System/Library/Fonts",
            System.getProperty("user.home") + "/Library/Fonts", "C:\\Windows\\Fonts");

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
                throw new ExportException("the report font " + file + " does not exist");
            }
            try {
                return embed(document, file, true);
            } catch (IOException e) {
                throw new ExportException("the report font " + file + " cannot be used: " + e.getMessage(), e);
            }
        }
        for (List<String> names : List.of(CJK, LATIN)) {
            for (Path file : find(names)) {
                try {
                    return embed(document, file, names == CJK);
                } catch (IOException e) {
                    // A font file that does not load is skipped for the next candidate.
                }
            }
        }
        return new Choice(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Helvetica", false, false);
    }

    private static Choice embed(PDDocument document, Path file, boolean cjk) throws IOException {
        String name = file.getFileName().toString();
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
            return new Choice(PDType0Font.load(document, first[0], true), name, cjk, true);
        }
        return new Choice(PDType0Font.load(document, file.toFile()), name, cjk, true);
    }

    /** Files with one of the names in the usual font folders, in the order of the names. */
    private static List<Path> find(List<String> names) {
        List<Path> found = new ArrayList<>();
        List<Path> all = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (var files = Files.walk(dir, 4)) {
                    files.filter(Files::isRegularFile).sorted().forEach(all::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // An unreadable font folder is passed over.
                }
            }
        }
        for (String name : names) {
            all.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst().ifPresent(found::add);
        }
        return found;
    }
}
