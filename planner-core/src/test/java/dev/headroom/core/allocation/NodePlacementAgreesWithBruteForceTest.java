package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * On seeded tiny node-placement inputs (one pool, one period, 2–5 node-placed workloads, some in an
 * anti-affinity group, pool-placed demand beside them, existing nodes, max_nodes), the planner's
 * proven optimum is the brute-force optimum, and every plan keeps the invariants.
 */
class NodePlacementAgreesWithBruteForceTest {

    private static final String[] RESOURCES = {"cpu", "memory"};
    private static final int[] PERCENTS = {50, 75, 80, 100};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void provenOptimumMatchesBruteForce(long seed) {
        Random random = new Random(new SplittableRandom(seed).nextLong());
        int resources = 1 + random.nextInt(2);
        int types = 1 + random.nextInt(2);
        int items = 2 + random.nextInt(4);
        int[] percent = new int[resources];
        int[][] capacity = new int[types][resources];
        int[] cost = new int[types];
        InputBuilder b = InputBuilder.monthly("2025-01", 1).timeLimit(20);
        for (int r = 0; r < resources; r++) {
            percent[r] = PERCENTS[random.nextInt(PERCENTS.length)];
            b.resource(RESOURCES[r], percent[r] / 100.0);
        }
        int maxNodes = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 0;
        b.pool("eu", 0, maxNodes > 0 ? OptionalInt.of(maxNodes) : OptionalInt.empty());
        for (int k = 0; k < types; k++) {
            Object[] caps = new Object[2 * resources];
            for (int r = 0; r < resources; r++) {
                capacity[k][r] = 8 + random.nextInt(13);
                caps[2 * r] = RESOURCES[r];
                caps[2 * r + 1] = capacity[k][r];
            }
            cost[k] = 50 + random.nextInt(151);
            b.nodeType("type-" + k, cost[k], 0, caps);
        }
        int existing = random.nextInt(3);
        if (existing > 0) {
            b.existing("eu", "type-0", existing);
        }
        int[][] demand = new int[items][resources];
        int[] group = new int[items];
        for (int i = 0; i < items; i++) {
            group[i] = random.nextInt(3) == 0 ? random.nextInt(2) : -1;
            b.onNode("w" + i, group[i] < 0 ? null : "group-" + group[i]);
            for (int r = 0; r < resources; r++) {
                demand[i][r] = (r == 0 ? 1 : 0) + random.nextInt(10);
                b.demand("w" + i, RESOURCES[r], demand[i][r]);
            }
        }
        int[] spread = new int[resources];
        if (random.nextBoolean()) {
            b.workload("spread");
            for (int r = 0; r < resources; r++) {
                spread[r] = random.nextInt(15);
                b.demand("spread", RESOURCES[r], spread[r]);
            }
        }
        PlanningInput input = b.build();

        Plan plan = Planning.plan(input);
        OptionalLong cheapest = NodeBruteForce.cheapest(
                new NodeBruteForce.Instance(demand, group, spread, capacity, cost, percent, existing, maxNodes));

        PlanInvariants.check(input, plan);
        if (cheapest.isPresent()) {
            assertThat(plan.status()).isEqualTo(PlanStatus.OPTIMAL);
            assertThat(plan.totalCost()).isCloseTo(cheapest.getAsLong(), within(1e-9));
        } else {
            assertThat(plan.status()).isEqualTo(PlanStatus.UNMET_DEMAND);
        }
    }
}
