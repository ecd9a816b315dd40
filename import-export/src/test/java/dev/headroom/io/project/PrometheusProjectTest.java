package dev.headroom.io.project;

import dev.headroom.core.model.Frequency;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports from Prometheus kept in the project file: saved and read back as they were,; files of earlier formats are covered by ProjectMigrationTest. */
class PrometheusProjectTest {
    @TempDir
    Path dir;

    static final PrometheusImport CLUSTER = new PrometheusImport(URI.create("https://prom.example/prometheus"),
            Credentials.basic("planner", "PROM_PASSWORD"),
            List.of(new PrometheusQuery("cpu", "sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))"),
                    new PrometheusQuery("memory", "sum by (namespace) (container_memory_working_set_bytes{image!=\"\"}) / 2^30")),
            "namespace", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Duration.ofMinutes(90), Frequency.MONTH);
    static final PrometheusImport NODES = new PrometheusImport(URI.create("http://127.0.0.1:9090"),
            Credentials.bearer(""), List.of(new PrometheusQuery("disk", "sum by (instance) (node_filesystem_size_bytes)")),
            "instance", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30), Duration.ofHours(1), Frequency.DAY);

    @Test
    void importsFromPrometheusAreSavedAndReadBackAsTheyWere() {
        Project project = SampleProjects.random(11, 5, 24, 2).withPrometheusImports(List.of(CLUSTER, NODES));
        Path file = dir.resolve("p.headroom");
        ProjectFile.write(file, project);

        Project read = ProjectFile.read(file);
        assertThat(read.prometheusImports()).containsExactly(CLUSTER, NODES);
        assertThat(read).isEqualTo(project);
        ProjectFile.write(file, read.withPrometheusImports(List.of(NODES)));
        assertThat(ProjectFile.read(file).prometheusImports()).containsExactly(NODES);
    }

    @Test
    void theFileNamesWhereTheSecretComesFromAndHoldsNoCredentialsInTheUrl() throws Exception {
        Path file = dir.resolve("p.headroom");
        ProjectFile.write(file, SampleProjects.random(3, 3, 12, 2).withPrometheusImports(List.of(CLUSTER)));
        try (Connection c = ProjectDatabase.connect(file, true); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT definition FROM prometheus_imports")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("\"credentials\":{\"kind\":\"BASIC\",\"user\":\"planner\","
                    + "\"secret_variable\":\"PROM_PASSWORD\"}").contains("\"step\":\"90m\"");
        }
    }
}
