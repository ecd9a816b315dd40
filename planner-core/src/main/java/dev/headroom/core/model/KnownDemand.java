package dev.headroom.core.model;

/**
 * Future demand that is known rather than forecast: a new project, a migration, a decommission (0).
 * It replaces the forecast of the same workload, resource and period.
 */
public record KnownDemand(Period period, String workload, String resource, double demand) {

    public KnownDemand {
        workload = Names.require(workload, "workload");
        resource = Names.require(resource, "resource");
        if (!(demand >= 0) || Double.isInfinite(demand)) {
            throw ModelWords.invalid("demand.negative", workload, resource, period, demand);
        }
    }
}
