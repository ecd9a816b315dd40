package dev.headroom.core.model;

import dev.headroom.core.allocation.SearchStop;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.progress.Progress;
import org.junit.jupiter.api.Test;
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
import java.util.Locale;
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
 * code names written (planner-core's, and the modules above that use its bundles), and no key written that
 * nothing names.
 */
class BundleCompletenessTest {

    /**
     * Where a key is named: reason("key", Progress.step("key", Wording.formatted(WORDS, "key"; "key" as a switch's
     * value; either key of a choice {@code ? "a" : "b"}.
     */
    private static final Pattern NAMED = Pattern.compile(
            "(?:reason|step|Wording\\.formatted\\(\\w+,)\\s*\\(?\\s*\"([A-Za-z.]+)\"|->\\s*\"([A-Za-z.]+)\";"
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
            // MessageFormat drops a single quote: one meant as text is written twice.
            assertThat(en.replace("''", "")).as(key + " has a single quote").doesNotContain("'");
            assertThat(zh.replace("''", "")).as(key + " has a single quote").doesNotContain("'");
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

    @Test
    void stepsReadAsBeforeInEnglishAndInChinese() {
        Wording query = Progress.step("prometheus.queries", "cpu", 3, 1200);
        assertThat(query.english()).isEqualTo("query cpu: 3 of 1200 requests");
        assertThat(query.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("查询 cpu：第 3 / 1200 个请求");
        Wording done = Progress.step("done.PARALLEL", Progress.step("status.FEASIBLE"), 4);
        assertThat(done.english()).isEqualTo("plan feasible, search budget used up on 4 threads (the plan may differ between runs)");
        assertThat(done.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("计划：可行，4 个线程上的搜索预算已用完（每次运行的计划可能不同）");
        Wording cheaper = Progress.step("solving.cheaper", 12345.678, 2.25);
        assertThat(cheaper.english()).isEqualTo("plan costing 12345.68 after 2.2 s");
        assertThat(cheaper.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("找到成本 12345.68 的计划，用时 2.2 秒");
        assertThat(Progress.step("forecast.series", 1500, 10000).english()).isEqualTo("Forecast 1,500 of 10,000 series");
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
                // The forecaster's and the Prometheus import's words are in this bundle too (modules above core).
                for (String source : new String[] {"forecast/src/main/java/dev/headroom/forecast/SmileForecaster.java",
                        "import-export/src/main/java/dev/headroom/io/prometheus/PrometheusImporter.java"}) {
                    Path above = Path.of("..", source);
                    assertThat(above).exists();
                    keys.addAll(literals(above));
                }
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
