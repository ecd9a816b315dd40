package dev.headroom.io.report;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the report's bundled font (a tool, not a test): the face "WenQuanYi Micro Hei" taken out of the
 * collection {@code wqy-microhei.ttc} (Debian's fonts-wqy-microhei 0.2.0-beta) into a single TrueType
 * font, with every glyph its character map reaches in the Basic Multilingual Plane and the tables a PDF
 * needs, hinting included; the monospaced face and the layout tables (GSUB, GPOS, vertical metrics) are
 * left out. Run: {@code java -cp <test class path> dev.headroom.io.report.BundledFontMaker
 * /usr/share/fonts/truetype/wqy/wqy-microhei.ttc src/main/resources/dev/headroom/io/report/fonts/wqy-microhei.ttf}.
 */
public final class BundledFontMaker {
    private static final String FACE = "WenQuanYiMicroHei";
    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "cmap", "hmtx", "post",
            "name", "OS/2", "gasp", "cvt ", "fpgm", "prep");

    private BundledFontMaker() {
    }

    public static void main(String[] args) throws IOException {
        List<TrueTypeFont> faces = new ArrayList<>();
        try (TrueTypeCollection collection = new TrueTypeCollection(Path.of(args[0]).toFile())) {
            collection.processAllFonts(faces::add);
            TrueTypeFont face = null;
            for (TrueTypeFont f : faces) {
                if (f.getName().equals(FACE)) {
                    face = f;
                }
            }
            if (face == null) {
                throw new IOException(args[0] + " holds no face named " + FACE);
            }
            CmapLookup cmap = face.getUnicodeCmapLookup();
            TTFSubsetter subset = new TTFSubsetter(face, TABLES);
            int characters = 0;
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                if (!Character.isSurrogate((char) cp) && cmap.getGlyphId(cp) != 0) {
                    subset.add(cp);
                    characters++;
                }
            }
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                subset.writeToStream(out);
            }
            System.out.println(FACE + ": " + characters + " characters, " + Files.size(Path.of(args[1])) + " bytes");
        }
    }
}
