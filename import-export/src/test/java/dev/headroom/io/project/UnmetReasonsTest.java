package dev.headroom.io.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.scenario.ScenarioPlan;
import dev.headroom.core.model.Wording;
import dev.headroom.io.testing.SamplePlan;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan read back from its project says why demand is unmet in the window's language, as the plan just made
 * did: the file keeps each reason's words beside its English, which stays what it always was.
 */
class UnmetReasonsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Period FEB = Period.parse("2025-02");

    @TempDir
    Path dir;

    private static Wording reason(String key, Object... args) {
        return Wording.formatted(UnmetDemand.REASONS, key, args);
    }

    private static Plan withUnmet(List<UnmetDemand> unmet) {
        Plan p = SamplePlan.plan();
        return new Plan(p.status(), p.totalCost(), p.lowerBound(), p.solveSeconds(), p.periods(), p.purchases(), unmet,
                p.utilization(), p.placement(), p.runway(), p.forecasts());
    }

    @Test
    void aSavedPlanSaysItsReasonsInChineseWhenReadBack() {
        Wording pinned = reason("pinned", 5, reason("names.more", List.of("a", "b", "c"), 2), "west");
        Wording only = reason("onlyAllowed", 1, reason("names", List.of("db")), "west");
        UnmetDemand row = UnmetDemand.because("west", "memory", FEB, 12.5,
                List.of(reason("pinnedAndOnlyAllowed", pinned, only), reason("maxNodes", "west", 4),
                        reason("budget", List.of(Period.parse("2024-11"), Period.parse("2024-12")))));
        Path file = dir.resolve("reasons.headroom");
        ProjectFile.write(file, SampleProjects.random(5, 3, 4, 1).withPlans(List.of(new ScenarioPlan("baseline",
                withUnmet(List.of(row))))));

        UnmetDemand back = ProjectFile.read(file).plans().getFirst().plan().unmet().getFirst();

        assertThat(back.reason()).isEqualTo("workloads a, b, c and 2 more are pinned to pool west; workload db may run "
                + "only in pool west; pool west reaches max_nodes 4; the budget for orders in 2024-11, 2024-12 is spent");
        assertThat(back.causes()).isNotEmpty();
        assertThat(back.reasonIn(CHINESE)).isEqualTo(row.reasonIn(CHINESE))
                .isEqualTo("5 个工作负载（a、b、c 及另外 2 个）被固定在池 west；1 个工作负载（db）只能在池 west 中运行；"
                        + "池 west 已达到 max_nodes 上限 4；2024-11、2024-12 的订购预算已用完");
    }

    @Test
    void anOlderFileOrCausesThatDoNotSayTheEnglishKeepTheEnglishOnly() throws Exception {
        UnmetDemand row = UnmetDemand.because("west", "cpu", FEB, 3, List.of(reason("haSpares", "west", 2)));
        String json = PlanJson.write(withUnmet(List.of(row)));
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(json);

        ObjectNode older = tree.deepCopy();
        ((ObjectNode) older.withArray("unmet").get(0)).remove("causes");
        UnmetDemand fromOlder = PlanJson.read(older.toString()).unmet().getFirst();
        assertThat(fromOlder.causes()).isEmpty();
        assertThat(fromOlder.reasonIn(CHINESE)).isEqualTo("pool west keeps 2 HA spare nodes free");

        ObjectNode edited = tree.deepCopy();
        ((ObjectNode) edited.withArray("unmet").get(0)).put("reason", "edited by hand");
        UnmetDemand fromEdited = PlanJson.read(edited.toString()).unmet().getFirst();
        assertThat(fromEdited.reasonIn(CHINESE)).as("the English the file holds wins").isEqualTo("edited by hand");

        ObjectNode unknown = tree.deepCopy();
        ((ObjectNode) unknown.withArray("unmet").get(0).get("causes").get(0)).put("key", "noSuchReason");
        assertThat(PlanJson.read(unknown.toString()).unmet().getFirst().reasonIn(CHINESE))
                .isEqualTo("pool west keeps 2 HA spare nodes free");
    }

    /** Seeded random reasons: written and read back, they say the same in English and in Chinese. */
    @RepeatedTest(30)
    void anyReasonsSayTheSameWhenReadBack(RepetitionInfo repetition) throws Exception {
        Random random = new Random(70_000L + repetition.getCurrentRepetition());
        List<UnmetDemand> rows = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(4); r++) {
            List<Wording> causes = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                causes.add(randomReason(random));
            }
            rows.add(UnmetDemand.because("p" + random.nextInt(3), "cpu", FEB, random.nextInt(1000) / 8.0, causes));
        }

        List<UnmetDemand> back = PlanJson.read(PlanJson.write(withUnmet(rows))).unmet();

        assertThat(back).isEqualTo(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.get(i).reasonIn(CHINESE)).isEqualTo(rows.get(i).reasonIn(CHINESE));
            assertThat(back.get(i).reasonIn(Locale.ROOT)).isEqualTo(rows.get(i).reason());
        }
    }

    private static Wording randomReason(Random random) {
        List<String> workloads = new ArrayList<>();
        for (int w = 0; w < 1 + random.nextInt(6); w++) {
            workloads.add("w" + random.nextInt(100));
        }
        Wording names = workloads.size() <= 3 ? reason("names", workloads)
                : reason("names.more", workloads.subList(0, 3), workloads.size() - 3);
        Period arrival = Period.parse("2025-0" + (1 + random.nextInt(9)));
        return switch (random.nextInt(9)) {
            case 0 -> reason("noNodeTypeProvides", "gpu");
            case 1 -> reason("leadTime", arrival, random.nextInt(6));
            case 2 -> reason("budget", List.of(arrival, arrival.plus(1)));
            case 3 -> reason("maxNodes", "west", random.nextInt(50));
            case 4 -> reason("largerThanAnyNode", workloads.size(), names);
            case 5 -> reason("onlyLateTypesFit", workloads.size(), names, arrival, 1 + random.nextInt(4));
            case 6 -> reason("antiAffinityTooWide", "g", 2 + random.nextInt(9), "east", random.nextInt(5));
            case 7 -> reason("haSpares", "east", 1 + random.nextInt(3));
            default -> reason("pinned", workloads.size(), names, "east");
        };
    }
}
