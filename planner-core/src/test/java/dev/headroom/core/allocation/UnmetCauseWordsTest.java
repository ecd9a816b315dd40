package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.UnmetDemand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons for unmet demand read from the bundle say in English exactly what the plan's files said before
 * there was a bundle (CONTRACT §6), checked against that code kept here, and say it in Chinese in a window.
 */
class UnmetCauseWordsTest {

    private static final Period JAN = Period.parse("2025-01");

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void englishIsWordForWordAsTheFilesWroteIt(long seed) {
        Random random = new Random(seed);
        String pool = "pool-" + random.nextInt(50);
        int n = 1 + random.nextInt(2000);
        Period at = JAN.plus(random.nextInt(30));
        List<String> some = names(random, 1 + random.nextInt(6));
        List<String> others = random.nextBoolean() ? List.of() : names(random, 1 + random.nextInt(6));
        List<Period> periods = new ArrayList<>();
        for (int i = 0, k = 1 + random.nextInt(4); i < k; i++) {
            periods.add(JAN.plus(i * 2));
        }
        assertThat(new UnmetCause.NoNodeTypeProvides("gpu").words()).isEqualTo("no node type provides gpu");
        assertThat(new UnmetCause.LeadTime(at, n).words())
                .isEqualTo("nodes ordered at the plan start arrive only in " + at + " (lead time " + n + ")");
        assertThat(new UnmetCause.Budget(periods).words()).isEqualTo("the budget for orders in "
                + periods.stream().map(Period::toString).collect(Collectors.joining(", ")) + " is spent");
        assertThat(new UnmetCause.MaxNodes(pool, n).words()).isEqualTo("pool " + pool + " reaches max_nodes " + n);
        assertThat(new UnmetCause.BoundToPool(pool, some, others).words()).isEqualTo(boundAsBefore(pool, some, others));
        assertThat(new UnmetCause.BoundToPool(pool, others, some).words()).isEqualTo(boundAsBefore(pool, others, some));
        assertThat(new UnmetCause.LargerThanAnyNode(some).words()).isEqualTo(workloadsAsBefore(some)
                + (some.size() == 1 ? " is" : " are") + " larger than any node type (placement node)");
        assertThat(new UnmetCause.OnlyLateTypesFit(some, at, n).words()).isEqualTo(workloadsAsBefore(some)
                + (some.size() == 1 ? " fits" : " fit") + " only node types that, ordered at the plan start, arrive in "
                + at + " at the earliest (lead time " + n + ")");
        assertThat(new UnmetCause.AntiAffinityTooWide("spread", n + 1, pool, n).words())
                .isEqualTo("anti-affinity group spread has " + (n + 1) + " members needing separate nodes but pool "
                        + pool + " may hold only " + n + " (max_nodes)");
        int ha = 1 + random.nextInt(3);
        assertThat(new UnmetCause.HaSpares(pool, ha).words())
                .isEqualTo("pool " + pool + " keeps " + ha + " HA spare node" + (ha == 1 ? "" : "s") + " free");
    }

    @Test
    void aRowJoinsItsCausesInEnglishForFilesAndInChineseForTheWindow() {
        UnmetDemand row = UnmetDemand.because("eu", "cpu", JAN, 4, List.of(
                new UnmetCause.MaxNodes("eu", 3).wording(),
                new UnmetCause.LargerThanAnyNode(List.of("db", "cache", "queue", "search")).wording(),
                new UnmetCause.NotProven().wording()));

        assertThat(row.reason()).isEqualTo("pool eu reaches max_nodes 3; workloads db, cache, queue and 1 more are "
                + "larger than any node type (placement node); the search stopped at its time limit before proving "
                + "that no plan meets more");
        assertThat(row.reasonIn(Locale.ENGLISH)).isEqualTo(row.reason());
        assertThat(row.reasonIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("池 eu 已达到 max_nodes 上限 3；"
                + "4 个工作负载（db、cache、queue 及另外 1 个）比任何节点类型都大（放置方式 node）；"
                + "搜索在时间限制处停止，未能证明没有能满足更多需求的计划");
    }

    @Test
    void chineseNamesEveryFigureAndPeriod() {
        assertThat(new UnmetCause.Budget(List.of(JAN, JAN.plus(1))).wording().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2025-01、2025-02 的订购预算已用完");
        assertThat(new UnmetCause.LeadTime(JAN.plus(3), 3).wording().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("在计划开始时订购的节点要到 2025-04 才能到货（交付周期 3）");
        assertThat(new UnmetCause.BoundToPool("us", List.of("web"), List.of("db", "etl")).wording()
                .in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("1 个工作负载（web）被固定在池 us；2 个工作负载（db、etl）只能在池 us 中运行");
        assertThat(new UnmetCause.HaSpares("us", 1200).wording().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("池 us 保留 1200 个 HA 备用节点空闲");
    }

    @Test
    void englishStaysEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new UnmetCause.PoolsFull().words()).startsWith("the pools these workloads");
            assertThat(UnmetDemand.because("eu", "cpu", JAN, 1, List.of(new UnmetCause.MaxNodes("eu", 2).wording(),
                    new UnmetCause.NoNodeTypeProvides("cpu").wording())).reason())
                    .isEqualTo("pool eu reaches max_nodes 2; no node type provides cpu");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRowReadBackFromAFileEqualsTheRowWrittenAndSaysItsReasonInEnglish() {
        UnmetDemand solved = UnmetDemand.because("eu", "cpu", JAN, 2.5, List.of(new UnmetCause.MaxNodes("eu", 2).wording()));
        UnmetDemand read = new UnmetDemand("eu", "cpu", JAN, 2.5, solved.reason());
        assertThat(read).isEqualTo(solved).hasSameHashCodeAs(solved);
        assertThat(read.reasonIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("pool eu reaches max_nodes 2");
    }

    private static List<String> names(Random random, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("w" + random.nextInt(1000) + (random.nextBoolean() ? "-api" : ""));
        }
        return names;
    }

    // The English as UnmetCause wrote it by concatenation before its words moved into the bundle.
    private static String boundAsBefore(String pool, List<String> pinned, List<String> onlyAllowed) {
        StringBuilder sb = new StringBuilder();
        if (!pinned.isEmpty()) {
            sb.append(workloadsAsBefore(pinned)).append(pinned.size() == 1 ? " is" : " are").append(" pinned to pool ").append(pool);
        }
        if (!onlyAllowed.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(workloadsAsBefore(onlyAllowed)).append(" may run only in pool ").append(pool);
        }
        return sb.toString();
    }

    private static String workloadsAsBefore(List<String> workloads) {
        String word = workloads.size() == 1 ? "workload " : "workloads ";
        if (workloads.size() <= 3) {
            return word + String.join(", ", workloads);
        }
        return word + String.join(", ", workloads.subList(0, 3)) + " and " + (workloads.size() - 3) + " more";
    }
}
