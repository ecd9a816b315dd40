package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repacking of a pool's bought nodes of one type: on seeded instances every answer is a packing
 * (capacity kept in every resource, anti-affinity groups apart), never on more nodes than minimum bin
 * slack started from, the same on every run, and the fewest nodes possible where workloads can fill
 * every node exactly.
 */
class BoughtNodeRepackingTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isAPackingOnNoMoreNodesThanItStartsFromAndTheSameOnEveryRun(long seed) {
        Random random = new Random(seed);
        int resources = 1 + random.nextInt(2);
        long[] capacity = new long[resources];
        for (int r = 0; r < resources; r++) {
            capacity[r] = 20 + random.nextInt(80);
        }
        long[][] size = new long[1 + random.nextInt(20)][resources];
        int[] group = new int[size.length];
        for (int i = 0; i < size.length; i++) {
            for (int r = 0; r < resources; r++) {
                size[i][r] = 1 + random.nextInt((int) capacity[r]);
            }
            group[i] = random.nextInt(4) == 0 ? random.nextInt(3) : -1;
        }
        int start = MinimumBinSlack.nodes(MinimumBinSlack.pack(size, capacity, group));
        int before = random.nextInt(start + 1);

        int[] packed = BoughtNodeRepacking.pack(size, capacity, group, before, Long.MAX_VALUE);

        assertPacking(size, capacity, group, packed);
        assertThat(MinimumBinSlack.nodes(packed)).isLessThanOrEqualTo(start);
        assertThat(BoughtNodeRepacking.pack(size, capacity, group, before, Long.MAX_VALUE)).isEqualTo(packed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void usesTheFewestNodesWhenEveryNodeCanBeFull(long seed) {
        // Nodes of 150 cut into two to four workloads of at least 20, shuffled: the fewest nodes is the
        // number cut, as the workloads fill them exactly, and minimum bin slack alone often needs more.
        Random random = new Random(1_000 + seed);
        int nodes = 6 + random.nextInt(5);
        List<long[]> items = FullNodes.cut(random, nodes, cut -> new long[] {cut});
        Collections.shuffle(items, random);
        long[][] size = items.toArray(long[][]::new);
        int[] group = new int[size.length];
        Arrays.fill(group, -1);

        int[] packed = BoughtNodeRepacking.pack(size, new long[] {150}, group, 0, Long.MAX_VALUE);

        assertPacking(size, new long[] {150}, group, packed);
        assertThat(MinimumBinSlack.nodes(packed)).isEqualTo(nodes);
    }

    @Test
    void keepsAGroupApartWhereItWouldFitOnOneNode() {
        // Three of the four would fit on one node, and two nodes would hold all four; but three are of
        // one group, so each is on a node of its own and the fourth joins one of them.
        long[][] size = {{3}, {3}, {3}, {3}};
        int[] group = {0, 0, 0, -1};

        int[] packed = BoughtNodeRepacking.pack(size, new long[] {10}, group, 0, Long.MAX_VALUE);

        assertPacking(size, new long[] {10}, group, packed);
        assertThat(MinimumBinSlack.nodes(packed)).isEqualTo(3);
    }

    private static void assertPacking(long[][] size, long[] capacity, int[] group, int[] nodeOf) {
        assertThat(nodeOf).hasSize(size.length);
        int nodes = MinimumBinSlack.nodes(nodeOf);
        long[][] load = new long[nodes][capacity.length];
        for (int i = 0; i < size.length; i++) {
            assertThat(nodeOf[i]).isBetween(0, nodes - 1);
            for (int r = 0; r < capacity.length; r++) {
                load[nodeOf[i]][r] += size[i][r];
            }
            for (int j = i + 1; j < size.length; j++) {
                if (group[i] >= 0 && group[i] == group[j]) {
                    assertThat(nodeOf[i]).as("workloads %d and %d of group %d", i, j, group[i]).isNotEqualTo(nodeOf[j]);
                }
            }
        }
        for (int n = 0; n < nodes; n++) {
            for (int r = 0; r < capacity.length; r++) {
                assertThat(load[n][r]).as("load of node %d in resource %d", n, r).isLessThanOrEqualTo(capacity[r]);
            }
        }
    }
}
