package dev.headroom.io.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The report's words in one language: {@code ReportTexts.properties} (English) or
 * {@code ReportTexts_zh_CN.properties} (Simplified Chinese) beside this class, UTF-8. Every value is a
 * {@link MessageFormat} pattern (a quote written twice), its numbers formatted in the report's locale.
 */
final class ReportWords {

    private static final String BUNDLE = "dev.headroom.io.report.ReportTexts";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The words for {@code locale}: Chinese for any Chinese locale, English for every other. The English bundle is
     * asked for as the root locale, so that the JVM's default locale can never turn an English report Chinese.
     */
    static ReportWords of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean chinese = "zh".equals(locale.getLanguage());
        Locale bundleLocale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return new ReportWords(ResourceBundle.getBundle(BUNDLE, bundleLocale), chinese ? locale : Locale.ENGLISH);
    }

    /** The text of {@code key} with {@code args} put in. */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** Whether the words have {@code key} (for words chosen at run time). */
    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The locale numbers are written in. */
    Locale locale() {
        return locale;
    }

    /** Whether the words are Chinese (a font that prints it is then needed). */
    boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }
}
