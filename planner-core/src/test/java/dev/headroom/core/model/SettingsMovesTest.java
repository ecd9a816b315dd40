package dev.headroom.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The settings allow_moves and move_cost: off and free by default, carried by every copy, checked. */
class SettingsMovesTest {

    @Test
    void theSevenSettingsOfOldKeepEveryWorkloadInOnePool() {
        Settings settings = new Settings(Frequency.MONTH, 12, Optional.empty(), 0.9, 30, 42L, 1);

        assertThat(settings.allowMoves()).isFalse();
        assertThat(settings.moveCost()).isZero();
        assertThat(Settings.defaults().allowMoves()).isFalse();
    }

    @Test
    void copiesKeepTheMoves() {
        Settings moving = Settings.defaults().withMoves(true, 250);

        assertThat(moving.withHorizon(6).withTimeLimit(5).withThreads(2))
                .extracting(Settings::allowMoves, Settings::moveCost).containsExactly(true, 250.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, Double.NaN, Double.POSITIVE_INFINITY})
    void aMoveCostBelowZeroOrNotANumberIsRefusedInBothLanguages(double cost) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> Settings.defaults().withMoves(true, cost));

        assertThat(e.problem().in(Locale.ROOT)).isEqualTo("move_cost must be a number of at least 0, not " + cost);
        assertThat(e.problem().in(Locale.SIMPLIFIED_CHINESE)).startsWith("move_cost 必须是至少为 0 的数字");
    }
}
