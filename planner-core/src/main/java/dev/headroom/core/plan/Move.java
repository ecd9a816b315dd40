package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

import java.util.Objects;

/**
 * A workload moved from one pool to another between two consecutive planned periods (only when the
 * settings allow moves).
 *
 * @param workload the workload moved
 * @param period   the first period it runs in its new pool
 * @param from     the pool it ran in in the period before
 * @param to       the pool it runs in from {@code period} on
 * @param cost     what the move costs (the settings' move_cost)
 */
public record Move(String workload, Period period, String from, String to, double cost) {

    public Move {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
