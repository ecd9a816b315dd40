package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Whole nodes covering every resource at once: stronger than one resource at a time or fractional nodes. */
class WholeNodeMixTest {

    /** A cpu-heavy and a memory-heavy type, 100 each. */
    private static final double[][] CAPACITY = {{10, 2}, {2, 10}};
    private static final double[] COST = {100, 100};

    @Test
    void needingBothShapesTakesOneOfEach() {
        double[] need = {10, 10};

        // One resource at a time: one node each (100). Fractional nodes: 10/12 of each (166.67).
        // Whole nodes for both at once: one of each, 200.
        assertThat(new WholeNodeMix(CAPACITY, COST).of(need)).isCloseTo(200, within(1e-9));
        assertThat(new NodeMixBound(CAPACITY, COST).of(need)).isCloseTo(200, within(1e-9));
        assertThat(new NodeMixBound(CAPACITY, COST).fractionalMix(need)).isCloseTo(2000.0 / 12, within(1e-6));
    }

    @Test
    void aNeedMetExactlyIsNotRoundedUp() {
        assertThat(new WholeNodeMix(CAPACITY, COST).of(new double[]{20, 4})).isCloseTo(200, within(1e-9));
    }

    @Test
    void nothingNeededCostsNothingAndANeedNoTypeProvidesIsNoAnswer() {
        assertThat(new WholeNodeMix(CAPACITY, COST).of(new double[]{0, -5})).isZero();
        assertThat(new WholeNodeMix(new double[][]{{10, 0}}, new double[]{100}).of(new double[]{0, 5})).isEqualTo(-1);
    }
}
