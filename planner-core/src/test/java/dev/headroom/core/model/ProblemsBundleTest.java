package dev.headroom.core.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The core's problem texts exist in English and Chinese, key for key, for every key the code names. */
class ProblemsBundleTest {

    /**
     * {@code ModelWords.of("usage.twice"}, {@code ModelWords.invalid("pool.haNodes"}, InputProblem's
     * {@code words("place.row"}: the keys the code names literally.
     */
    private static final Pattern LITERAL_KEY = Pattern.compile("(?:ModelWords\\.(?:of|invalid)|\\bwords)\\(\"([^\"]+)\"");

    @Test
    void englishAndChineseAreCompleteForEveryKeyTheCodeUses() throws IOException {
        Set<String> used = keysNamedIn(Path.of("src/main/java"));
        // Keys put together at run time: one per frequency, per kind of thing, per kind of series.
        Arrays.stream(Frequency.values()).forEach(f -> used.add("frequency." + f.name()));
        Stream.of("resource", "workload", "pool", "nodeType", "scenario").forEach(t -> used.add("thing." + t));
        Arrays.stream(dev.headroom.core.forecast.ForecastAdjustment.Kind.values())
                .forEach(k -> used.add("adjustment.kind." + k.name()));
        Stream.of("usage", "demand").forEach(s -> {
            used.add(s + ".workloadUndefined");
            used.add(s + ".resourceUndefined");
        });
        used.removeIf(k -> k.endsWith("."));

        assertThat(used).contains("input.noPools", "place.row", "scenario.undefined", "pool.haNodes", "name.empty");
        assertThat(WordingBundles.gaps(ModelWords.BUNDLE, used)).isEmpty();
    }

    @Test
    void theCheckFindsAMissingKeyAndADroppedArgument() {
        assertThat(WordingBundles.gaps(ModelWords.BUNDLE, Set.of("no.such.key")))
                .containsExactly("no.such.key: missing in English (the code uses it)");
        assertThat(WordingBundles.arguments("{1} of {0}, ''{2}''")).containsExactly(0, 1, 2);
        assertThat(WordingBundles.arguments("'{0}' quoted")).isEmpty();
    }

    static Set<String> keysNamedIn(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
