package dev.headroom.core.model;

import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.scenario.Scenario;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The records' own checks (node types, pools, resources, inventory, known demand, usage, budgets, names, forecast
 * adjustments and options) say what is wrong in the planner's language, while their English message stays the
 * text it always was, which the command line and logs show.
 */
class RecordChecksWordsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Period MAY = Period.parse("2027-05");

    private static InvalidValueException failure(Executable make) {
        return catchThrowableOfType(InvalidValueException.class, make::execute);
    }

    @Test
    void eachRecordsCheckInEnglishAndChinese() {
        InvalidValueException cost = failure(() -> new NodeType("std", -1, 0, Map.of()));
        assertThat(cost).hasMessage("cost of node type std must be a number of at least 0, not -1.0");
        assertThat(cost.wording().in(CHINESE)).isEqualTo("节点类型 std 的成本必须是至少为 0 的数字，而不是 -1.0");

        assertThat(failure(() -> new Pool("web", -2, OptionalInt.empty())).wording().in(CHINESE))
                .isEqualTo("资源池 web 的 ha_nodes 不能为负数：-2");
        assertThat(failure(() -> new Resource("cpu", "cores", 1.5, Aggregation.P95)).wording().in(CHINESE))
                .isEqualTo("cpu 的目标利用率必须大于 0 且至多为 1，而不是 1.5");
        assertThat(failure(() -> new ExistingNodes("web", "std", -3, Optional.empty())))
                .hasMessage("count of std nodes in web is negative: -3");
        assertThat(failure(() -> new ExistingNodes("web", "std", -3, Optional.empty())).wording().in(CHINESE))
                .isEqualTo("资源池 web 中 std 节点的数量不能为负数：-3");
        assertThat(failure(() -> new KnownDemand(MAY, "api", "cpu", -4)).wording().in(CHINESE))
                .isEqualTo("api 在 2027-05 对 cpu 的需求必须是至少为 0 的数字，而不是 -4.0");
        assertThat(failure(() -> new PurchaseBudget(MAY, Double.POSITIVE_INFINITY)))
                .hasMessage("budget for 2027-05 must be a number of at least 0, not Infinity");
        assertThat(failure(() -> new TimeSeries(new SeriesKey("w", "cpu"), MAY, new double[] {1, -2})).wording()
                .in(CHINESE)).isEqualTo("w cpu 在 2027-06 的使用量必须是至少为 0 的数字，而不是 -2.0");
    }

    @Test
    void anEmptyNameNamesTheKindOfThingInEitherLanguage() {
        InvalidValueException nodeType = failure(() -> new NodeType(" ", 1, 0, Map.of()));
        assertThat(nodeType).hasMessage("node type name is empty");
        assertThat(nodeType.wording().in(CHINESE)).isEqualTo("节点类型名称为空");
        assertThat(failure(() -> new Workload("", PlacementMode.POOL, Optional.empty(), new TreeSet<>(), Optional.empty()))
                .wording().in(CHINESE)).isEqualTo("工作负载名称为空");
        InvalidValueException scenario = failure(() -> new Scenario(null, "", List.of()));
        assertThat(scenario).hasMessage("scenario name is empty");
        assertThat(scenario.wording().in(CHINESE)).isEqualTo("情景名称为空");
    }

    @Test
    void forecastAdjustmentsAndOptionsInEnglishAndChinese() {
        SeriesKey web = new SeriesKey("web", "cpu");
        InvalidValueException kind = failure(() -> ForecastAdjustment.Kind.parse("jump"));
        assertThat(kind).hasMessage("\"jump\" is not an adjustment; use growth per period, growth over the horizon, "
                + "step or override");
        assertThat(kind.value()).isEqualTo("jump");
        assertThat(kind.wording().in(CHINESE)).startsWith("\"jump\" 不是调整方式");

        InvalidValueException growth = failure(() -> ForecastAdjustment.growthPerPeriod(web, MAY, -100));
        assertThat(growth).hasMessage("the growth per period of web cpu must be above -100%, not -100%");
        assertThat(growth.wording().in(CHINESE)).isEqualTo("web cpu 的每周期增长必须大于 -100%，而不是 -100%");
        assertThat(failure(() -> ForecastAdjustment.step(web, MAY, Double.NaN)))
                .hasMessage("the step of web cpu must be a number, not NaN");
        assertThat(failure(() -> ForecastAdjustment.override(web, MAY, -1.5)).wording().in(CHINESE))
                .isEqualTo("web cpu 在 2027-05 的覆盖值必须至少为 0，而不是 -1.5");

        InvalidValueException level = failure(() -> ForecastOptions.forLevels(List.of(1.0)));
        assertThat(level).hasMessage("an interval level must be above 0 and below 1, not 1.0");
        assertThat(level.wording().in(CHINESE)).isEqualTo("区间水平必须大于 0 且小于 1，而不是 1.0");
        assertThat(failure(() -> new ForecastOptions(new TreeSet<>(List.of(0.5)), Optional.empty(), OptionalInt.of(0), 1))
                .wording().in(CHINESE)).isEqualTo("季节长度必须至少为 1，而不是 0");
    }

    /** Seeded random bad values: the English message is exactly the text the checks built before they were worded. */
    @RepeatedTest(40)
    void theEnglishMessageIsTheOldTextForAnyValue(RepetitionInfo repetition) {
        Random random = new Random(9_000L + repetition.getCurrentRepetition());
        String name = "n" + random.nextInt(1000);
        double negative = -random.nextInt(10_000) / (random.nextBoolean() ? 1.0 : 7.0) - 0.001;
        int count = -1 - random.nextInt(500);
        Period period = Period.parse("20" + (20 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9)));

        assertThat(failure(() -> new NodeType(name, negative, 0, Map.of())))
                .hasMessage("cost of node type " + name + " must be a number of at least 0, not " + negative);
        assertThat(failure(() -> new NodeType(name, 1, count, Map.of())))
                .hasMessage("lead_time of node type " + name + " is negative: " + count);
        assertThat(failure(() -> new NodeType(name, 1, 0, Map.of("gpu", negative))))
                .hasMessage("capacity of node type " + name + " for gpu must be at least 0, not " + negative);
        assertThat(failure(() -> new Pool(name, count, OptionalInt.empty())))
                .hasMessage("ha_nodes of pool " + name + " is negative: " + count);
        assertThat(failure(() -> new Pool(name, 0, OptionalInt.of(count))))
                .hasMessage("max_nodes of pool " + name + " is negative: " + count);
        double target = 1 + random.nextInt(100) / 10.0 + 0.01;
        assertThat(failure(() -> new Resource(name, "u", target, Aggregation.MAX)))
                .hasMessage("target utilization of " + name + " must be above 0 and at most 1, not " + target);
        assertThat(failure(() -> new ExistingNodes("p", name, count, Optional.empty())))
                .hasMessage("count of " + name + " nodes in p is negative: " + count);
        assertThat(failure(() -> new KnownDemand(period, name, "cpu", negative)))
                .hasMessage("demand of " + name + " cpu in " + period + " must be a number of at least 0, not " + negative);
        assertThat(failure(() -> new TimeSeries(new SeriesKey(name, "cpu"), period, new double[] {negative})))
                .hasMessage("usage of " + name + " cpu in " + period + " must be a number of at least 0, not " + negative);
        assertThat(failure(() -> new PurchaseBudget(period, negative)))
                .hasMessage("budget for " + period + " must be a number of at least 0, not " + negative);
        assertThat(failure(() -> new ForecastOptions(new TreeSet<>(List.of(1 - negative)), Optional.empty(),
                OptionalInt.empty(), 1))).hasMessage("a quantile must be above 0 and below 1, not " + (1 - negative));
    }
}
