package dev.headroom.core.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What a message says, kept as a bundle key and its arguments so that it can be said in the planner's language
 * later: English for the command line and the contract's problem lines, Simplified Chinese in a Chinese window.
 *
 * <p>Each module keeps its words in one bundle of {@link MessageFormat} patterns (UTF-8 properties files): the base
 * file is English, {@code _zh_CN} is Chinese. Arguments are put in as text, never formatted as numbers by the locale,
 * so that a row such as 1017 reads the same in every language and the English lines stay what they always were;
 * an argument that is itself a {@code Wording} (a frequency, a kind of thing) is said in the same language.
 *
 * @param bundle the bundle's base name, e.g. {@code dev.headroom.core.model.Problems}; empty for a literal text
 * @param key    the pattern's key in the bundle, or the literal text itself
 * @param args   the arguments: texts and nested wordings
 */
public record Wording(String bundle, String key, List<Object> args) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Wording {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        List<Object> kept = new ArrayList<>(args.size());
        for (Object a : args) {
            kept.add(a instanceof Wording w ? w : String.valueOf(a));
        }
        args = List.copyOf(kept);
    }

    /** The pattern {@code key} of {@code bundle} with {@code args} put in. */
    public static Wording of(String bundle, String key, Object... args) {
        return new Wording(bundle, key, java.util.Arrays.asList(args));
    }

    /**
     * A text that is the same in every language: a message from outside Headroom (a library's, the operating
     * system's) or one not yet put into a bundle.
     */
    public static Wording literal(String text) {
        return new Wording("", String.valueOf(text), List.of());
    }

    /** Whether this is a literal text rather than a bundle's pattern. */
    public boolean isLiteral() {
        return bundle.isEmpty();
    }

    /**
     * The words in {@code locale}'s language: Simplified Chinese for any Chinese locale, English for every other.
     * The JVM's default locale never decides it, so English stays English in a Chinese window's log.
     */
    public String in(Locale locale) {
        if (isLiteral()) {
            return key;
        }
        Object[] said = args.stream().map(a -> a instanceof Wording w ? w.in(locale) : a).toArray();
        return new MessageFormat(pattern(locale), Locale.ROOT).format(said);
    }

    /** The English words: what {@link InputProblem#toString()} and the command line show. */
    public String english() {
        return in(Locale.ROOT);
    }

    private String pattern(Locale locale) {
        try {
            return bundleFor(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            // A missing Chinese text (the completeness tests forbid it) still leaves the English one.
            return bundleFor(bundle, Locale.ROOT).getString(key);
        }
    }

    /**
     * The bundle {@code baseName} in {@code locale}'s language, without the JVM default locale's fallback.
     * Public so that the completeness tests read the same bundles as the messages do.
     */
    public static ResourceBundle bundleFor(String baseName, Locale locale) {
        Locale target = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, target, Wording.class.getClassLoader(), NO_FALLBACK);
    }

    /** The English words, so that a wording shown by mistake where a text was expected still reads well. */
    @Override
    public String toString() {
        return english();
    }
}
