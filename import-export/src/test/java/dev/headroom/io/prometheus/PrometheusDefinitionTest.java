package dev.headroom.io.prometheus;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of an import definition, the splitting of a range, and failures found before any roll-up. */
class PrometheusDefinitionTest {

    /** Property: the requests cover every evaluation time once, in order, each under the limit. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void splitCoversEveryTimeOnceUnderTheLimit(long seed) {
        Random random = new Random(seed);
        Instant from = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000));
        long step = 1 + random.nextInt(7200);
        Instant until = from.plusSeconds(1 + random.nextLong(step * 30_000L));
        int maxPoints = 1 + random.nextInt(11_000);

        List<RangeRequest> requests = RangeRequest.split(from, until, Duration.ofSeconds(step), maxPoints);

        long expected = from.getEpochSecond();
        for (RangeRequest r : requests) {
            assertThat(r.points()).isBetween(1, maxPoints);
            assertThat(r.start().getEpochSecond()).isEqualTo(expected);
            assertThat(r.end().getEpochSecond()).isEqualTo(expected + (r.points() - 1) * step);
            expected += r.points() * step;
        }
        assertThat(expected - step).isLessThan(until.getEpochSecond());
        assertThat(expected).isGreaterThanOrEqualTo(until.getEpochSecond());
    }

    @Test
    void aQuarterOfHoursIsOneRequestOrFiveOfFiveHundredPoints() {
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant until = Instant.parse("2024-04-01T00:00:00Z");
        assertThat(RangeRequest.split(from, until, Duration.ofHours(1), RangeRequest.MAX_POINTS))
                .containsExactly(new RangeRequest(from, until.minusSeconds(3600), Duration.ofHours(1), 2184));
        assertThat(RangeRequest.split(from, until, Duration.ofHours(1), 500)).extracting(RangeRequest::points)
                .containsExactly(500, 500, 500, 500, 184);
    }

    @Test
    void stepsAreReadAsPrometheusAndIsoWriteThem() {
        assertThat(Steps.parse("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Steps.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Steps.parse(" 30s ")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Steps.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(Steps.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Steps.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(Steps.format(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Steps.format(Duration.ofDays(1))).isEqualTo("1d");
        assertThatThrownBy(() -> Steps.parse("1 hour")).hasMessage("\"1 hour\" is not a step: write e.g. 30s, 5m, 1h or 1d");
        assertThatThrownBy(() -> Steps.parse("500ms")).hasMessageContaining("whole number of seconds");
    }

    @Test
    void aQueryIsSplitAtTheFirstEqualsSign() {
        PrometheusQuery q = PrometheusQuery.parse("memory=sum by (namespace) (container_memory_working_set_bytes{image!=\"\"})");
        assertThat(q.resource()).isEqualTo("memory");
        assertThat(q.promql()).isEqualTo("sum by (namespace) (container_memory_working_set_bytes{image!=\"\"})");
        assertThatThrownBy(() -> PrometheusQuery.parse("sum(up)")).hasMessageStartingWith("\"sum(up)\" is not RESOURCE=PROMQL");
    }

    @Test
    void theSecretComesFromTheNamedVariableOrIsAskedFor() {
        Credentials basic = Credentials.basic("planner", "PROM_PASSWORD");
        assertThat(basic.resolve(Map.of("PROM_PASSWORD", "pw"), Optional::empty).header())
                .contains("Basic " + java.util.Base64.getEncoder().encodeToString("planner:pw".getBytes()));
        assertThatThrownBy(() -> basic.resolve(Map.of(), Optional::empty))
                .hasMessage("the environment variable PROM_PASSWORD that should hold the password is not set");
        Credentials asked = Credentials.bearer("");
        assertThat(asked.resolve(Map.of(), () -> Optional.of("t0k".toCharArray())).header()).contains("Bearer t0k");
        assertThatThrownBy(() -> asked.resolve(Map.of(), Optional::empty)).hasMessageStartingWith("the token is needed");
        assertThat(Credentials.NONE.resolve(Map.of(), Optional::empty)).isSameAs(PrometheusAuth.NONE);
        assertThatThrownBy(() -> Credentials.bearer("not a name")).hasMessageContaining("not an environment variable name");
    }

    @Test
    void aDefinitionRefusesWhatCannotWork() {
        List<PrometheusQuery> cpu = List.of(new PrometheusQuery("cpu", "up"));
        LocalDate day = LocalDate.of(2024, 1, 1);
        Duration hour = Duration.ofHours(1);
        assertThatThrownBy(() -> new PrometheusImport(URI.create("ftp://x"), Credentials.NONE, cpu, "job", day, day, hour,
                Frequency.MONTH)).hasMessageContaining("is not an http:// or https:// URL");
        assertThatThrownBy(() -> new PrometheusImport(URI.create("http://u:p@x:9090"), Credentials.NONE, cpu, "job", day,
                day, hour, Frequency.MONTH)).hasMessageContaining("must not hold a user or password");
        assertThatThrownBy(() -> new PrometheusImport(URI.create("http://x"), Credentials.NONE, List.of(
                new PrometheusQuery("cpu", "a"), new PrometheusQuery("cpu", "b")), "job", day, day, hour, Frequency.MONTH))
                .hasMessage("the resource cpu has two queries");
        assertThatThrownBy(() -> new PrometheusImport(URI.create("http://x"), Credentials.NONE, cpu, "a-b", day, day,
                hour, Frequency.MONTH)).hasMessage("\"a-b\" is not a Prometheus label name");
        assertThatThrownBy(() -> new PrometheusImport(URI.create("http://x"), Credentials.NONE, cpu, "job", day,
                day.minusDays(1), hour, Frequency.MONTH)).hasMessageContaining("ends (2023-12-31) before it starts");
        PrometheusImport ok = new PrometheusImport(URI.create("https://prom.example"), Credentials.NONE, cpu, "job", day,
                day, hour, Frequency.MONTH);
        assertThat(ok.serverName()).isEqualTo("prom.example:443");
        assertThat(ok.until()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    }

    @Test
    void warningsOfPartialDataImportNothing() {
        try (FakePrometheus server = FakePrometheus.json(200, FakePrometheus.matrix("[1704067200,\"1\"]",
                ",\"warnings\":[\"store eu-1 did not answer\"]"))) {
            PrometheusImport d = new PrometheusImport(server.url(), Credentials.NONE,
                    List.of(new PrometheusQuery("cpu", "up")), "namespace", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 1), Duration.ofHours(1), Frequency.DAY);
            assertThatThrownBy(() -> PrometheusImporter.read(d, PrometheusAuth.NONE, Map.of(), PrometheusOptions.defaults(),
                    ProgressListener.NONE, Cancellation.NEVER))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Prometheus " + server.serverName() + ": query cpu (up): Prometheus warns that the data may"
                            + " be incomplete (store eu-1 did not answer); nothing was imported");
        }
    }

    @Test
    void aStoppedImportGivesNothing() {
        try (FakePrometheus server = FakePrometheus.json(200, FakePrometheus.matrix("[1704067200,\"1\"]", ""))) {
            PrometheusImport d = new PrometheusImport(server.url(), Credentials.NONE,
                    List.of(new PrometheusQuery("cpu", "up")), "namespace", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 1), Duration.ofHours(1), Frequency.DAY);
            assertThatThrownBy(() -> PrometheusImporter.read(d, PrometheusAuth.NONE, Map.of(), PrometheusOptions.defaults(),
                    ProgressListener.NONE, () -> true)).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void stopDoesNotWaitForASlowServer() {
        try (FakePrometheus server = new FakePrometheus(200, "application/json",
                FakePrometheus.matrix("[1704067200,\"1\"]", ""), 10_000)) {
            PrometheusImport d = new PrometheusImport(server.url(), Credentials.NONE,
                    List.of(new PrometheusQuery("cpu", "up")), "namespace", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 1), Duration.ofHours(1), Frequency.DAY);
            long start = System.nanoTime();
            long stopAt = start + 300_000_000L;
            assertThatThrownBy(() -> PrometheusImporter.read(d, PrometheusAuth.NONE, Map.of(), PrometheusOptions.defaults(),
                    ProgressListener.NONE, () -> System.nanoTime() > stopAt)).isInstanceOf(CancellationException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("stopped before the server answered")
                    .isLessThan(Duration.ofSeconds(8));
        }
    }
}
