package dev.headroom.core.allocation;

/**
 * Demand of one workload for one resource in one planned period, in the resource's unit.
 * Indices follow the input's workload and resource lists and the planned periods.
 */
@FunctionalInterface
public interface DemandSource {

    double demand(int workload, int resource, int period);
}
