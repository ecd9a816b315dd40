package dev.headroom.io.project;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusQuery;
import dev.headroom.io.prometheus.PrometheusUsage;
import dev.headroom.io.usage.ImportMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectImportsTest {

    @TempDir
    Path dir;

    private static Project project() {
        Settings settings = new Settings(Frequency.MONTH, 6, Optional.empty(), 0.9, 5, 1, 1);
        PlanningInput input = new PlanningInput("p", settings, List.of(new Resource("cpu", "cores")),
                List.of(Workload.anywhere("web")), List.of(Pool.of("eu")),
                List.of(new NodeType("std", 100, 0, Map.of("cpu", 32.0))), List.of(),
                List.of(new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-01"), new double[] {1, 2})), List.of());
        return Project.of(input);
    }

    private static double[] values(Project p, String workload) {
        return p.input().usage().stream().filter(s -> s.key().workload().equals(workload)).findFirst().orElseThrow().values();
    }

    @Test
    void nextMonthsExportIsReadTheSameWayAndUpdatesTheSameSeries() throws Exception {
        Path october = Files.writeString(dir.resolve("usage-10.csv"),
                "when;vm;what;p95\n2024-02;web;cpu;2,5\n2024-03;web;cpu;3\n2024-03;db;cpu;7\n");
        ImportMapping mapping = ImportMapping.automatic().withColumns("when", "vm", "what", "p95");
        Project first = ProjectImports.importUsage(project(), october, mapping);
        assertThat(values(first, "web")).containsExactly(1, 2.5, 3);
        assertThat(values(first, "db")).containsExactly(7);
        assertThat(first.input().workload("db")).contains(Workload.anywhere("db"));
        ProjectImport recorded = first.imports().getFirst();
        assertThat(recorded.source()).isEqualTo("usage-10.csv");
        assertThat(recorded.sha256()).hasSize(64);
        assertThat(recorded.mapping().decimalComma()).as("found in the file and remembered").contains(true);

        Path saved = dir.resolve("p.headroom");
        ProjectFile.write(saved, first);
        Project reopened = ProjectFile.read(saved);

        Path november = Files.writeString(dir.resolve("usage-11.csv"), "when;vm;what;p95\n2024-04;web;cpu;4,5\n");
        Project second = ProjectImports.reimport(reopened, reopened.imports().getFirst(), november);
        assertThat(values(second, "web")).containsExactly(1, 2.5, 3, 4.5);
        assertThat(values(second, "db")).containsExactly(7);
        assertThat(second.imports()).extracting(ProjectImport::source).containsExactly("usage-10.csv", "usage-11.csv");
    }

    private static PrometheusImport prometheus(LocalDate from, LocalDate to) {
        return new PrometheusImport(URI.create("http://prom:9090"), Credentials.NONE,
                List.of(new PrometheusQuery("cpu", "sum by (job) (rate(process_cpu_seconds_total[5m]))")), "job", from, to,
                Duration.ofHours(1), Frequency.MONTH);
    }

    @Test
    void anImportFromPrometheusIsMergedAndKeptAndItsRefreshReplacesIt() {
        PrometheusImport first = prometheus(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 10));
        Project once = ProjectImports.recordPrometheus(project(), new PrometheusUsage(first, List.of(
                new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-02"), new double[] {5, 6})), 1, 100));
        assertThat(values(once, "web")).containsExactly(1, 5, 6);
        assertThat(once.prometheusImports()).containsExactly(first);

        PrometheusImport refresh = ProjectImports.refreshOf(first, LocalDate.of(2024, 4, 30));
        assertThat(refresh.from()).as("the month cut short is fetched again whole").isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(refresh.to()).isEqualTo(LocalDate.of(2024, 4, 30));
        Project twice = ProjectImports.recordPrometheus(once, new PrometheusUsage(refresh, List.of(
                new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-03"), new double[] {6.5, 7})), 1, 100));
        assertThat(values(twice, "web")).containsExactly(1, 5, 6.5, 7);
        assertThat(twice.prometheusImports()).containsExactly(prometheus(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 30)));

        assertThat(ProjectImports.refreshOf(first, LocalDate.of(2024, 3, 5)).to()).as("never shorter than before")
                .isEqualTo(LocalDate.of(2024, 3, 10));
    }
}
