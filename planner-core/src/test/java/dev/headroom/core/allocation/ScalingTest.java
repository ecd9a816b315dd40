package dev.headroom.core.allocation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScalingTest {

    @Test
    void decimalsScaleExactlyAndRoundTheSafeWay() {
        assertThat(Scaling.up(0.1, 1)).isEqualTo(1);
        assertThat(Scaling.up(0.11, 1)).isEqualTo(2);
        assertThat(Scaling.down(Scaling.exact(0.8).multiply(Scaling.exact(64)), 1)).isEqualTo(512);
        assertThat(Scaling.down(new BigDecimal("51.29"), 1)).isEqualTo(512);
        assertThat(Scaling.up(1234.5, -2)).isEqualTo(13);
        assertThat(Scaling.isWhole(12.25, 2)).isTrue();
        assertThat(Scaling.isWhole(12.255, 2)).isFalse();
    }

    @Test
    void theExponentKeepsTheMagnitudeWithinTheLimit() {
        assertThat(Scaling.exponentFor(8_000, 1e7)).isEqualTo(3);
        assertThat(Scaling.exponentFor(1e12, 1e7)).isEqualTo(-5);
        assertThat(Scaling.exponentFor(0.5, 1e7)).isEqualTo(Scaling.MAX_EXPONENT);
        assertThat(Scaling.exponentFor(0, 1e7)).isEqualTo(Scaling.MAX_EXPONENT);
    }

    @Test
    void numbersBeyondTheSolversIntegersAreRefused() {
        assertThatThrownBy(() -> Scaling.toInt(3_000_000_000L, "demand"))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("demand");
    }
}
