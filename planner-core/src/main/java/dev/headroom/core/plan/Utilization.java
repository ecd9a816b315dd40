package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

/**
 * Demand against usable capacity in one pool, resource and period.
 *
 * @param capacity usable capacity: raw capacity at target utilization, after the HA spares
 * @param demand   demand placed in the pool at the sizing quantile
 */
public record Utilization(String pool, String resource, Period period, double capacity, double demand) {

    /** Demand as a share of usable capacity; infinite when there is demand and no capacity. */
    public double ratio() {
        if (capacity <= 0) {
            return demand <= 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return demand / capacity;
    }
}
