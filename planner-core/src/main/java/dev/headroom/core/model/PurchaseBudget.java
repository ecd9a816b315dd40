package dev.headroom.core.model;

import java.util.Objects;

/**
 * The most that may be spent on nodes ordered in one period. A node's price counts in the period
 * it must be ordered by: the period it is usable from, minus its type's lead time.
 *
 * @param period the ordering period
 * @param amount the spending limit, in the same money as node costs
 */
public record PurchaseBudget(Period period, double amount) {

    public PurchaseBudget {
        Objects.requireNonNull(period, "period");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw ModelWords.invalid("budget.negative", period, amount);
        }
    }
}
