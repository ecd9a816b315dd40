package dev.headroom.app.gui.access;

import dev.headroom.app.gui.workspace.TextScale;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's text follows the system's size: the theme's 14px at the usual size, larger with larger text. */
class TextSizeTest {

    @Test
    void theUsualSystemSizeKeepsTheThemesSizeAndLargerTextScalesIt() {
        assertThat(TextSize.rootSize(13, OptionalDouble.empty())).isEqualTo(14);
        assertThat(TextSize.rootSize(12, OptionalDouble.empty())).as("Windows at 100%").isEqualTo(14);
        assertThat(TextSize.rootSize(18, OptionalDouble.empty())).as("Windows text at 150%").isEqualTo(19);
        assertThat(TextSize.rootSize(26, OptionalDouble.empty())).isEqualTo(28);
    }

    @Test
    void aSizeChosenByHandWinsWithinReason() {
        assertThat(TextSize.rootSize(13, TextSize.chosen("20"))).isEqualTo(20);
        assertThat(TextSize.rootSize(13, TextSize.chosen("200"))).isEqualTo(48);
        assertThat(TextSize.chosen("")).isEmpty();
        assertThat(TextSize.chosen("large")).isEmpty();
    }

    @Test
    void theTextSizePreferenceEnlargesTheSystemsOrTheChosenSizeWithinReason() {
        assertThat(TextSize.rootSize(13, OptionalDouble.empty(), TextScale.STANDARD)).isEqualTo(14);
        assertThat(TextSize.rootSize(13, OptionalDouble.empty(), TextScale.LARGER)).isEqualTo(17.5);
        assertThat(TextSize.rootSize(13, OptionalDouble.empty(), TextScale.LARGEST)).isEqualTo(21);
        assertThat(TextSize.rootSize(18, OptionalDouble.empty(), TextScale.LARGER)).isEqualTo(19 * 1.25);
        assertThat(TextSize.rootSize(13, TextSize.chosen("20"), TextScale.LARGEST)).isEqualTo(30);
        assertThat(TextSize.rootSize(13, TextSize.chosen("40"), TextScale.LARGEST)).isEqualTo(48);
        assertThat(TextScale.named("LARGER")).isEqualTo(TextScale.LARGER);
        assertThat(TextScale.named("huge")).as("an unknown stored value").isEqualTo(TextScale.STANDARD);
    }

    @Test
    void theRootKeepsItsOtherStylesAndHasOneFontSize() {
        assertThat(TextSize.withSize(null, 14)).isEqualTo("-fx-font-size: 14px;");
        assertThat(TextSize.withSize("-fx-pref-height: 40em", 19)).isEqualTo("-fx-pref-height: 40em; -fx-font-size: 19px;");
        assertThat(TextSize.withSize("-fx-font-size: 14px; -fx-padding: 2;", 16.5))
                .isEqualTo("-fx-padding: 2; -fx-font-size: 16.5px;");
    }
}
