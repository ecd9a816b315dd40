package dev.headroom.core.model;

import java.util.OptionalInt;

/**
 * A group of nodes that workloads are placed in: a cluster, a region, a rack row.
 *
 * @param name     unique name
 * @param haNodes  nodes kept free for failures (N+1 is 1)
 * @param maxNodes the most nodes the pool has space for, or empty for no limit
 */
public record Pool(String name, int haNodes, OptionalInt maxNodes) {

    public Pool {
        name = Names.require(name, "pool");
        if (haNodes < 0) {
            throw ModelWords.invalid("pool.haNodes", name, haNodes);
        }
        if (maxNodes.isPresent() && maxNodes.getAsInt() < 0) {
            throw ModelWords.invalid("pool.maxNodes", name, maxNodes.getAsInt());
        }
    }

    public static Pool of(String name) {
        return new Pool(name, 0, OptionalInt.empty());
    }
}
