package dev.headroom.app.gui.access;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The colour-blind-safe palette is the one the stylesheets use, legible, and every figure is spoken. */
class PaletteTest {

    private static final Path PALETTE_CSS = Path.of("src/main/resources/dev/headroom/app/gui/access/palette.css");
    private static final Path PLAN_CSS = Path.of("src/main/resources/dev/headroom/app/gui/plan/plan.css");

    @Test
    void everyChartSeriesColourIsOkabeItos() throws IOException {
        String css = Files.readString(PALETTE_CSS);
        for (int i = 0; i < Palette.SERIES.size(); i++) {
            assertThat(css).contains("-color-chart-" + (i + 1) + ": " + Palette.SERIES.get(i) + ";");
        }
    }

    @Test
    void theHeatMapsBandsAreCividisStepsGettingLighterWithLegibleText() throws IOException {
        String css = Files.readString(PLAN_CSS);
        List<String> bands = List.of("heat-low", "heat-ok", "heat-near", "heat-over");
        double lastLuminance = -1;
        for (int i = 0; i < bands.size(); i++) {
            Matcher m = Pattern.compile("\\." + bands.get(i) + " \\{[^}]*-fx-background-color: (#\\w{6});[^}]*"
                    + "-fx-text-fill: (\\w+);").matcher(css);
            assertThat(m.find()).as(bands.get(i) + " in plan.css").isTrue();
            assertThat(m.group(1)).isEqualTo(Palette.HEAT.get(i));
            double background = luminance(m.group(1));
            double text = m.group(2).equals("white") ? 1 : 0;
            // WCAG's contrast ratio: 4.5 is what normal text needs.
            double contrast = (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
            assertThat(contrast).as("contrast of " + bands.get(i) + "'s text").isGreaterThanOrEqualTo(4.5);
            assertThat(background).as("each band lighter than the one below").isGreaterThan(lastLuminance);
            lastLuminance = background;
        }
    }

    @Test
    void everySpokenNameAndFigureHelpIsWrittenInBothLanguages() {
        ResourceBundle en = ResourceBundle.getBundle("dev.headroom.app.gui.access.Texts", Locale.ROOT);
        ResourceBundle zh = ResourceBundle.getBundle("dev.headroom.app.gui.access.Texts", Locale.SIMPLIFIED_CHINESE);
        List<String> used = new ArrayList<>();
        for (Spoken s : Spoken.values()) {
            used.add(s.key() + ".text");
            if (s.figure()) {
                used.add(s.key() + ".help");
            }
        }
        assertThat(en.keySet()).as("keys of the English bundle").containsExactlyInAnyOrderElementsOf(used);
        for (String key : used) {
            assertThat(zh.getString(key)).as(key).containsPattern("\\p{IsHan}").isNotEqualTo(en.getString(key));
        }
        assertThat(Spoken.HEAT_MAP.help()).contains("dark blue").contains("yellow");
    }

    /** Relative luminance of an sRGB colour, as WCAG defines it. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
