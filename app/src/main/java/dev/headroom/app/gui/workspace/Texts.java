package dev.headroom.app.gui.workspace;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one package of the window, in the JVM's default locale (English, or Simplified Chinese when
 * the planner chose it: the application sets the default locale from the preferences before it builds the
 * window). Each package {@code dev.headroom.app.gui.<pkg>} keeps its words in
 * {@code dev/headroom/app/gui/<pkg>/Texts.properties} and {@code Texts_zh_CN.properties} (UTF-8).
 *
 * <p>Usage, one per class: {@code private static final Texts T = Texts.of(PlanView.class);} then
 * {@code T.get("plan.title")} or {@code T.get("plan.cost", total)}. Every value is a {@link MessageFormat}
 * pattern, arguments or not, so a quote is always written twice ({@code ''}); numbers and dates in it follow
 * the locale ({@code {0,number,#,##0}}). A test checks that both languages have the same keys and arguments
 * and that every key the code names exists.
 */
public final class Texts {

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words of the package of {@code anyClassOfThePackage}, in the default locale. */
    public static Texts of(Class<?> anyClassOfThePackage) {
        return named(anyClassOfThePackage.getPackageName() + ".Texts");
    }

    /** The words of bundle {@code baseName} (e.g. {@code dev.headroom.app.gui.plan.Texts}), in the default locale. */
    public static Texts named(String baseName) {
        return new Texts(ResourceBundle.getBundle(baseName, Locale.getDefault()));
    }

    /**
     * The text of {@code key} with {@code args} put in. A key missing from the bundle is a bug the completeness
     * test should have caught; the window shows the key in brackets rather than failing.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** Whether the bundle has {@code key} (for words chosen at run time, e.g. one per enum constant). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The locale the words are in: the one numbers and dates on the same screen should use too. */
    public Locale locale() {
        return Locale.getDefault();
    }
}
