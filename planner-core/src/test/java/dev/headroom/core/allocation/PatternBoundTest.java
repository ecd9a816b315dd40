package dev.headroom.core.allocation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The linear-relaxation bin-packing bound: never above the optimum, at least the classic bounds, and sometimes more. */
class PatternBoundTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void neverAboveTheOptimumAndNeverBelowTheClassicBounds(long seed) {
        Random random = new Random(seed);
        for (int instance = 0; instance < 30; instance++) {
            double capacity = 20 + random.nextInt(80);
            double[] sizes = new double[1 + random.nextInt(9)];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = 1 + random.nextInt((int) capacity);
            }
            int optimum = fewestBins(sizes, capacity);
            int bound = PatternBound.of(sizes, capacity, 400);
            assertThat(bound).as("%s in %s", Arrays.toString(sizes), capacity).isLessThanOrEqualTo(optimum);
            int l2 = NodeLowerBound.l2(sizes, capacity);
            assertThat(bound).as("%s in %s", Arrays.toString(sizes), capacity).isGreaterThanOrEqualTo(l2);
            // Told a bound it has, it stops early but proves no less.
            assertThat(PatternBound.of(sizes, capacity, 400, l2)).isEqualTo(bound);
        }
    }

    @Test
    void provesABinTheOtherBoundsMiss() {
        // 65 of 66 units fit two bins by volume, but the 21 leaves room for the 10 or the 5 only,
        // and 14 + 15 with the other of them is 34: three bins. L2 and the dual feasible functions say two.
        double[] sizes = {21, 15, 14, 10, 5};
        double capacity = 33;
        int classic = Math.max(NodeLowerBound.l2(sizes, capacity), Math.max(NodeLowerBound.dualFeasible(sizes, capacity),
                NodeLowerBound.carlierClautiauxMoukrim(sizes, capacity)));
        assertThat(classic).isEqualTo(2);
        assertThat(PatternBound.of(sizes, capacity, 400)).isEqualTo(3).isEqualTo(fewestBins(sizes, capacity));
    }

    @Test
    void fewRoundsGiveAWeakerBoundButNeverAWrongOne() {
        double[] sizes = {31, 31, 27, 21, 15, 10, 10, 6, 4, 2};
        int once = PatternBound.of(sizes, 32, 1);
        assertThat(once).isBetween(0, fewestBins(sizes, 32));
        assertThat(PatternBound.of(sizes, 32, 400)).isEqualTo(6).isGreaterThanOrEqualTo(once);
    }

    @Test
    void noItemsNeedNoBins() {
        assertThat(PatternBound.of(new double[0], 100, 400)).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void knapsackFindsTheBestSetThatFits(long seed) {
        Random random = new Random(seed);
        for (int instance = 0; instance < 40; instance++) {
            int kinds = 1 + random.nextInt(5);
            double[] size = new double[kinds];
            int[] count = new int[kinds];
            double[] worth = new double[kinds];
            for (int i = 0; i < kinds; i++) {
                size[i] = 1 + random.nextInt(30);
                count[i] = 1 + random.nextInt(3);
                worth[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
            }
            double capacity = 10 + random.nextInt(50);
            Knapsack best = Knapsack.best(size, count, worth, capacity, 1_000_000);
            double expected = bestByEnumeration(size, count, worth, capacity, 0, 0);
            assertThat(best.value()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(best.upperBound()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            double used = 0;
            for (int i = 0; i < kinds; i++) {
                assertThat(best.pattern()[i]).isBetween(0, count[i]);
                used += best.pattern()[i] * size[i];
            }
            assertThat(used).isLessThanOrEqualTo(capacity);
        }
    }

    @Test
    void aKnapsackSearchCutShortStillBoundsFromAbove() {
        double[] size = {7, 11, 13, 17, 19, 23};
        int[] count = {3, 3, 3, 3, 3, 3};
        double[] worth = {0.31, 0.5, 0.6, 0.77, 0.85, 1.02};
        double exact = bestByEnumeration(size, count, worth, 100, 0, 0);
        Knapsack cut = Knapsack.best(size, count, worth, 100, 3);
        assertThat(cut.upperBound()).isGreaterThanOrEqualTo(exact - 1e-9);
        assertThat(cut.value()).isLessThanOrEqualTo(exact + 1e-9);
    }

    private static double bestByEnumeration(double[] size, int[] count, double[] worth, double room, int i, double value) {
        if (i == size.length) {
            return value;
        }
        double best = 0;
        for (int a = 0; a <= count[i] && a * size[i] <= room; a++) {
            best = Math.max(best, bestByEnumeration(size, count, worth, room - a * size[i], i + 1, value + a * worth[i]));
        }
        return best;
    }

    /** The optimum by trying ever more bins, items largest first, a new bin only after the used ones. */
    static int fewestBins(double[] sizes, double capacity) {
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        for (int bins = 1; ; bins++) {
            if (fits(sorted, sorted.length - 1, new double[bins], 0, capacity)) {
                return bins;
            }
        }
    }

    private static boolean fits(double[] sorted, int i, double[] load, int used, double capacity) {
        if (i < 0) {
            return true;
        }
        for (int b = 0; b < Math.min(used + 1, load.length); b++) {
            if (load[b] + sorted[i] <= capacity) {
                load[b] += sorted[i];
                boolean done = fits(sorted, i - 1, load, Math.max(used, b + 1), capacity);
                load[b] -= sorted[i];
                if (done) {
                    return true;
                }
            }
        }
        return false;
    }
}
