package dev.headroom.app.cli;

import dev.headroom.app.service.FakePrometheus;
import dev.headroom.app.service.PrometheusImports;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.project.Project;
import dev.headroom.io.project.ProjectFile;
import dev.headroom.io.prometheus.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code headroom import-prometheus} and {@code plan --refresh}, against a stand-in for Prometheus's API. */
class ImportPrometheusCommandTest {
    private static final String TOKEN = "t0ken-never-saved";

    @TempDir
    Path dir;
    private FakePrometheus prometheus;

    @BeforeEach
    void start() throws IOException {
        prometheus = new FakePrometheus();
    }

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrometheusImports.Secrets secrets = new PrometheusImports.Secrets(Map.of("PROM_TOKEN", TOKEN), Optional::empty);
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), secrets).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private List<String> importArgs(String from, String to, String... more) {
        List<String> args = new ArrayList<>(List.of("import-prometheus", "--url", prometheus.url(), "--by", "namespace",
                "--query", "cpu=sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))",
                "--query", "memory=sum by (namespace) (container_memory_working_set_bytes) / 2^30",
                "--from", from, "--to", to, "--out", dir.resolve("usage.csv").toString()));
        args.addAll(List.of(more));
        return args;
    }

    /** The monthly maximum of the stand-in's hourly values of a workload. */
    private static double monthlyMax(String workload, LocalDate month) {
        double max = Double.NEGATIVE_INFINITY;
        long start = month.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long end = month.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        for (long t = start; t < end; t += 3600) {
            max = Math.max(max, FakePrometheus.value(workload, t));
        }
        return max;
    }

    @Test
    void writesTheRolledUpHistoryInTheContractsLongLayout() throws IOException {
        CliRun r = run(importArgs("2025-01-01", "2025-02-28", "--aggregation", "cpu=max", "--aggregation", "memory=max",
                "--bearer-env", "PROM_TOKEN").toArray(String[]::new));

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("cpu: 2 series", "memory: 2 series", "Wrote ");
        List<String> lines = Files.readAllLines(dir.resolve("usage.csv"));
        assertThat(lines.getFirst()).isEqualTo("period,workload,resource,usage");
        assertThat(lines).hasSize(1 + 2 * 2 * 2);
        assertThat(lines).contains("2025-01,checkout,cpu," + (long) monthlyMax("checkout", LocalDate.of(2025, 1, 1)),
                "2025-02,search,memory," + (long) monthlyMax("search", LocalDate.of(2025, 2, 1)));
        assertThat(prometheus.authorizations).isNotEmpty().allMatch(("Bearer " + TOKEN)::equals);
        assertThat(prometheus.requests).allSatisfy(q -> assertThat(q.get("step")).isEqualTo("3600"));
    }

    @Test
    void aSavedImportIsRefreshedByPlanWithTheNewPeriodsAndNoSecretInTheFile() throws IOException {
        Path sample = dir.resolve("sample.xlsx");
        Path project = dir.resolve("capacity.headroom");
        assertThat(run("sample", "--out", sample.toString()).exitCode()).isZero();
        CliRun made = run("plan", "--input", sample.toString(), "--out", dir.resolve("p0.xlsx").toString(),
                "--time-limit", "2", "--save-project", project.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();

        CliRun imported = run(importArgs("2025-01-01", "2025-02-10", "--bearer-env", "PROM_TOKEN",
                "--save-project", project.toString()).toArray(String[]::new));
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Project saved = ProjectFile.read(project);
        assertThat(saved.prometheusImports()).singleElement().satisfies(p -> {
            assertThat(p.credentials()).isEqualTo(Credentials.bearer("PROM_TOKEN"));
            assertThat(p.to()).isEqualTo(LocalDate.of(2025, 2, 10));
        });
        assertThat(series(saved, "checkout", "memory").end().toString()).isEqualTo("2025-02");
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);

        int requestsBefore = prometheus.requests.size();
        CliRun planned = run("plan", "--input", project.toString(), "--out", dir.resolve("p1.xlsx").toString(),
                "--time-limit", "2");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(prometheus.requests).as("nothing fetched without --refresh").hasSize(requestsBefore);

        CliRun refreshed = run("plan", "--input", project.toString(), "--out", dir.resolve("p2.xlsx").toString(),
                "--time-limit", "2", "--refresh", "--refresh-until", "2025-04-30");
        assertThat(refreshed.exitCode()).as(refreshed.err()).isZero();
        assertThat(refreshed.out()).contains("Refreshed from Prometheus " + prometheus.url() + ": 2025-01-01 to 2025-04-30");
        assertThat(prometheus.requests.subList(requestsBefore, prometheus.requests.size()))
                .as("from the start of February, the month cut short")
                .allSatisfy(q -> assertThat(q.get("start")).isEqualTo(String.valueOf(
                        LocalDate.of(2025, 2, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond())));
        Project after = ProjectFile.read(project);
        TimeSeries memory = series(after, "checkout", "memory");
        assertThat(memory.end().toString()).isEqualTo("2025-04");
        assertThat(memory.valueAt(memory.length() - 3)).as("February, now whole, by the project's roll-up of memory (max)")
                .isEqualTo(monthlyMax("checkout", LocalDate.of(2025, 2, 1)));
        assertThat(after.prometheusImports().getFirst().to()).isEqualTo(LocalDate.of(2025, 4, 30));
    }

    private static TimeSeries series(Project p, String workload, String resource) {
        return p.input().usage().stream().filter(s -> s.key().equals(new SeriesKey(workload, resource))).findFirst()
                .orElseThrow();
    }

    @Test
    void aServerThatCannotBeReachedExitsTwoAndWritesNothing() {
        List<String> args = importArgs("2025-01-01", "2025-01-31");
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        args.set(2, "http://127.0.0.1:" + port);
        CliRun r = run(args.toArray(String[]::new));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("Prometheus 127.0.0.1:" + port
                + ": cannot reach the Prometheus server at 127.0.0.1:" + port + ": connection refused");
        assertThat(dir.resolve("usage.csv")).doesNotExist();
    }

    @Test
    void badOptionsExitTwoWithOneLineSayingWhy() {
        assertThat(run(importArgs("2025-02-01", "2025-01-31").toArray(String[]::new)).errLines())
                .containsExactly("headroom: the range ends (2025-01-31) before it starts (2025-02-01)");
        List<String> badQuery = importArgs("2025-01-01", "2025-01-31");
        badQuery.set(badQuery.indexOf("--query") + 1, "sum(up)");
        CliRun q = run(badQuery.toArray(String[]::new));
        assertThat(q.exitCode()).isEqualTo(2);
        assertThat(q.errLines().getFirst()).startsWith("headroom: --query \"sum(up)\" is not RESOURCE=PROMQL");
        assertThat(run(importArgs("2025-01-01", "2025-01-31", "--password-env", "X").toArray(String[]::new)).errLines())
                .containsExactly("headroom: --password-env needs --user");
        assertThat(run(importArgs("2025-01-01", "2025-01-31", "--step", "1 hour").toArray(String[]::new)).errLines())
                .containsExactly("headroom: --step: \"1 hour\" is not a step: write e.g. 30s, 5m, 1h or 1d");
        CliRun missing = run(importArgs("2025-01-01", "2025-01-31", "--user", "me", "--password-env", "NOT_SET")
                .toArray(String[]::new));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly(
                "the environment variable NOT_SET that should hold the password is not set");
        assertThat(prometheus.requests).isEmpty();
        assertThat(dir.resolve("usage.csv")).doesNotExist();
    }

    @Test
    void refreshNeedsAProjectThatKeepsAnImport() throws IOException {
        Path sample = dir.resolve("sample.xlsx");
        assertThat(run("sample", "--out", sample.toString()).exitCode()).isZero();
        CliRun r = run("plan", "--input", sample.toString(), "--out", dir.resolve("p.xlsx").toString(), "--refresh");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("headroom: --refresh needs a project (.headroom) that keeps an import"
                + " from Prometheus, not sample.xlsx");
    }
}
