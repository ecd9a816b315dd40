package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

/**
 * Where a workload runs in a period.
 *
 * @param node the node it runs on for node placement; empty for pool placement
 */
public record Assignment(String workload, Period period, String pool, String node) {
}
