package dev.headroom.app.gui.workspace;

import java.util.Locale;

/**
 * The languages the window speaks. Each is named in itself ("简体中文" in an English window too), so that a
 * planner who cannot read the current language still finds their own.
 */
public enum Language {
    ENGLISH("English", Locale.ENGLISH, "en"),
    SIMPLIFIED_CHINESE("简体中文", Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final String ownName;
    private final Locale locale;
    private final String tag;

    Language(String ownName, Locale locale, String tag) {
        this.ownName = ownName;
        this.locale = locale;
        this.tag = tag;
    }

    /** The language's name in itself. */
    public String ownName() {
        return ownName;
    }

    /** The locale of the window's words, numbers and dates in this language. */
    public Locale locale() {
        return locale;
    }

    /** How preferences and the command line write it: {@code en}, {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    /** The language for a locale: Chinese for any Chinese locale, English for every other. */
    public static Language of(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The language of a tag as {@link #tag()} writes it (case and {@code _} or {@code -} do not matter). */
    public static Language ofTag(String tag) {
        return of(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
