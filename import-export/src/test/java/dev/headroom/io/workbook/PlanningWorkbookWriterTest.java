package dev.headroom.io.workbook;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
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
import dev.headroom.io.project.ScenarioRow;
import dev.headroom.io.project.ScenariosSheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlanningWorkbookWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenWorkbookReadsBackEqual() {
        Path file = dir.resolve("round.xlsx");
        PlanningInput input = handMade(file.getFileName().toString());

        PlanningWorkbookWriter.write(input, file);

        assertThat(PlanningWorkbookReader.read(file)).isEqualTo(input);
    }

    /** Property-style: random inputs of every frequency, with gaps anywhere in their series, survive the trip. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomInputsReadBackEqual(long seed) {
        Path file = dir.resolve("random-" + seed + ".xlsx");
        PlanningInput input = random(new Random(seed), file.getFileName().toString());

        PlanningWorkbookWriter.write(input, file);

        assertThat(PlanningWorkbookReader.read(file)).isEqualTo(input);
    }

    @Test
    void writesBoldFrozenHeadersAndUsageInLongLayout() throws IOException {
        Path file = dir.resolve("styled.xlsx");
        PlanningWorkbookWriter.write(handMade("styled.xlsx"), file);

        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(sheetNames(wb)).containsExactly("Settings", "Resources", "Usage", "Demand", "Workloads", "Pools",
                    "NodeTypes", "Nodes");
            Sheet usage = wb.getSheet("Usage");
            assertThat(texts(usage.getRow(0))).containsExactly("period", "workload", "resource", "usage");
            assertThat(texts(usage.getRow(1))).containsExactly("2024-W50", "web", "cpu", "1.5");
            assertThat(wb.getFontAt(usage.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(usage.getPaneInformation().isFreezePane()).isTrue();
            assertThat(usage.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // Each column is at least as wide as its header and its widest text.
            assertThat(usage.getColumnWidth(0)).isGreaterThanOrEqualTo("2024-W50".length() * 256);
            assertThat(usage.getColumnWidth(1)).isGreaterThanOrEqualTo("batch job".length() * 256);
            Sheet settings = wb.getSheet("Settings");
            assertThat(settings.getColumnWidth(0)).isGreaterThanOrEqualTo("time_limit_seconds".length() * 256);
            Sheet resources = wb.getSheet("Resources");
            assertThat(resources.getColumnWidth(2)).isGreaterThanOrEqualTo("target_utilization".length() * 256);
            assertThat(texts(wb.getSheet("NodeTypes").getRow(0))).containsExactly("node_type", "cost", "lead_time", "cpu",
                    "memory");
        }
    }

    @Test
    void theTemplateHasEverySheetAndHeaderAndInstructions() throws IOException {
        Path file = dir.resolve("template.xlsx");
        PlanningWorkbookWriter.writeTemplate(file);

        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(sheetNames(wb)).containsExactly("Instructions", "Settings", "Resources", "Usage", "Demand",
                    "Workloads", "Pools", "NodeTypes", "Nodes", "Budgets", "Scenarios");
            assertThat(WorkbookLayout.SCENARIOS.headers()).containsExactlyElementsOf(ScenariosSheet.COLUMNS);
            List<WorkbookLayout.SheetLayout> sheets = new ArrayList<>(WorkbookLayout.SHEETS);
            sheets.add(WorkbookLayout.SCENARIOS);
            for (WorkbookLayout.SheetLayout layout : sheets) {
                List<String> headers = new ArrayList<>(layout.headers());
                if (layout == WorkbookLayout.NODE_TYPES) {
                    headers.addAll(List.of("cpu", "memory")); // the worked example's resources
                }
                assertThat(texts(wb.getSheet(layout.name()).getRow(0))).as(layout.name()).containsExactlyElementsOf(headers);
            }
            List<String> explained = new ArrayList<>();
            for (Row row : wb.getSheet("Instructions")) {
                explained.add(texts(row).get(0) + " " + (row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue()));
            }
            assertThat(explained).contains("NodeTypes cost", "NodeTypes <resource>", "Workloads allowed_pools",
                    "Settings key sizing_quantile", "Usage usage", "Scenarios copy_of", "Scenarios change node_cost");
            assertThat(wb.getSheet("Scenarios").getLastRowNum()).as("only headers").isZero();
        }
        assertThat(ScenariosSheet.read(file, Frequency.MONTH)).isEmpty();
    }

    /** Every change a row can name is explained, and nothing the rows do not know. */
    @Test
    void theInstructionsExplainEveryScenarioChange() {
        assertThat(WorkbookLayout.SCENARIO_CHANGES).extracting(WorkbookLayout.SettingKey::key)
                .containsExactlyInAnyOrderElementsOf(ScenarioRow.CHANGES);
    }

    @Test
    void budgetsReadBackEqualAndAreLeftOutWhenThereAreNone() throws IOException {
        Path file = dir.resolve("budgets.xlsx");
        PlanningInput input = handMade(file.getFileName().toString()).withBudgets(List.of(
                new PurchaseBudget(Period.parse("2025-W03"), 12_500.75), new PurchaseBudget(Period.parse("2025-W05"), 0)));

        PlanningWorkbookWriter.write(input, file);

        assertThat(PlanningWorkbookReader.read(file)).isEqualTo(input);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(texts(wb.getSheet("Budgets").getRow(0))).containsExactly("period", "amount");
            assertThat(texts(wb.getSheet("Budgets").getRow(1))).containsExactly("2025-W03", "12500.75");
        }
        Path none = dir.resolve("no-budgets.xlsx");
        PlanningWorkbookWriter.write(handMade("no-budgets.xlsx"), none);
        try (Workbook wb = WorkbookFactory.create(none.toFile())) {
            assertThat(wb.getSheet("Budgets")).isNull();
        }
    }

    @Test
    void scenariosWrittenWithTheInputReadBackEqual() {
        Path file = dir.resolve("what-if.xlsx");
        PlanningInput input = handMade(file.getFileName().toString());
        List<Scenario> scenarios = List.of(
                new Scenario("dear", "prices up", List.of(new ScenarioChange.NodeCost("*", 15))),
                new Scenario("busy web", "", List.of(new ScenarioChange.Growth(ScenarioChange.GrowthScope.WORKLOAD,
                        "web", 20, input.settings().planStart().orElse(Period.parse("2025-W01"))),
                        new ScenarioChange.HaSpares("*", 2))));

        PlanningWorkbookWriter.write(input, scenarios, file);

        assertThat(PlanningWorkbookReader.read(file)).isEqualTo(input);
        assertThat(ScenariosSheet.read(file, input.settings().frequency())).isEqualTo(scenarios);
    }

    /** The template is a valid planning workbook: it reads back as its worked example, not as "nothing to plan". */
    @Test
    void theTemplateReadsBackAsItsWorkedExample() throws IOException {
        Path file = dir.resolve("template.xlsx");
        PlanningWorkbookWriter.writeTemplate(file);

        PlanningInput read = PlanningWorkbookReader.read(file);

        assertThat(read).isEqualTo(TemplateExample.input("template.xlsx"));
        assertThat(read.usage()).isNotEmpty();
        assertThat(read.knownDemand()).isNotEmpty();
        // Clearly labelled: every name the planner must replace says it is the example's.
        List<String> names = new ArrayList<>();
        read.workloads().forEach(w -> names.add(w.name()));
        read.pools().forEach(p -> names.add(p.name()));
        read.nodeTypes().forEach(t -> names.add(t.name()));
        assertThat(names).allSatisfy(n -> assertThat(n).startsWith("example-"));
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            assertThat(wb.getSheet("Instructions").getRow(1).getCell(3).getStringCellValue())
                    .contains("WORKED EXAMPLE", "'example-'", "replace its rows with your own");
            assertThat(texts(wb.getSheet("Settings").getRow(3))).as("plan_start shown, blank").containsExactly("plan_start");
            assertThat(wb.getSheet("Budgets").getLastRowNum()).as("only headers").isZero();
            wb.forEach(sheet -> {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
            });
        }
    }

    /** Round trip: template, read, write, read gives the same input again. */
    @Test
    void theTemplateSurvivesReadWriteRead() throws IOException {
        Path template = dir.resolve("plan-me.xlsx");
        PlanningWorkbookWriter.writeTemplate(template);
        PlanningInput first = PlanningWorkbookReader.read(template);

        Path again = java.nio.file.Files.createDirectory(dir.resolve("again")).resolve("plan-me.xlsx");
        PlanningWorkbookWriter.write(first, again);

        assertThat(PlanningWorkbookReader.read(again)).isEqualTo(first);
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(switch (c.getCellType()) {
            case NUMERIC -> Double.toString(c.getNumericCellValue());
            case BLANK -> "";
            default -> c.getStringCellValue();
        }));
        return texts;
    }

    private static PlanningInput handMade(String name) {
        Settings settings = new Settings(Frequency.WEEK, 8, Optional.of(Period.parse("2025-W03")), 0.95, 12.5,
                Long.MAX_VALUE - 7, 2);
        List<Resource> resources = List.of(new Resource("cpu", "cores", 0.75, Aggregation.MAX),
                new Resource("memory", "GiB"));
        List<TimeSeries> usage = List.of(
                new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-W50"), new double[] {1.5, Double.NaN, 0.1 + 0.2}),
                new TimeSeries(new SeriesKey("web", "memory"), Period.parse("2024-W49"), new double[] {Double.NaN, 64, Double.NaN}),
                new TimeSeries(new SeriesKey("batch job", "cpu"), Period.parse("2024-W52"), new double[] {1e-7, 123456789.125}));
        List<KnownDemand> demand = List.of(new KnownDemand(Period.parse("2025-W05"), "new", "cpu", 0));
        List<Workload> workloads = List.of(
                new Workload("web", PlacementMode.POOL, Optional.empty(), Set.of("west", "east"), Optional.of("front")),
                new Workload("batch job", PlacementMode.NODE, Optional.of("east"), Set.of(), Optional.empty()),
                Workload.anywhere("new"));
        List<Pool> pools = List.of(new Pool("east", 1, OptionalInt.of(40)), Pool.of("west"));
        List<NodeType> types = List.of(new NodeType("small", 1234.56, 0, Map.of("cpu", 16.0, "memory", 64.0)),
                new NodeType("big", 5000, 3, Map.of("cpu", 96.0, "memory", 768.0)));
        List<ExistingNodes> nodes = List.of(new ExistingNodes("east", "small", 10, Optional.of(Period.parse("2025-W06"))),
                new ExistingNodes("west", "big", 0, Optional.empty()));
        return new PlanningInput(name, settings, resources, workloads, pools, types, nodes, usage, demand);
    }

    private static PlanningInput random(Random rnd, String name) {
        Frequency frequency = Frequency.values()[rnd.nextInt(Frequency.values().length)];
        Period start = Period.containing(frequency, java.time.LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000)));
        Settings settings = new Settings(frequency, 1 + rnd.nextInt(36),
                rnd.nextBoolean() ? Optional.of(start.plus(200)) : Optional.empty(), 0.05 + 0.9 * rnd.nextDouble(),
                1 + rnd.nextInt(100), rnd.nextLong(), 1 + rnd.nextInt(4));
        List<Resource> resources = new ArrayList<>();
        int resourceCount = 1 + rnd.nextInt(4);
        for (int r = 0; r < resourceCount; r++) {
            resources.add(new Resource("res" + r, rnd.nextBoolean() ? "unit" + r : "", 0.05 + 0.95 * rnd.nextDouble(),
                    Aggregation.values()[rnd.nextInt(Aggregation.values().length)]));
        }
        List<Pool> pools = new ArrayList<>();
        int poolCount = 1 + rnd.nextInt(3);
        for (int p = 0; p < poolCount; p++) {
            pools.add(new Pool("pool " + p, rnd.nextInt(3), rnd.nextBoolean() ? OptionalInt.of(rnd.nextInt(100)) : OptionalInt.empty()));
        }
        List<Workload> workloads = new ArrayList<>();
        List<TimeSeries> usage = new ArrayList<>();
        int workloadCount = 1 + rnd.nextInt(5);
        for (int w = 0; w < workloadCount; w++) {
            String workload = "w" + w;
            workloads.add(new Workload(workload, rnd.nextBoolean() ? PlacementMode.POOL : PlacementMode.NODE,
                    rnd.nextInt(3) == 0 ? Optional.of(pools.getFirst().name()) : Optional.empty(),
                    Set.of(), rnd.nextBoolean() ? Optional.of("g" + rnd.nextInt(2)) : Optional.empty()));
            for (Resource r : resources) {
                double[] values = new double[1 + rnd.nextInt(30)];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextDouble() * Math.pow(10, rnd.nextInt(9) - 3);
                }
                usage.add(new TimeSeries(new SeriesKey(workload, r.name()), start.plus(rnd.nextInt(5)), values));
            }
        }
        List<NodeType> types = new ArrayList<>();
        int typeCount = 1 + rnd.nextInt(3);
        for (int t = 0; t < typeCount; t++) {
            Map<String, Double> capacity = new HashMap<>();
            resources.forEach(r -> capacity.put(r.name(), rnd.nextDouble() * 1000));
            types.add(new NodeType("type" + t, rnd.nextDouble() * 10000, rnd.nextInt(4), capacity));
        }
        List<ExistingNodes> nodes = List.of(new ExistingNodes(pools.getFirst().name(), types.getFirst().name(),
                rnd.nextInt(50), rnd.nextBoolean() ? Optional.of(start.plus(rnd.nextInt(60))) : Optional.empty()));
        List<KnownDemand> demand = List.of(new KnownDemand(start.plus(40), "w0", resources.getFirst().name(),
                rnd.nextDouble() * 100));
        return new PlanningInput(name, settings, resources, workloads, pools, types, nodes, usage, demand);
    }
}
