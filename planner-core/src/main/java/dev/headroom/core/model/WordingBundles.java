package dev.headroom.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a bundle of {@link Wording} patterns for what would show a planner broken words: a key missing in English
 * or Chinese, an empty text, a Chinese text that drops or invents an argument, a single quote (which MessageFormat
 * silently swallows), a key the code names that no file has. Each module's completeness test calls it.
 */
public final class WordingBundles {

    /** The Chinese file's suffix beside the English base file. */
    public static final String CHINESE = "_zh_CN";
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final int MAX_ARGUMENTS = 10;

    private WordingBundles() {
    }

    /**
     * Every gap in bundle {@code baseName}, one line each; empty when English and Chinese are complete.
     *
     * @param keysUsed the keys the code names, each of which must exist in both languages
     */
    public static List<String> gaps(String baseName, Collection<String> keysUsed) {
        Properties english = load(baseName, "");
        Properties chinese = load(baseName, CHINESE);
        List<String> gaps = new ArrayList<>();
        Set<String> all = new TreeSet<>(english.stringPropertyNames());
        all.addAll(chinese.stringPropertyNames());
        all.addAll(keysUsed);
        for (String key : all) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            if (en == null || zh == null) {
                gaps.add(key + ": missing in " + (en == null ? "English" : "Chinese")
                        + (keysUsed.contains(key) ? " (the code uses it)" : ""));
                continue;
            }
            checkOne(key, "English", en, gaps);
            checkOne(key, "Chinese", zh, gaps);
            if (!arguments(en).equals(arguments(zh))) {
                gaps.add(key + ": English uses arguments " + arguments(en) + ", Chinese " + arguments(zh));
            }
        }
        return gaps;
    }

    private static void checkOne(String key, String language, String pattern, List<String> gaps) {
        if (pattern.isBlank()) {
            gaps.add(key + ": empty in " + language);
        }
        if (LONE_QUOTE.matcher(pattern).find()) {
            gaps.add(key + ": a single quote in " + language + " (write it twice)");
        }
    }

    /** The argument numbers a pattern puts in, found by formatting it with markers. */
    static Set<Integer> arguments(String pattern) {
        Object[] markers = new Object[MAX_ARGUMENTS];
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            markers[i] = "\u0001" + i + "\u0002";
        }
        String out = new MessageFormat(pattern, java.util.Locale.ROOT).format(markers);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < MAX_ARGUMENTS; i++) {
            if (out.contains((String) markers[i])) {
                used.add(i);
            }
        }
        return used;
    }

    private static Properties load(String baseName, String suffix) {
        String resource = baseName.replace('.', '/') + suffix + ".properties";
        Properties p = new Properties();
        try (InputStream in = WordingBundles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle file " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("bundle file " + resource + " cannot be read", e);
        }
        return p;
    }
}
