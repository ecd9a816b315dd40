package dev.headroom.app.gui.clipboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a copied cell holds: numbers as Excel reads numbers, text as it is, nothing for a row object. */
class CellTextTest {

    @Test
    void numbersGoOutInFullWithoutGroupingOrTrailingZeros() {
        assertThat(TableClipboard.text(1_234_567.50)).isEqualTo("1234567.5");
        assertThat(TableClipboard.text(1e6)).isEqualTo("1000000");
        assertThat(TableClipboard.text(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(TableClipboard.text(42)).isEqualTo("42");
    }

    @Test
    void textStaysAndAValueWithoutTextOfItsOwnIsAnEmptyCell() {
        assertThat(TableClipboard.text("eu-web")).isEqualTo("eu-web");
        assertThat(TableClipboard.text(null)).isEmpty();
        assertThat(TableClipboard.text(new Object())).isEmpty();
        assertThat(TableClipboard.text(Double.NaN)).isEqualTo("NaN");
    }
}
