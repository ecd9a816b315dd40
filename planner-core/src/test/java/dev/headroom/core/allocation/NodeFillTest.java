package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fullest fill of one node agrees with trying every subset of the candidates. */
class NodeFillTest {

    @ParameterizedTest(name = "{0} resources")
    @ValueSource(ints = {1, 2, 3})
    void fillsAsFullAsEverySubsetAllowsWithFewestWorkloads(int resources) {
        Random random = new Random(11 + resources);
        for (int instance = 0; instance < 300; instance++) {
            int items = 1 + random.nextInt(12);
            long[] capacity = new long[resources];
            long[] room = new long[resources];
            for (int r = 0; r < resources; r++) {
                capacity[r] = 20 + random.nextInt(100);
                room[r] = capacity[r] - random.nextInt((int) capacity[r] / 2);
            }
            long[][] size = new long[items][resources];
            int[] group = new int[items];
            double[] share = new double[items];
            for (int i = 0; i < items; i++) {
                for (int r = 0; r < resources; r++) {
                    size[i][r] = 1 + random.nextInt((int) capacity[r] / 2);
                    share[i] += (double) size[i][r] / capacity[r];
                }
                group[i] = random.nextInt(4) == 0 ? random.nextInt(2) : -1;
            }
            int[] candidates = java.util.stream.IntStream.range(0, items).toArray();

            int[] chosen = NodeFill.best(size, capacity, group, share, candidates, room, Long.MAX_VALUE);

            double bestShare = -1;
            int fewest = Integer.MAX_VALUE;
            for (int subset = 0; subset < 1 << items; subset++) {
                int[] members = members(subset, items);
                if (!feasible(size, group, room, members)) {
                    continue;
                }
                double s = NodeFill.shareOf(share, members);
                if (s > bestShare + 1e-9) {
                    bestShare = s;
                    fewest = members.length;
                } else if (s > bestShare - 1e-9) {
                    fewest = Math.min(fewest, members.length);
                }
            }
            assertThat(feasible(size, group, room, chosen)).isTrue();
            assertThat(NodeFill.shareOf(share, chosen)).isCloseTo(bestShare, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(chosen).hasSize(fewest);
        }
    }

    @Test
    void takesNothingWhenNothingFits() {
        long[][] size = {{8}, {9}};
        assertThat(NodeFill.best(size, new long[] {10}, new int[] {-1, -1}, new double[] {0.8, 0.9}, new int[] {0, 1},
                new long[] {5}, 1_000)).isEmpty();
    }

    @Test
    void onOneResourceStopsAtTheFirstFullNode() {
        // 40 workloads of 3 on a node of 30: ten of them fill it; the search must not try every subset.
        long[][] size = new long[40][];
        double[] share = new double[40];
        Arrays.setAll(size, i -> new long[] {3});
        Arrays.fill(share, 0.1);
        int[] group = new int[40];
        Arrays.fill(group, -1);
        int[] chosen = NodeFill.best(size, new long[] {30}, group, share,
                java.util.stream.IntStream.range(0, 40).toArray(), new long[] {30}, 1_000);
        assertThat(chosen).hasSize(10);
    }

    private static int[] members(int subset, int items) {
        return java.util.stream.IntStream.range(0, items).filter(b -> (subset & 1 << b) != 0).toArray();
    }

    private static boolean feasible(long[][] size, int[] group, long[] room, int[] members) {
        for (int r = 0; r < room.length; r++) {
            long sum = 0;
            for (int i : members) {
                sum += size[i][r];
            }
            if (sum > room[r]) {
                return false;
            }
        }
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                if (group[members[x]] >= 0 && group[members[x]] == group[members[y]]) {
                    return false;
                }
            }
        }
        return true;
    }
}
