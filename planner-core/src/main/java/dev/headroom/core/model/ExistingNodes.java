package dev.headroom.core.model;

import java.util.Optional;

/**
 * Nodes already owned: {@code count} nodes of a type in a pool, usable until they retire.
 *
 * @param retirePeriod the first period in which these nodes are no longer usable, or empty
 */
public record ExistingNodes(String pool, String nodeType, int count, Optional<Period> retirePeriod) {

    public ExistingNodes {
        pool = Names.require(pool, "pool");
        nodeType = Names.require(nodeType, "node type");
        if (count < 0) {
            throw ModelWords.invalid("inventory.count", nodeType, pool, count);
        }
    }

    /** Whether these nodes can still be used in the period. */
    public boolean activeIn(Period period) {
        return retirePeriod.map(period::isBefore).orElse(true);
    }
}
