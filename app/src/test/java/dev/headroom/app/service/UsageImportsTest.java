package dev.headroom.app.service;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.project.Project;
import dev.headroom.io.usage.ImportMapping;
import dev.headroom.io.usage.ImportOptions;
import dev.headroom.io.usage.UsageImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Usage imports as the wizard makes them: into a project, or a new project from usage alone. */
class UsageImportsTest {
    @TempDir
    Path dir;

    private final Project sample = new PlanningService(new SmileForecaster()).sampleProject();

    private Path monthly(String... rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of("period,workload,resource,usage,pool"));
        lines.addAll(List.of(rows));
        return Files.write(dir.resolve("monthly.csv"), lines);
    }

    @Test
    void theProjectsUnitsRollUpAndFrequencyWinOverThePlannersChoices() {
        ImportOptions options = UsageImports.options(Optional.of(sample.input()), Optional.of(Frequency.DAY), List.of(
                new UsageImports.ResourceChoice("memory", "MiB", Aggregation.SUM),
                new UsageImports.ResourceChoice("gpu", "cards", Aggregation.MAX)));
        assertThat(options.frequency()).contains(Frequency.MONTH);
        assertThat(options.units()).containsEntry("memory", "GiB").containsEntry("gpu", "cards");
        assertThat(options.aggregations()).containsEntry("memory", Aggregation.MAX).containsEntry("gpu", Aggregation.MAX);
    }

    @Test
    void aNewResourceAndPoolJoinTheProjectWithoutCapacityYet() throws IOException {
        Path file = monthly("2025-01,reports,gpu,2,batch", "2025-02,reports,gpu,3,batch", "2025-01,reports,cpu,8,batch");
        UsageImport imported = UsageImports.dryRun(file, ImportMapping.automatic(),
                UsageImports.options(Optional.of(sample.input()), Optional.empty(), List.of()));

        Project merged = UsageImports.into(sample, file, imported, Map.of("gpu", Aggregation.MAX));

        PlanningInput input = merged.input();
        assertThat(input.resource("gpu").orElseThrow().aggregation()).isEqualTo(Aggregation.MAX);
        assertThat(input.nodeTypes()).allSatisfy(t -> assertThat(t.capacity()).containsEntry("gpu", 0.0));
        assertThat(input.pool("batch")).isPresent();
        assertThat(input.workload("reports").orElseThrow().pinnedPool()).contains("batch");
        assertThat(merged.imports()).hasSize(sample.imports().size() + 1);
        assertThat(input.nodeTypes()).allSatisfy(t -> assertThat(t.capacityOf("gpu")).isZero());
    }

    @Test
    void aNewProjectFromUsageAloneIsPlannedByTheFilesFrequencyAndSaysWhatItLacks() throws IOException {
        Path file = monthly("2025-01,web,cpu,2,", "2025-02,web,cpu,3,", "2025-01,db,cpu,8,");
        UsageImport imported = UsageImports.dryRun(file, ImportMapping.automatic(), ImportOptions.defaults());

        Project project = UsageImports.newProject("monthly", file, imported, Map.of());

        PlanningInput input = project.input();
        assertThat(input.settings().frequency()).isEqualTo(Frequency.MONTH);
        assertThat(input.settings().horizon()).isEqualTo(12);
        assertThat(input.pools()).extracting(p -> p.name()).containsExactly(UsageImports.DEFAULT_POOL);
        assertThat(input.nodeTypes()).extracting(NodeType::name).containsExactly(UsageImports.FIRST_NODE_TYPE);
        assertThat(input.inventory()).isEmpty();
        assertThat(input.planStart().toString()).isEqualTo("2025-03");
        assertThat(input.nodeTypes().getFirst().cost()).isZero();
    }

    @Test
    void aNewProjectStartsWithThePlannersDefaults() throws IOException {
        Path file = monthly("2025-01,web,cpu,2,", "2025-02,web,cpu,3,");
        UsageImport imported = UsageImports.dryRun(file, ImportMapping.automatic(), ImportOptions.defaults());
        ProjectDefaults defaults = new ProjectDefaults(18, 0.95, 0.7, ProjectDefaults.MemoryUnit.DECIMAL);

        PlanningInput input = UsageImports.newProject("monthly", file, imported, Map.of(), defaults).input();

        assertThat(input.settings().horizon()).isEqualTo(18);
        assertThat(input.settings().sizingQuantile()).isEqualTo(0.95);
        assertThat(input.resource("cpu").orElseThrow().targetUtilization()).isEqualTo(0.7);
    }

    @Test
    void aResourceNewToTheProjectGetsThePlannersTargetUse() throws IOException {
        Path file = monthly("2025-01,reports,gpu,2,batch", "2025-02,reports,gpu,3,batch");
        UsageImport imported = UsageImports.dryRun(file, ImportMapping.automatic(),
                UsageImports.options(Optional.of(sample.input()), Optional.empty(), List.of()));
        ProjectDefaults defaults = new ProjectDefaults(12, 0.9, 0.65, ProjectDefaults.MemoryUnit.BINARY);

        PlanningInput input = UsageImports.into(sample, file, imported, Map.of(), defaults).input();

        assertThat(input.resource("gpu").orElseThrow().targetUtilization()).isEqualTo(0.65);
        assertThat(input.resource("cpu").orElseThrow().targetUtilization())
                .isEqualTo(sample.input().resource("cpu").orElseThrow().targetUtilization());
    }

    @Test
    void aFileByAnotherPeriodThanTheProjectIsRefusedInWordsAndTheProjectStays() throws IOException {
        Path file = Files.write(dir.resolve("quarters.csv"), List.of("period,workload,resource,usage", "2025-Q1,web,cpu,2"));
        ImportOptions options = UsageImports.options(Optional.of(sample.input()), Optional.empty(), List.of());
        assertThatThrownBy(() -> UsageImports.dryRun(file, ImportMapping.automatic(), options))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quarters.csv");
    }
}
