package dev.headroom.app.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code headroom forecast} on a long-layout CSV: CONTRACT §4's columns and rows. */
class ForecastCommandTest {

    @TempDir
    Path dir;

    private Path usage() throws IOException {
        StringBuilder csv = new StringBuilder("period,workload,resource,usage\n");
        for (int m = 0; m < 30; m++) {
            String period = String.format(Locale.ROOT, "%04d-%02d", 2022 + m / 12, m % 12 + 1);
            csv.append(period).append(",web,cpu,").append(10 + 0.5 * m).append('\n');
            csv.append(period).append(",db,memory,").append(100 + 3 * Math.sin(m)).append('\n');
        }
        Path file = dir.resolve("usage.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv);
             CSVParser p = CSVFormat.DEFAULT.builder().setHeader().get().parse(r)) {
            assertThat(p.getHeaderNames()).containsSubsequence("workload", "resource", "period", "point", "lo80", "hi80",
                    "lo95", "hi95", "model");
            return p.getRecords();
        }
    }

    @Test
    void forecastsEverySeriesForTheHorizonInTheInputsNotation() throws IOException {
        Path out = dir.resolve("f.csv");
        CliRun run = CliRun.of("forecast", "--input", usage().toString(), "--horizon", "6", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<CSVRecord> rows = read(out);
        assertThat(rows).hasSize(12);
        assertThat(rows).filteredOn(r -> r.get("workload").equals("web")).extracting(r -> r.get("period"))
                .containsExactly("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");
        for (CSVRecord r : rows) {
            double lo95 = Double.parseDouble(r.get("lo95"));
            double lo80 = Double.parseDouble(r.get("lo80"));
            double point = Double.parseDouble(r.get("point"));
            double hi80 = Double.parseDouble(r.get("hi80"));
            double hi95 = Double.parseDouble(r.get("hi95"));
            assertThat(lo95).isLessThanOrEqualTo(lo80).isGreaterThanOrEqualTo(0);
            assertThat(lo80).isLessThanOrEqualTo(point);
            assertThat(point).isLessThanOrEqualTo(hi80);
            assertThat(hi80).isLessThanOrEqualTo(hi95);
        }
        // A straight line 10 + 0.5 m continues: month 30 is 25.
        assertThat(Double.parseDouble(rows.stream().filter(r -> r.get("workload").equals("web")).findFirst()
                .orElseThrow().get("point"))).isBetween(24.0, 26.0);
    }

    @Test
    void otherLevelsGiveTheirOwnColumns() throws IOException {
        Path out = dir.resolve("f50.csv");
        CliRun run = CliRun.of("forecast", "--input", usage().toString(), "--horizon", "2", "--out", out.toString(),
                "--level", "50,80,95");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out).getFirst()).contains("lo50", "hi50", "lo80", "hi95");
    }

    @Test
    void anUnknownModelIsAUsageErrorListingTheKnownOnes() throws IOException {
        Path out = dir.resolve("never.csv");
        CliRun run = CliRun.of("forecast", "--input", usage().toString(), "--horizon", "6", "--out", out.toString(),
                "--model", "crystal-ball");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("crystal-ball", "known: auto", "theta");
        assertThat(out).doesNotExist();
    }

    @Test
    void aLevelOutsideZeroToHundredIsAUsageError() throws IOException {
        CliRun run = CliRun.of("forecast", "--input", usage().toString(), "--horizon", "6", "--out",
                dir.resolve("x.csv").toString(), "--level", "120");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("120");
    }
}
