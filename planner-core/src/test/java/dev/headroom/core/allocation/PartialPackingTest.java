package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The partial packing's end test: what waits fits on two more nodes exactly when it can. */
class PartialPackingTest {

    @Test
    void onOneResourceFindsTwoNodesWheneverTheyExist() {
        Random random = new Random(5);
        for (int instance = 0; instance < 300; instance++) {
            long capacity = 20 + random.nextInt(80);
            int items = 1 + random.nextInt(9);
            long[][] size = new long[items][1];
            double[] sizes = new double[items];
            for (int i = 0; i < items; i++) {
                size[i][0] = 1 + random.nextInt((int) capacity);
                sizes[i] = size[i][0];
            }
            int[] group = new int[items];
            Arrays.fill(group, -1);
            PartialPacking packing = new PartialPacking(size, new long[] {capacity}, group, 0);
            for (int i = 0; i < items; i++) {
                packing.sendToWait(i);
            }

            List<int[]> extra = packing.packWaiting(2, Long.MAX_VALUE);

            assertThat(extra != null).isEqualTo(PatternBoundTest.fewestBins(sizes, capacity) <= 2);
            if (extra != null) {
                assertThat(extra.stream().mapToInt(n -> n.length).sum()).isEqualTo(items);
                for (int[] node : extra) {
                    assertThat(Arrays.stream(node).mapToLong(i -> size[i][0]).sum()).isLessThanOrEqualTo(capacity);
                }
            }
        }
    }

    @Test
    void keepsGroupsApartOnTheExtraNodes() {
        long[][] size = {{1}, {1}, {1}};
        PartialPacking packing = new PartialPacking(size, new long[] {10}, new int[] {0, 0, 0}, 0);
        for (int i = 0; i < 3; i++) {
            packing.sendToWait(i);
        }
        assertThat(packing.packWaiting(2, 1_000)).isNull();
        assertThat(packing.packWaiting(3, 1_000)).hasSize(3);
    }

    @Test
    void countsTheWaitingWorkloadsOverHalfANodeThatTwoNodesCannotHold() {
        // Node of 10 × 10: workloads 0-2 are over half of the first resource, 3 of the second, 4 of neither.
        long[][] size = {{6, 1}, {7, 1}, {8, 1}, {1, 9}, {5, 5}};
        int[] group = {-1, -1, -1, -1, -1};
        PartialPacking packing = new PartialPacking(size, new long[] {10, 10}, group, 1);
        for (int i = 0; i < size.length; i++) {
            packing.sendToWait(i);
        }
        packing.put(4, 0);

        assertThat(packing.largeBeyond(2, new int[0], new int[0])).isEqualTo(1);
        assertThat(packing.largeBeyond(2, new int[0], new int[] {0})).isZero();
        assertThat(packing.largeBeyond(2, new int[] {4}, new int[] {3})).as("exactly half is not over half").isEqualTo(1);
        assertThat(packing.largeBeyond(1, new int[0], new int[0])).isEqualTo(2);
        packing.put(2, 0);
        assertThat(packing.largeBeyond(2, new int[0], new int[0])).isZero();
        packing.sendToWait(2);
        assertThat(packing.largeBeyond(2, new int[0], new int[0])).isEqualTo(1);
    }

    @Test
    void checksRoomAndGroupsForAnExchange() {
        long[][] size = {{6, 1}, {3, 2}, {1, 9}, {1, 1}};
        PartialPacking packing = new PartialPacking(size, new long[] {10, 10}, new int[] {0, -1, -1, 0}, 1);
        packing.sendToWait(0);
        packing.put(0, 0);
        packing.sendToWait(1);
        packing.put(1, 0);
        packing.sendToWait(2);
        packing.sendToWait(3);

        assertThat(packing.fits(0, new int[0], new int[] {3})).as("same group as workload 0").isFalse();
        assertThat(packing.fits(0, new int[] {0}, new int[] {3})).isTrue();
        assertThat(packing.fits(0, new int[] {0}, new int[] {2})).as("second resource over").isFalse();
        assertThat(packing.fits(0, new int[] {1}, new int[] {2})).isTrue();
        assertThat(packing.fits(0, new int[] {1}, new int[] {2, 3})).as("first resource over").isFalse();
        assertThat(packing.waitingShare()).isCloseTo(0.1 + 0.9 + 0.1 + 0.1, org.assertj.core.data.Offset.offset(1e-12));
    }
}
