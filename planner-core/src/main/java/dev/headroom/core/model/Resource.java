package dev.headroom.core.model;

import java.util.Objects;

/**
 * A kind of capacity that workloads consume and nodes provide: cpu, memory, storage, network.
 *
 * @param name              the resource's name as written in the workbook, e.g. {@code cpu}
 * @param unit              the unit every number of this resource is in, e.g. {@code cores}
 * @param targetUtilization the share of raw capacity that may be planned for use, in (0, 1]
 * @param aggregation       how finer samples roll up to one value per period
 */
public record Resource(String name, String unit, double targetUtilization, Aggregation aggregation) {

    public static final double DEFAULT_TARGET = 0.8;

    public Resource {
        name = Names.require(name, "resource");
        unit = unit == null ? "" : unit.trim();
        Objects.requireNonNull(aggregation, "aggregation");
        if (!(targetUtilization > 0 && targetUtilization <= 1)) {
            throw ModelWords.invalid("resource.targetUtilization", name, targetUtilization);
        }
    }

    public Resource(String name, String unit) {
        this(name, unit, DEFAULT_TARGET, Aggregation.P95);
    }
}
