package dev.headroom.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Something that runs and consumes capacity: a service, a VM, a namespace.
 *
 * @param name          unique name
 * @param placement     whether it spreads over a pool or must fit one node
 * @param pinnedPool    the pool it must run in, or empty
 * @param allowedPools  the pools it may run in; empty means any pool
 * @param antiAffinity  a group whose members must run on different nodes, or empty
 */
public record Workload(String name, PlacementMode placement, Optional<String> pinnedPool,
                       Set<String> allowedPools, Optional<String> antiAffinity) {

    public Workload {
        name = Names.require(name, "workload");
        Objects.requireNonNull(placement, "placement");
        pinnedPool = pinnedPool.map(String::trim).filter(s -> !s.isEmpty());
        allowedPools = Set.copyOf(new TreeSet<>(allowedPools));
        antiAffinity = antiAffinity.map(String::trim).filter(s -> !s.isEmpty());
        if (pinnedPool.isPresent() && !allowedPools.isEmpty() && !allowedPools.contains(pinnedPool.get())) {
            throw new InvalidValueException(null, ModelWords.of("workload.pinnedNotAllowed", name, pinnedPool.get(),
                    new TreeSet<>(allowedPools)));
        }
    }

    /** A workload that may run in any pool and spreads over its nodes. */
    public static Workload anywhere(String name) {
        return new Workload(name, PlacementMode.POOL, Optional.empty(), Set.of(), Optional.empty());
    }

    /** Whether this workload may run in the pool. */
    public boolean mayRunIn(String pool) {
        if (pinnedPool.isPresent()) {
            return pinnedPool.get().equals(pool);
        }
        return allowedPools.isEmpty() || allowedPools.contains(pool);
    }
}
