package dev.headroom.io.project;

import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import java.util.OptionalDouble;
import dev.headroom.io.usage.ImportMapping;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files as every earlier Headroom wrote them, made here with the schema scripts up to that version and rows
 * inserted as that version's writer did; each must open as the same project in today's format.
 */
class ProjectMigrationTest {

    @TempDir
    Path dir;

    private static final Plan PLAN = new Plan(PlanStatus.FEASIBLE, 300, OptionalDouble.empty(), 1.5,
            List.of(Period.parse("2025-01")), List.of(new Purchase("eu", "std", Period.parse("2025-01"), 3,
            Period.parse("2024-12"), 300)), List.of(), List.of(), List.of(), List.of(), List.of());

    /** Version 1: the input, one import, notes in meta. Version 2 adds a scenario, version 3 a plan, version 4 a budget. */
    private Path oldFile(int version) throws Exception {
        Path file = Files.createFile(dir.resolve("v" + version + ".headroom"));
        try (Connection c = ProjectDatabase.connect(file, false); Statement s = c.createStatement()) {
            ProjectSchema.migrate(c, version);
            s.execute("INSERT INTO meta VALUES ('name', 'old.xlsx')");
            // Up to version 2 the notes were one text in meta; from version 3 a list of their own.
            s.execute(version < 3 ? "INSERT INTO meta VALUES ('notes', 'remember the freeze')"
                    : "INSERT INTO notes VALUES (0, 'remember the freeze')");
            s.execute("INSERT INTO settings VALUES ('frequency', 'month'), ('horizon', '6'), ('plan_start', '2025-01'),"
                    + " ('sizing_quantile', '0.9'), ('time_limit_seconds', '30.0'), ('seed', '42'), ('threads', '1')");
            s.execute("INSERT INTO resources VALUES (0, 'cpu', 'cores', 0.8, 'P95')");
            s.execute("INSERT INTO workloads VALUES (0, 'web', 'POOL', NULL, '[]', NULL)");
            s.execute("INSERT INTO pools VALUES (0, 'eu', 1, NULL)");
            s.execute("INSERT INTO node_types VALUES (0, 'std', 100.0, 1)");
            s.execute("INSERT INTO node_capacity VALUES ('std', 'cpu', 32.0)");
            s.execute("INSERT INTO nodes VALUES (0, 'eu', 'std', 2, NULL)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO usage_series VALUES (0, 'web', 'cpu', '2024-01', ?)")) {
                p.setBytes(1, Json.bytes(new double[] {1, 2, Double.NaN, 4}));
                p.execute();
            }
            s.execute("INSERT INTO known_demand VALUES (0, '2025-02', 'web', 'cpu', 5.0)");
            s.execute("INSERT INTO imports VALUES (0, 'u.csv', '', '{\"layout\":\"AUTOMATIC\",\"zone\":\"Z\"}')");
            if (version >= 2) {
                s.execute("INSERT INTO scenarios VALUES (0, 'grow', 'more web')");
                s.execute("INSERT INTO scenario_changes VALUES (0, 0, 'workload_growth', 'web', '10', '2025-03', '', '')");
            }
            if (version >= 4) {
                s.execute("INSERT INTO budgets VALUES (0, '2025-01', 500.0)");
            }
            if (version >= 3) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO plans VALUES (0, 'grow', 'FEASIBLE', 300.0, NULL,"
                        + " 1.5, ?)")) {
                    p.setString(1, PlanJson.write(PLAN));
                    p.execute();
                }
            }
        }
        return file;
    }

    private static Project expected(int version) {
        Settings settings = new Settings(Frequency.MONTH, 6, Optional.of(Period.parse("2025-01")), 0.9, 30, 42, 1);
        PlanningInput input = new PlanningInput("old.xlsx", settings, List.of(new Resource("cpu", "cores", 0.8, Aggregation.P95)),
                List.of(Workload.anywhere("web")), List.of(new Pool("eu", 1, OptionalInt.empty())),
                List.of(new NodeType("std", 100, 1, Map.of("cpu", 32.0))),
                List.of(new ExistingNodes("eu", "std", 2, Optional.empty())),
                List.of(new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-01"), new double[] {1, 2, Double.NaN, 4})),
                List.of(new KnownDemand(Period.parse("2025-02"), "web", "cpu", 5)));
        List<Scenario> scenarios = version >= 2 ? List.of(new Scenario("grow", "more web", List.of(
                new ScenarioChange.Growth(ScenarioChange.GrowthScope.WORKLOAD, "web", 10, Period.parse("2025-03")))))
                : List.of();
        if (version >= 4) {
            input = input.withBudgets(List.of(new PurchaseBudget(Period.parse("2025-01"), 500)));
        }
        List<ScenarioPlan> plans = version >= 3 ? List.of(new ScenarioPlan("grow", PLAN)) : List.of();
        return new Project(input, List.of(new ProjectImport("u.csv", "", ImportMapping.automatic())), scenarios, plans,
                List.of("remember the freeze"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyEarlierVersionOpensAsTheSameProjectAndIsMigratedInPlace(int version) throws Exception {
        Path file = oldFile(version);
        try (ProjectFile open = ProjectFile.open(file)) {
            assertThat(open.isReadOnly()).isFalse();
            assertThat(open.load()).isEqualTo(expected(version));
        }
        try (Connection c = ProjectDatabase.connect(file, true)) {
            assertThat(ProjectSchema.version(c)).isEqualTo(ProjectSchema.CURRENT);
            assertThat(ProjectSchema.applicationId(c)).isEqualTo(ProjectSchema.APPLICATION_ID);
        }
        Project more = expected(version).withNotes(List.of("a", "b")).withForecastChoices(ForecastChoices.NONE
                .withModel(new SeriesKey("web", "cpu"), "theta")
                .withAdjustment(ForecastAdjustment.step(new SeriesKey("web", "cpu"), Period.parse("2025-03"), -1.5)));
        ProjectFile.write(file, more);
        assertThat(ProjectFile.read(file)).isEqualTo(more);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void anEarlierVersionOpenElsewhereIsReadThroughACopyAndLeftAsItWas(int version) throws Exception {
        Path file = oldFile(version);
        byte[] before = Files.readAllBytes(file);
        try (ProjectLock held = ProjectLock.tryAcquire(file).orElseThrow();
             ProjectFile open = ProjectFile.open(file)) {
            assertThat(open.isReadOnly()).isTrue();
            assertThat(open.load()).isEqualTo(expected(version));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Connection c = ProjectDatabase.connect(file, true)) {
            assertThat(ProjectSchema.version(c)).isEqualTo(version);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void migratingStepByStepEndsInTheSameSchemaAsCreatingAnew(int start) throws Exception {
        Path stepped = Files.createFile(dir.resolve("stepped.headroom"));
        Path fresh = Files.createFile(dir.resolve("fresh.headroom"));
        try (Connection a = ProjectDatabase.connect(stepped, false); Connection b = ProjectDatabase.connect(fresh, false)) {
            ProjectSchema.migrate(a, start);
            ProjectSchema.migrate(a, ProjectSchema.CURRENT);
            ProjectSchema.migrate(b, ProjectSchema.CURRENT);
            assertThat(schema(a)).isEqualTo(schema(b));
        }
    }

    private static List<String> schema(Connection c) throws Exception {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
