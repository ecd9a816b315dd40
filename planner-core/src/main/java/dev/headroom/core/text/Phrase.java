package dev.headroom.core.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Words planner-core writes for a planner, kept as a key of one of its bundles and the values to put in, so
 * that files and the command line get them in English ({@link #english()}) and a window in its own language
 * ({@link #in(Locale)}). The bundles are {@code .properties} files (UTF-8) beside the classes that use them:
 * {@code Name.properties} in English, {@code Name_zh_CN.properties} in Simplified Chinese. Every value is a
 * {@link MessageFormat} pattern. An argument that is a {@code Phrase} is written in the same language; one
 * that is a {@link List} is written item after item with the bundle's {@code list.separator} between them.
 *
 * @param bundle the bundle's base name, e.g. {@code dev.headroom.core.plan.Reasons}
 * @param key    the pattern's key in it
 * @param args   the values, in the pattern's argument order
 */
public record Phrase(String bundle, String key, List<Object> args) {

    /** English is the base bundle; no other language stands in for it whatever the default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Phrase {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** The pattern {@code key} of {@code bundle} with {@code args} to put in. */
    public static Phrase of(String bundle, String key, Object... args) {
        return new Phrase(bundle, key, List.of(args));
    }

    /** In English, as files and the command line write it. */
    public String english() {
        return in(Locale.ROOT);
    }

    /**
     * In {@code locale}'s language when the bundle has it (else English), numbers and dates in its formats.
     *
     * @throws java.util.MissingResourceException when the bundle lacks the key: a bug the bundle tests catch
     */
    public String in(Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = written(args.get(i), words, locale);
        }
        return new MessageFormat(words.getString(key), words.getLocale()).format(values);
    }

    private static Object written(Object arg, ResourceBundle words, Locale locale) {
        if (arg instanceof Phrase p) {
            return p.in(locale);
        }
        if (arg instanceof List<?> items) {
            return items.stream().map(i -> String.valueOf(written(i, words, locale)))
                    .collect(Collectors.joining(words.getString("list.separator")));
        }
        return arg;
    }
}
