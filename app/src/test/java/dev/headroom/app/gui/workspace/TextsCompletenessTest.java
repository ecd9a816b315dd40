package dev.headroom.app.gui.workspace;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both languages of the window are complete: every {@code Texts.properties} has a {@code Texts_zh_CN.properties}
 * with the same keys and the same MessageFormat arguments, no value is empty, and every key the code names
 * exists. A key added in one language only, or used in code and never written, fails here.
 */
class TextsCompletenessTest {

    private static final Path RESOURCES = Path.of("src/main/resources/dev/headroom/app/gui");
    private static final Path SOURCES = Path.of("src/main/java/dev/headroom/app/gui");
    /**
     * {@code T.get("key")}, {@code T.get("key", args)} and {@code T.has("key")}: how the code names a key (the
     * field is called T). A key put together at run time ({@code "screen." + name}) is not seen here: the
     * class's own test asks for every such word (e.g. {@code LabelsTest}).
     */
    private static final Pattern KEY_USE = Pattern.compile("\\bT\\.(?:get|has)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern TEXTS_OF = Pattern.compile("Texts\\.of\\((\\w+)\\.class\\)");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Words that stay the same in Chinese: names of products and formats. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Headroom", "Excel", "Prometheus", "xlsx",
            "csv", "json", "PDF", "CSV", "JSON", "PNG", "GiB", "MiB", "TiB", "vCPU", "cores", "Mbit", "Gbit", "MASE",
            "sMAPE", "CPU", "PromQL");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        List<Path> english = bundles();
        assertThat(english).as("bundles under " + RESOURCES.toAbsolutePath()).isNotEmpty();
        for (Path en : english) {
            Path zh = en.resolveSibling("Texts_zh_CN.properties");
            assertThat(zh).as("Chinese beside " + en).exists();
            Map<String, String> enValues = read(en);
            Map<String, String> zhValues = read(zh);
            assertThat(zhValues.keySet()).as("keys of " + zh + " against " + en).isEqualTo(enValues.keySet());
            for (var entry : enValues.entrySet()) {
                String key = entry.getKey();
                String enValue = entry.getValue();
                String zhValue = zhValues.get(key);
                assertThat(enValue).as(en + ": " + key).isNotBlank();
                assertThat(zhValue).as(zh + ": " + key).isNotBlank();
                assertThat(arguments(zhValue)).as(zh + ": arguments of " + key).isEqualTo(arguments(enValue));
                assertQuotesDoubled(en, key, enValue);
                assertQuotesDoubled(zh, key, zhValue);
                if (zhValue.equals(enValue)) {
                    assertThat(wordsNotTranslated(zhValue)).as(zh + ": " + key + " is still English").isEmpty();
                }
            }
        }
        assertThat(Files.list(RESOURCES).flatMap(TextsCompletenessTest::filesIn)
                .filter(p -> p.getFileName().toString().startsWith("Texts_")))
                .as("every Chinese bundle has an English one").allSatisfy(zh ->
                        assertThat(zh.resolveSibling("Texts.properties")).exists());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Map<String, Set<String>> missing = new TreeMap<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // Texts.java itself shows the usage in its Javadoc.
            for (Path source : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Texts.java")).toList()) {
                String code = Files.readString(source);
                Matcher of = TEXTS_OF.matcher(code);
                if (!of.find()) {
                    assertThat(KEY_USE.matcher(code).find()).as(source + " names keys without Texts.of").isFalse();
                    continue;
                }
                assertThat(source.resolveSibling(of.group(1) + ".java"))
                        .as(source + " reads the words of its own package").exists();
                Path bundle = RESOURCES.resolve(SOURCES.relativize(source.getParent())).resolve("Texts.properties");
                assertThat(bundle).as("bundle of " + source).exists();
                Set<String> keys = read(bundle).keySet();
                Matcher use = KEY_USE.matcher(code);
                while (use.find()) {
                    named++;
                    if (!keys.contains(use.group(1))) {
                        missing.computeIfAbsent(source.getFileName().toString(), f -> new TreeSet<>()).add(use.group(1));
                    }
                }
            }
        }
        assertThat(named).as("keys named in code (a scan that finds none is broken)").isGreaterThan(10);
        assertThat(missing).as("keys named in code but missing from their package's Texts.properties").isEmpty();
    }

    @Test
    void aMissingKeyShowsInBracketsInsteadOfFailingTheWindow() {
        assertThat(Texts.of(Texts.class).get("no.such.key")).isEqualTo("[no.such.key]");
    }

    private static void assertQuotesDoubled(Path file, String key, String value) {
        assertThat(value.replace("''", "")).as(file + ": " + key + " has a single quote (write '' for one)")
                .doesNotContain("'");
    }

    private static Set<String> wordsNotTranslated(String value) {
        Set<String> words = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(value.replaceAll("\\{[^}]*}", ""));
        while (m.find()) {
            if (!SAME_IN_EVERY_LANGUAGE.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern.replace("''", ""));
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    private static List<Path> bundles() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            files.filter(p -> p.getFileName().toString().equals("Texts.properties")).sorted().forEach(found::add);
        }
        return found;
    }

    private static Stream<Path> filesIn(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.list(dir).toList().stream() : Stream.of(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        return values;
    }
}
