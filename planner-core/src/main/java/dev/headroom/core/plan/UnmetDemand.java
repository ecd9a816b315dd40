package dev.headroom.core.plan;

import dev.headroom.core.model.Period;

/**
 * Demand no plan can meet in a pool, resource and period, with the reason in plain words.
 */
public record UnmetDemand(String pool, String resource, Period period, double amount, String reason) {
}
