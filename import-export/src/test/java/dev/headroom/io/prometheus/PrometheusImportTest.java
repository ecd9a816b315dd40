package dev.headroom.io.prometheus;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.headroom.io.prometheus.GeneratedHistory.CPU_METRIC;
import static dev.headroom.io.prometheus.GeneratedHistory.FROM;
import static dev.headroom.io.prometheus.GeneratedHistory.MEMORY_METRIC;
import static dev.headroom.io.prometheus.GeneratedHistory.TO;
import static dev.headroom.io.prometheus.GeneratedHistory.WORKLOADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The importer against a real Prometheus on loopback, loaded by backfill with a generated quarter of hourly
 * samples: the rolled-up values must be those computed from the samples, and exactly those a file import of
 * the same samples gives; the failures a planner meets (a bad query, a wrong port, a label the series lack, a
 * metric with no data, far too many series) must say so in words and import nothing.
 *
 * <p>Queries run at the samples' own times with a step of one hour, so each evaluation returns the sample at
 * that time (Prometheus looks back up to five minutes from an evaluation time for the latest sample).
 */
class PrometheusImportTest {
    private static final String CPU = "sum by (namespace) (" + CPU_METRIC + ")";
    private static final String MEMORY = "sum by (namespace) (" + MEMORY_METRIC + ")";

    @TempDir
    static Path work;
    private static GeneratedHistory history;
    private static PrometheusServer server;

    @BeforeAll
    static void startPrometheus() throws Exception {
        Optional<Path> bin = PrometheusServer.binaries();
        assumeTrue(bin.isPresent(), "prometheus and promtool are not installed (Debian: apt-get install prometheus;"
                + " .ci/run installs them): the tests against a real Prometheus are skipped");
        history = new GeneratedHistory(20241122L);
        server = PrometheusServer.start(bin.get(), work, history.writeOpenMetrics(work.resolve("openmetrics")));
    }

    @AfterAll
    static void stopPrometheus() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static PrometheusImport definition(URI url, String label, Frequency frequency, PrometheusQuery... queries) {
        return new PrometheusImport(url, Credentials.NONE, List.of(queries), label, FROM, TO, Duration.ofHours(1),
                frequency);
    }

