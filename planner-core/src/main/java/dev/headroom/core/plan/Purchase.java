package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

/**
 * Nodes to buy: {@code count} nodes of a type for a pool, usable from {@code period},
 * to be ordered by {@code orderBy} (the period minus the node type's lead time).
 *
 * @param cost the price of all {@code count} nodes
 */
public record Purchase(String pool, String nodeType, Period period, int count, Period orderBy, double cost) {
}
