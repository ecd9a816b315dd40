package dev.headroom.core.text;

import dev.headroom.core.allocation.SearchStop;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * planner-core's bundles (and the forecaster's words in them) are complete: the same keys in English and
 * Chinese, the same arguments in both, no empty value, every pattern a valid MessageFormat, every key the
 * code names written, and no key written that nothing names.
 */
class BundleCompletenessTest {

    /**
     * Where a key is named: reason("key", Progress.step("key", Phrase.of(WORDS, "key"; "key" as a switch's
     * value; either key of a choice {@code ? "a" : "b"}.
     */
    private static final Pattern NAMED = Pattern.compile(
            "(?:reason|step|Phrase\\.of\\(\\w+,)\\s*\\(?\\s*\"([A-Za-z.]+)\"|->\\s*\"([A-Za-z.]+)\";"
                    + "|\\?\\s*\"([A-Za-z.]+)\"\\s*:\\s*\"([A-Za-z.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"plan/Reasons", "progress/Steps", "forecast/Adjustments"})
    void bothLanguagesHaveTheSameKeysAndArguments(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties chinese = load(bundle + "_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String zh = chinese.getProperty(key);
            assertThat(en).as(key).isNotBlank();
            assertThat(zh).as(key).isNotBlank();
            assertThatCode(() -> new MessageFormat(en)).as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(zh)).as(key).doesNotThrowAnyException();
            assertThat(arguments(zh)).as(key + " in Chinese").isEqualTo(arguments(en));
            if (!key.equals("names")) {
                assertThat(zh).as(key + " is translated").isNotEqualTo(en);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan/Reasons", "progress/Steps", "forecast/Adjustments"})
    void everyKeyNamedIsWrittenAndEveryKeyWrittenIsNamed(String bundle) throws IOException {
        Set<String> written = load(bundle + ".properties").stringPropertyNames();
        Set<String> named = named(bundle);
        assertThat(written).containsAll(named);
        assertThat(named).containsAll(written);
    }

    /** The keys the code of the bundle's package names, literally or as a prefix and an enum constant. */
    private static Set<String> named(String bundle) throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.add("list.separator");
        switch (bundle) {
            case "plan/Reasons" -> {
                keys.addAll(literals(Path.of("src/main/java/dev/headroom/core/allocation/UnmetCause.java")));
                keys.add("separator");
            }
            case "progress/Steps" -> {
                for (String source : new String[] {"pipeline/Planner.java", "allocation/Allocator.java",
                        "allocation/SearchPhase.java", "allocation/PortfolioSearch.java"}) {
                    keys.addAll(literals(Path.of("src/main/java/dev/headroom/core/" + source)));
                }
                Path forecaster = Path.of("../forecast/src/main/java/dev/headroom/forecast/SmileForecaster.java");
                assertThat(forecaster).exists();
                keys.addAll(literals(forecaster));
                Arrays.stream(PlanStatus.values()).forEach(s -> keys.add("status." + s.name()));
                Arrays.stream(SearchStop.values()).forEach(s -> keys.add("stop." + s.name()));
                Arrays.stream(SearchStop.values()).forEach(s -> keys.add("done." + s.name()));
                keys.removeIf(k -> k.endsWith("."));
            }
            case "forecast/Adjustments" ->
                    keys.addAll(literals(Path.of("src/main/java/dev/headroom/core/forecast/ForecastAdjustment.java")));
            default -> throw new IllegalArgumentException(bundle);
        }
        return keys;
    }

    private static Set<String> literals(Path source) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = NAMED.matcher(Files.readString(source));
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    keys.add(m.group(g));
                }
            }
        }
        assertThat(keys).as("keys named in " + source).isNotEmpty();
        return keys;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> args = new TreeSet<>();
        ARGUMENT.matcher(pattern).results().forEach(r -> args.add(Integer.parseInt(r.group(1))));
        return args;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleCompletenessTest.class.getResourceAsStream("/dev/headroom/core/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

}
