package dev.headroom.app.gui.print;

import dev.headroom.io.report.PaperSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PrintLayoutTest {
    private static final double A4_WIDTH = 595.2756;
    private static final double A4_HEIGHT = 841.8898;

    @Test
    void anA4PageOnLetterPaperIsScaledByItsHeightAndCentredAcross() {
        // Letter with half-inch margins: 7.5 x 10 in of printable area.
        PrintLayout.Placement p = PrintLayout.fit(A4_WIDTH, A4_HEIGHT, 540, 720);

        assertThat(p.scale()).isCloseTo(720 / A4_HEIGHT, within(1e-9));
        assertThat(p.height()).isCloseTo(720, within(1e-9));
        assertThat(p.y()).isCloseTo(0, within(1e-9));
        assertThat(p.x()).isCloseTo((540 - A4_WIDTH * p.scale()) / 2, within(1e-9)).isPositive();
    }

    /** Property-style: any page in any printable area fits inside it, unstretched, centred, touching two sides. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void everyPageFitsItsAreaWithoutStretching(long seed) {
        Random rnd = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double w = 10 + rnd.nextDouble() * 2000;
            double h = 10 + rnd.nextDouble() * 2000;
            double pw = 10 + rnd.nextDouble() * 2000;
            double ph = 10 + rnd.nextDouble() * 2000;

            PrintLayout.Placement p = PrintLayout.fit(w, h, pw, ph);

            assertThat(p.width()).isLessThanOrEqualTo(pw + 1e-9);
            assertThat(p.height()).isLessThanOrEqualTo(ph + 1e-9);
            assertThat(p.width() / p.height()).isCloseTo(w / h, within(1e-9 * w / h));
            assertThat(p.x()).isGreaterThanOrEqualTo(-1e-9).isCloseTo(pw - p.x() - p.width(), within(1e-9));
            assertThat(p.y()).isGreaterThanOrEqualTo(-1e-9).isCloseTo(ph - p.y() - p.height(), within(1e-9));
            assertThat(Math.min(pw - p.width(), ph - p.height())).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void sizesMustBePositive() {
        assertThatThrownBy(() -> PrintLayout.fit(0, 10, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page 0.0 x 10.0");
        assertThatThrownBy(() -> PrintLayout.fit(10, 10, 10, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrintersPaperIsTakenForTheNearestReportPaperEitherWayRound() {
        assertThat(PrintLayout.nearestPaper(595, 842)).isEqualTo(PaperSize.A4);
        assertThat(PrintLayout.nearestPaper(842, 595)).isEqualTo(PaperSize.A4);
        assertThat(PrintLayout.nearestPaper(612, 792)).isEqualTo(PaperSize.LETTER);
        assertThat(PrintLayout.nearestPaper(792, 612)).isEqualTo(PaperSize.LETTER);
        // Other papers go to the nearer one: US Legal (8.5 x 14 in) is nearer A4 than Letter overall.
        assertThat(PrintLayout.nearestPaper(612, 1008)).isEqualTo(PaperSize.A4);
    }
}
