package dev.headroom.core.scenario;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.scenario.ScenarioChange.Decommission;
import dev.headroom.core.scenario.ScenarioChange.Growth;
import dev.headroom.core.scenario.ScenarioChange.GrowthScope;
import dev.headroom.core.scenario.ScenarioChange.HaSpares;
import dev.headroom.core.scenario.ScenarioChange.LeadTime;
import dev.headroom.core.scenario.ScenarioChange.NewWorkload;
import dev.headroom.core.scenario.ScenarioChange.NodeCost;
import dev.headroom.core.scenario.ScenarioChange.SizingQuantile;
import dev.headroom.core.scenario.ScenarioChange.TargetUtilization;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.headroom.core.scenario.ScenarioFixture.demandOf;
import static dev.headroom.core.scenario.ScenarioFixture.input;
import static dev.headroom.core.scenario.ScenarioFixture.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ScenarioTest {

    private static PlanningInput apply(ScenarioChange... changes) {
        return new Scenario("what-if", "", List.of(changes)).apply(input());
    }

    @Test
    void theBaselineIsTheInputItself() {
        assertThat(Scenario.baseline().apply(input())).isEqualTo(input());
        assertThat(Scenario.baseline().isBaseline()).isTrue();
    }

    @Test
    void aNewWorkloadWithDemandNeedsItFromItsFirstPeriod() {
        PlanningInput out = apply(new NewWorkload(Workload.anywhere("shop"), p("2025-03"), Map.of("cpu", 8.0), Optional.empty()));
        assertThat(out.workload("shop")).isPresent();
        assertThat(demandOf(out, "shop", "cpu")).containsOnlyKeys(p("2025-03"), p("2025-04"), p("2025-05"), p("2025-06"))
                .allSatisfy((period, d) -> assertThat(d).isEqualTo(8.0));
        assertThat(demandOf(out, "shop", "memory")).isEmpty();
    }

    @Test
    void aCopiedWorkloadTakesTheSourcesProfileFromItsFirstPeriodOnly() {
        PlanningInput out = apply(new NewWorkload(Workload.anywhere("batch2"), p("2025-03"), Map.of(), Optional.of("batch")),
                new NewWorkload(Workload.anywhere("web2"), p("2025-02"), Map.of(), Optional.of("web")));
        assertThat(demandOf(out, "batch2", "cpu")).containsEntry(p("2025-01"), 0.0).containsEntry(p("2025-02"), 0.0)
                .containsEntry(p("2025-03"), 4.0).containsEntry(p("2025-06"), 4.0);
        TimeSeries webCpu = out.usage().stream().filter(s -> s.key().equals(new SeriesKey("web", "cpu"))).findFirst().orElseThrow();
        assertThat(out.usage()).anySatisfy(s -> {
            assertThat(s.key()).isEqualTo(new SeriesKey("web2", "cpu"));
            assertThat(s.values()).isEqualTo(webCpu.values());
        });
        assertThat(demandOf(out, "web2", "memory")).containsOnlyKeys(p("2025-01")).containsEntry(p("2025-01"), 0.0);
    }

    @Test
    void aDecommissionZeroesDemandFromItsPeriodAndKeepsWhatCameBefore() {
        PlanningInput out = apply(new Decommission("batch", p("2025-04")), new Decommission("web", p("2025-05")));
        assertThat(demandOf(out, "batch", "cpu")).containsEntry(p("2025-03"), 4.0).containsEntry(p("2025-04"), 0.0)
                .containsEntry(p("2025-06"), 0.0).hasSize(6);
        assertThat(demandOf(out, "web", "memory")).containsOnlyKeys(p("2025-05"), p("2025-06")).containsValues(0.0);
    }

    @Test
    void nodeTypeCostAndLeadTimeChangeOneOrAll() {
        PlanningInput out = apply(new NodeCost("std", 15), new LeadTime(ScenarioChange.ALL, 3));
        assertThat(out.nodeType("std").map(NodeType::cost)).hasValueSatisfying(c -> assertThat(c).isCloseTo(115, within(1e-9)));
        assertThat(out.nodeType("big").map(NodeType::cost)).contains(250.0);
        assertThat(out.nodeTypes()).extracting(NodeType::leadTime).containsOnly(3);
    }

    @Test
    void aPriceChangeIsExactInDecimals() {
        // In doubles 14,000 × 1.15 is 16,099.999999999998, which the solver cannot scale to whole numbers exactly.
        assertThat(14000 * (1 + 15.0 / 100)).isNotEqualTo(16100.0);
        assertThat(ScenarioInputs.changedPrice(14000, 15)).isEqualTo(16100.0);
        assertThat(ScenarioInputs.changedPrice(21000, 15)).isEqualTo(24150.0);
        assertThat(ScenarioInputs.changedPrice(99.99, -10)).isEqualTo(89.991);
    }

    @Test
    void spareNodesTargetAndQuantileChange() {
        PlanningInput out = apply(new HaSpares("us", 2), new TargetUtilization(ScenarioChange.ALL, 0.6), new SizingQuantile(0.95));
        assertThat(out.pool("us").map(Pool::haNodes)).contains(2);
        assertThat(out.pool("eu").map(Pool::haNodes)).contains(1);
        assertThat(out.resources()).extracting(Resource::targetUtilization).containsOnly(0.6);
        assertThat(out.settings().sizingQuantile()).isEqualTo(0.95);
        assertThat(out.settings().horizon()).isEqualTo(input().settings().horizon());
    }

    @Test
    void aBudgetSetsOrReplacesTheLimitOfItsPeriodAndKeepsTheOthers() {
        PlanningInput base = input().withBudgets(List.of(new PurchaseBudget(p("2025-01"), 500),
                new PurchaseBudget(p("2025-02"), 700)));
        PlanningInput out = new Scenario("tight", "", List.of(new ScenarioChange.Budget(p("2025-02"), 100),
                new ScenarioChange.Budget(p("2025-03"), 0), new HaSpares("eu", 0))).apply(base);
        assertThat(out.budgets()).containsExactly(new PurchaseBudget(p("2025-01"), 500),
                new PurchaseBudget(p("2025-02"), 100), new PurchaseBudget(p("2025-03"), 0));
        assertThat(new Scenario("g", "", List.of(new Growth(GrowthScope.RESOURCE, "cpu", 5, p("2025-01")))).apply(base)
                .budgets()).isEqualTo(base.budgets());
    }

    @Test
    void growthScalesKnownDemandFromItsPeriodAndCompounds() {
        PlanningInput out = apply(new Growth(GrowthScope.WORKLOAD, "batch", 50, p("2025-03")),
                new Growth(GrowthScope.RESOURCE, "cpu", 10, p("2025-05")));
        assertThat(demandOf(out, "batch", "cpu")).containsEntry(p("2025-02"), 4.0);
        assertThat(demandOf(out, "batch", "cpu").get(p("2025-03"))).isCloseTo(6.0, within(1e-9));
        assertThat(demandOf(out, "batch", "cpu").get(p("2025-05"))).isCloseTo(6.6, within(1e-9));
    }

    @Test
    void poolGrowthReachesOnlyTheWorkloadsBoundToThePool() {
        Scenario s = new Scenario("eu+", "", List.of(new Growth(GrowthScope.POOL, "eu", 100, p("2025-02"))));
        PlanningInput out = s.apply(input());
        List<TimeSeries> history = out.usage();
        List<SeriesForecast> forecasts = s.forecaster(ScenarioFixture.flatTen(), out)
                .forecast(history, 6, ScenarioFixture.options(), ProgressListener.NONE, Cancellation.NEVER);
        for (SeriesForecast f : forecasts) {
            boolean web = f.key().workload().equals("web");
            assertThat(f.point()[0]).as(f.key().toString()).isEqualTo(10);
            assertThat(f.point()[1]).as(f.key().toString()).isEqualTo(web ? 20 : 10);
            assertThat(f.quantile(0.9, 5)).as(f.key().toString()).isEqualTo(web ? 20 : 10);
        }
        assertThat(demandOf(out, "batch", "cpu").values()).containsOnly(4.0);
    }

    @Test
    void everyUnknownNameIsReportedAtOnceNamingTheScenario() {
        Scenario s = new Scenario("typos", "", List.of(new Growth(GrowthScope.WORKLOAD, "wbe", 10, p("2025-02")),
                new Decommission("dbb", p("2025-02")), new HaSpares("asia", 1), new NodeCost("huge", 5),
                new NewWorkload(Workload.anywhere("web"), p("2025-02"), Map.of("cpu", 1.0), Optional.empty()),
                new Growth(GrowthScope.RESOURCE, "cpu", 10, p("2025-Q2"))));
        assertThatThrownBy(() -> s.apply(input())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSize(6);
            assertThat(e.getMessage()).contains("fleet.xlsx: scenario 'typos': growth names workload wbe, which is not defined",
                    "decommission names workload dbb", "names pool asia", "names node type huge",
                    "new workload web is already defined", "2025-Q2, which is not a month");
        });
    }

    @Test
    void aScenarioProblemInChineseNamesTheScenarioAndTheFrequencyInChinese() {
        Scenario s = new Scenario("typos", "", List.of(new Growth(GrowthScope.WORKLOAD, "wbe", 10, p("2025-02")),
                new Growth(GrowthScope.RESOURCE, "cpu", 10, p("2025-Q2"))));
        assertThatThrownBy(() -> s.apply(input())).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(q -> q.toString(java.util.Locale.SIMPLIFIED_CHINESE)).containsExactly(
                        "fleet.xlsx: 情景 'typos'：增长引用了工作负载 wbe，但其未定义",
                        "fleet.xlsx: 情景 'typos'：cpu 的增长 从 2025-Q2 开始，但它不是以月为单位的期间"));
    }

    @Test
    void aNewWorkloadNeedsDemandOrASourceButNotBoth() {
        assertThatThrownBy(() -> new NewWorkload(Workload.anywhere("x"), p("2025-01"), Map.of(), Optional.empty()))
                .hasMessageContaining("either");
        assertThatThrownBy(() -> new NewWorkload(Workload.anywhere("x"), p("2025-01"), Map.of("cpu", 1.0), Optional.of("web")))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> new Growth(GrowthScope.POOL, "eu", -100, p("2025-01"))).hasMessageContaining("-100%");
    }

    @Test
    void growthMakesThePlanDearerAndBaselineAndScenarioBothPlan() {
        PlanningInput base = input();
        Scenario grow = new Scenario("triple", "", List.of(new Growth(GrowthScope.RESOURCE, "cpu", 200, p("2025-01")),
                new Growth(GrowthScope.RESOURCE, "memory", 200, p("2025-01"))));
        var basePlan = Scenario.baseline().plan(base, ScenarioFixture.flatTen(), ProgressListener.NONE, Cancellation.NEVER);
        var grownPlan = grow.plan(base, ScenarioFixture.flatTen(), ProgressListener.NONE, Cancellation.NEVER);
        double baseDemand = basePlan.utilization().stream().mapToDouble(u -> u.demand()).sum();
        double grownDemand = grownPlan.utilization().stream().mapToDouble(u -> u.demand()).sum();
        assertThat(grownDemand).isCloseTo(3 * baseDemand, within(1e-6));
        assertThat(grownPlan.totalCost()).isGreaterThanOrEqualTo(basePlan.totalCost());
        assertThat(base.knownDemand()).extracting(KnownDemand::demand).containsOnly(4.0);
    }
}