    private static PrometheusUsage read(PrometheusImport d, Map<String, Aggregation> aggregations, PrometheusOptions o) {
        return PrometheusImporter.read(d, PrometheusAuth.NONE, aggregations, o, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static TimeSeries series(PrometheusUsage usage, String workload, String resource) {
        return usage.series().stream().filter(s -> s.key().workload().equals(workload) && s.key().resource().equals(resource))
                .findFirst().orElseThrow(() -> new AssertionError("no series " + workload + " " + resource));
    }

    @Test
    void monthlyMaximumAndMeanAreThoseOfTheSamples() {
        PrometheusUsage usage = read(definition(server.url(), "namespace", Frequency.MONTH,
                        new PrometheusQuery("cpu", CPU), new PrometheusQuery("memory", MEMORY)),
                Map.of("cpu", Aggregation.MAX, "memory", Aggregation.MEAN), PrometheusOptions.defaults());

        assertThat(usage.series()).hasSize(6);
        assertThat(usage.samples()).isEqualTo(6L * GeneratedHistory.hours());
        assertThat(usage.series()).extracting(s -> s.key().toString()).containsExactly(
                "batch cpu", "search cpu", "shop cpu", "batch memory", "search memory", "shop memory");
        for (String w : WORKLOADS) {
            TimeSeries cpu = series(usage, w, "cpu");
            TimeSeries memory = series(usage, w, "memory");
            assertThat(cpu.start()).isEqualTo(Period.parse("2024-01"));
            assertThat(cpu.length()).isEqualTo(3);
            for (int m = 0; m < 3; m++) {
                LocalDate start = FROM.plusMonths(m);
                double[] cpuSamples = history.between(CPU_METRIC, w, start, start.plusMonths(1));
                double[] memorySamples = history.between(MEMORY_METRIC, w, start, start.plusMonths(1));
                assertThat(cpu.valueAt(m)).as("cpu of %s in %s", w, start).isEqualTo(Aggregation.MAX.apply(cpuSamples));
                assertThat(memory.valueAt(m)).as("memory of %s in %s", w, start)
                        .isCloseTo(Aggregation.MEAN.apply(memorySamples), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
    }

    @Test
    void weeklyP95IsThatOfTheSamplesExactly() {
        PrometheusUsage usage = read(definition(server.url(), "namespace", Frequency.WEEK, new PrometheusQuery("cpu", CPU)),
                Map.of(), PrometheusOptions.defaults());
        for (String w : WORKLOADS) {
            TimeSeries cpu = series(usage, w, "cpu");
            assertThat(cpu.length()).isEqualTo(13);
            for (int week = 0; week < 13; week++) {
                LocalDate start = FROM.plusWeeks(week);
                assertThat(cpu.valueAt(week)).as("p95 of %s in the week of %s", w, start)
                        .isEqualTo(Aggregation.P95.apply(history.between(CPU_METRIC, w, start, start.plusWeeks(1))));
            }
        }
    }

    /** Every aggregation, at every frequency, both the exact path (up to 512 samples a period) and the t-digest's. */
    @Test
    void everyRollUpIsExactlyThatOfAFileImportOfTheSameSamples() {
        String csv = history.usageCsv(Map.of(CPU_METRIC, "cpu", MEMORY_METRIC, "memory"));
        record Case(Frequency frequency, Aggregation cpu, Aggregation memory) {
        }
        for (Case c : List.of(new Case(Frequency.MONTH, Aggregation.P95, Aggregation.P99),
                new Case(Frequency.MONTH, Aggregation.MAX, Aggregation.LAST),
                new Case(Frequency.WEEK, Aggregation.SUM, Aggregation.MEAN),
                new Case(Frequency.DAY, Aggregation.P95, Aggregation.P99))) {
            Map<String, Aggregation> aggregations = Map.of("cpu", c.cpu(), "memory", c.memory());
            PrometheusUsage fromPrometheus = read(definition(server.url(), "namespace", c.frequency(),
                    new PrometheusQuery("cpu", CPU), new PrometheusQuery("memory", MEMORY)), aggregations,
                    PrometheusOptions.defaults());
            List<TimeSeries> fromFile = UsageImporter.readText(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    "usage.csv", ImportMapping.automatic(), new ImportOptions(Optional.of(c.frequency()), aggregations,
                            Map.of())).series();
            assertThat(fromPrometheus.series()).as("%s", c).containsExactlyInAnyOrderElementsOf(fromFile);
        }
    }

    @Test
    void aRefreshAppendsTheNewPeriodsAsAWholeImportWouldHaveThem() {
        Map<String, Aggregation> p95 = Map.of();
        PrometheusImport january = new PrometheusImport(server.url(), Credentials.NONE, List.of(new PrometheusQuery("cpu", CPU)),
                "namespace", FROM, LocalDate.of(2024, 2, 10), Duration.ofHours(1), Frequency.MONTH);
        PrometheusUsage first = read(january, p95, PrometheusOptions.defaults());
        dev.headroom.io.project.Project project = dev.headroom.io.project.ProjectImports.recordPrometheus(
                projectOf(first), first);

        PrometheusImport kept = project.prometheusImports().getFirst();
        PrometheusUsage refreshed = read(dev.headroom.io.project.ProjectImports.refreshOf(kept, TO), p95,
                PrometheusOptions.defaults());
        project = dev.headroom.io.project.ProjectImports.recordPrometheus(project, refreshed);

        PrometheusUsage whole = read(january.withDays(FROM, TO), p95, PrometheusOptions.defaults());
        assertThat(project.input().usage()).containsExactlyInAnyOrderElementsOf(whole.series());
        assertThat(project.prometheusImports()).containsExactly(january.withDays(FROM, TO));
    }

    /** The least project holding the series: their resource and workloads, one pool, one node type. */
    private static dev.headroom.io.project.Project projectOf(PrometheusUsage usage) {
        var input = new dev.headroom.core.model.PlanningInput("p", dev.headroom.core.model.Settings.defaults(),
                List.of(new dev.headroom.core.model.Resource("cpu", "cores")),
                WORKLOADS.stream().map(dev.headroom.core.model.Workload::anywhere).toList(),
                List.of(dev.headroom.core.model.Pool.of("eu")),
                List.of(new dev.headroom.core.model.NodeType("std", 100, 0, Map.of("cpu", 32.0))), List.of(),
                usage.series(), List.of());
        return dev.headroom.io.project.Project.of(input);
    }

    @Test
    void aLongRangeSplitIntoManyRequestsGivesTheSameSeries() {
        PrometheusImport d = definition(server.url(), "namespace", Frequency.MONTH, new PrometheusQuery("cpu", CPU),
                new PrometheusQuery("memory", MEMORY));
        PrometheusUsage whole = read(d, Map.of(), PrometheusOptions.defaults());
        PrometheusUsage split = read(d, Map.of(), PrometheusOptions.defaults().withMaxPoints(500));

        assertThat(whole.requests()).isEqualTo(2);
        assertThat(split.requests()).isEqualTo(2 * 5);
        assertThat(split.series()).isEqualTo(whole.series());
    }

    @Test
    void aBadQueryShowsPrometheusOwnMessage() {
        PrometheusImport d = definition(server.url(), "namespace", Frequency.MONTH,
                new PrometheusQuery("cpu", "sum by (namespace) (rate(" + CPU_METRIC + "[5m])"),
                new PrometheusQuery("memory", MEMORY));
        assertThatThrownBy(() -> read(d, Map.of(), PrometheusOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Prometheus 127.0.0.1:" + server.url().getPort() + ": query cpu (")
                .hasMessageContaining("bad_data: ")
                .hasMessageContaining("parse error")
                .hasMessageNotContaining("query memory");
    }

    @Test
    void aWrongPortSaysTheServerCannotBeReached() {
        int port = PrometheusServer.freePort();
        PrometheusImport d = definition(URI.create("http://127.0.0.1:" + port), "namespace", Frequency.MONTH,
                new PrometheusQuery("cpu", CPU));
        assertThatThrownBy(() -> read(d, Map.of(), PrometheusOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Prometheus 127.0.0.1:" + port + ": cannot reach the Prometheus server at 127.0.0.1:" + port
                        + ": connection refused");
    }

    @Test
    void aLabelTheSeriesLackIsNamedWithTheLabelsTheyHave() {
        PrometheusImport d = definition(server.url(), "pod", Frequency.MONTH, new PrometheusQuery("cpu", CPU));
        assertThatThrownBy(() -> read(d, Map.of(), PrometheusOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("query cpu (" + CPU + "): the series {namespace=\"batch\"} has no label pod"
                        + " (its labels: namespace)");
    }

    @Test
    void aMetricWithoutDataInTheRangeReturnsNoSeries() {
        PrometheusImport d = definition(server.url(), "namespace", Frequency.MONTH,
                new PrometheusQuery("disk", "sum by (namespace) (headroom_test_no_such_metric)"));
        assertThatThrownBy(() -> read(d, Map.of(), PrometheusOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("query disk (sum by (namespace) (headroom_test_no_such_metric)): returns no series"
                        + " with data from 2024-01-01 to 2024-03-31 (UTC)");
    }

    @Test
    void farTooManySeriesAreRefusedWithTheLimit() {
        PrometheusImport d = definition(server.url(), "namespace", Frequency.MONTH, new PrometheusQuery("cpu", CPU));
        PrometheusOptions two = new PrometheusOptions(Duration.ofMinutes(1), RangeRequest.MAX_POINTS, 4, 2);
        assertThatThrownBy(() -> read(d, Map.of(), two))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("returns more than 2 series (3 values of namespace so far)");
    }

    @Test
    void seriesSharingTheWorkloadLabelAreRefused() {
        PrometheusImport d = definition(server.url(), "team", Frequency.MONTH,
                new PrometheusQuery("cpu", "label_replace(" + CPU_METRIC + ", \"team\", \"all\", \"\", \"\")"));
        assertThatThrownBy(() -> read(d, Map.of(), PrometheusOptions.defaults()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("two series have team=\"all\"").hasMessageContaining("aggregate them, e.g. sum by (team) (...)");
    }
}
