package dev.headroom.app.gui.workspace;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Languages by locale and by the tag preferences store. */
class LanguageTest {

    @Test
    void everyChineseLocaleIsSimplifiedChineseAndEveryOtherEnglish() {
        assertThat(Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.US)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void tagsRoundTrip() {
        for (Language l : Language.values()) {
            assertThat(Language.ofTag(l.tag())).isEqualTo(l);
        }
        assertThat(Language.ofTag("zh_CN")).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void theChineseBundleIsReadInAChineseLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Language.SIMPLIFIED_CHINESE.locale());
            assertThat(Texts.named("dev.headroom.app.gui.workspace.Texts").get("theme.dark")).isEqualTo("深色");
            Locale.setDefault(Language.ENGLISH.locale());
            assertThat(Texts.named("dev.headroom.app.gui.workspace.Texts").get("theme.dark")).isEqualTo("Dark");
        } finally {
            Locale.setDefault(before);
        }
    }
}
