package dev.headroom.io.golden;

import dev.headroom.io.usage.UsageImport;
import dev.headroom.io.usage.UsageImporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files of text inputs (src/test/resources/dev/headroom/io/golden): each input beside the
 * mapping it is imported with and the import expected, for every layout, period notation, unit and
 * number writing of issue #3. The same inputs are also read re-encoded, so that every encoding the
 * importer detects gives the same result.
 */
class GoldenImportTest {
    private static final String FOLDER = "/dev/headroom/io/golden/";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"long-months.csv", "wide-series.csv", "wide-fixed-resource.csv", "period-notations.csv",
        "timestamp-days.csv", "timestamp-zone.csv", "units-memory.csv", "units-cpu-network.csv", "units-first-stated.csv",
        "decimal-comma.csv", "separators-point.csv", "tabs.tsv", "grafana-preamble.csv", "rollup-aggregations.csv"})
    void importsAsExpected(String input) throws IOException {
        Path file = copy(input, input, StandardCharsets.UTF_8, false);

        assertThat(GoldenFiles.render(importOf(input, file))).isEqualTo(resource(expected(input)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "UTF-16LE", "windows-1252"})
    void everyEncodingGivesTheSameImport(String encoding) throws IOException {
        for (String input : new String[] {"long-months.csv", "decimal-comma.csv", "units-memory.csv", "tabs.tsv"}) {
            String charset = encoding.replace(" BOM", "");
            Path file = copy(input, input, Charset.forName(charset), encoding.endsWith("BOM"));

            assertThat(GoldenFiles.render(importOf(input, file))).as(input + " in " + encoding)
                    .isEqualTo(resource(expected(input)));
        }
    }

    private UsageImport importOf(String input, Path file) throws IOException {
        Properties mapping = new Properties();
        String name = input.substring(0, input.lastIndexOf('.')) + ".mapping";
        try (InputStream in = GoldenImportTest.class.getResourceAsStream(FOLDER + name)) {
            if (in != null) {
                try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                    mapping.load(r);
                }
            }
        }
        return UsageImporter.read(file, GoldenFiles.mapping(mapping), GoldenFiles.options(mapping));
    }

    private static String expected(String input) {
        return input.substring(0, input.lastIndexOf('.')) + ".expected";
    }

    private Path copy(String resource, String name, Charset charset, boolean bom) throws IOException {
        byte[] text = resource(resource).getBytes(charset);
        byte[] mark = !bom ? new byte[0] : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] all = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(text, 0, all, mark.length, text.length);
        return Files.write(dir.resolve(name), all);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenImportTest.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("no golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
