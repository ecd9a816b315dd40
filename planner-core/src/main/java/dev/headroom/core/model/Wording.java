package dev.headroom.core.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Words for a planner, kept as a bundle key and its arguments so that they can be said in the planner's language
 * later: English for files, the command line and the contract's problem lines, Simplified Chinese in a Chinese
 * window. The one mechanism for every module's words: problems, reasons for unmet demand, progress, forecast
 * adjustments.
 *
 * <p>Each module keeps its words in bundles of {@link MessageFormat} patterns (UTF-8 properties files): the base
 * file is English, {@code _zh_CN} is Chinese. An argument that is itself a {@code Wording} (a frequency, a kind of
 * thing, a reason inside a reason) is said in the same language. The arguments are put in one of two ways:
 * <ul>
 *   <li>{@link #of}: as text, never formatted by the locale, so that a row such as 1017 or a value such as 0.0
 *       reads the same in every language and the English lines stay what they always were (problems);</li>
 *   <li>{@link #formatted}: as values the pattern formats in the language's locale ({@code {0,number,#}}, a
 *       choice for the plural), a {@link List} written item after item with the bundle's {@code list.separator}
 *       (reasons, progress, adjustments).</li>
 * </ul>
 *
 * @param bundle       the bundle's base name, e.g. {@code dev.headroom.core.model.Problems}; empty for a literal text
 * @param key          the pattern's key in the bundle, or the literal text itself
 * @param args         the arguments: texts and nested wordings, or with {@code formatsValues} any values
 * @param formatsValues whether the arguments are values for the pattern to format ({@link #formatted}) rather than
 *                     texts ({@link #of})
 */
public record Wording(String bundle, String key, List<Object> args, boolean formatsValues) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Wording {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        if (formatsValues) {
            args = List.copyOf(args);
        } else {
            List<Object> kept = new ArrayList<>(args.size());
            for (Object a : args) {
                kept.add(a instanceof Wording w ? w : String.valueOf(a));
            }
            args = List.copyOf(kept);
        }
    }

    /** Words whose arguments are texts (see {@link #of}). */
    public Wording(String bundle, String key, List<Object> args) {
        this(bundle, key, args, false);
    }

    /** The pattern {@code key} of {@code bundle} with {@code args} put in as text. */
    public static Wording of(String bundle, String key, Object... args) {
        return new Wording(bundle, key, java.util.Arrays.asList(args));
    }

    /**
     * The pattern {@code key} of {@code bundle} with {@code args} as values it formats in the language's locale
     * (numbers, choices); a list argument is written with the bundle's {@code list.separator}. No argument is null.
     */
    public static Wording formatted(String bundle, String key, Object... args) {
        return new Wording(bundle, key, List.of(args), true);
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
        Object[] said = args.stream().map(a -> said(a, locale)).toArray();
        return new MessageFormat(pattern(key, locale), formatsValues ? language(locale) : Locale.ROOT).format(said);
    }

    private Object said(Object arg, Locale locale) {
        if (arg instanceof Wording w) {
            return w.in(locale);
        }
        if (arg instanceof List<?> items) {
            return items.stream().map(i -> String.valueOf(said(i, locale)))
                    .collect(Collectors.joining(pattern("list.separator", locale)));
        }
        return arg;
    }

    /** The language words are said in: Simplified Chinese for any Chinese locale, else English (the root). */
    private static Locale language(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    }

    /** The English words: what {@link InputProblem#toString()} and the command line show. */
    public String english() {
        return in(Locale.ROOT);
    }

    private String pattern(String patternKey, Locale locale) {
        try {
            return bundleFor(bundle, locale).getString(patternKey);
        } catch (MissingResourceException e) {
            // A missing Chinese text (the completeness tests forbid it) still leaves the English one.
            return bundleFor(bundle, Locale.ROOT).getString(patternKey);
        }
    }

    /**
     * The bundle {@code baseName} in {@code locale}'s language, without the JVM default locale's fallback.
     * Public so that the completeness tests read the same bundles as the messages do.
     */
    public static ResourceBundle bundleFor(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, language(locale), Wording.class.getClassLoader(), NO_FALLBACK);
    }

    /** The English words, so that a wording shown by mistake where a text was expected still reads well. */
    @Override
    public String toString() {
        return english();
    }
}
