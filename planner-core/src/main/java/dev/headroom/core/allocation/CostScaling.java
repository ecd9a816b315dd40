package dev.headroom.core.allocation;

import dev.headroom.core.model.PurchaseBudget;

import java.util.Arrays;

/**
 * Money in the solver's integers: node prices, the price of a move and the budgets, all scaled by
 * one power of ten. The power is the finest (at most 10^2, cents) at which the dearest plan the
 * model allows (every pool buying up to its purchase limits, every workload moving between every
 * two periods) stays within {@link #COST_LIMIT}, and so does every single price, even that of a
 * node type never worth buying. Prices round up, so a plan's scaled cost never
 * understates its real cost; budgets round down, so a plan within a scaled budget is within the
 * real one.
 *
 * <p>Built while the problem itself is: it reads the problem's input, planned periods, purchase
 * limits and whether moves are allowed, which are set by then.
 */
final class CostScaling {

    /** The most any single scaled figure of the objective may reach. */
    static final long COST_LIMIT = 1_000_000_000L;

    /** The power of ten applied to money. */
    final int exponent;
    /** [k] node cost scaled, rounded up. */
    final int[] nodeCost;
    /** What one move costs, scaled, rounded up; 0 when moves are not allowed. */
    final int moveCost;
    /** Whether every cost was scaled without rounding, so the scaled optimum is the real one. */
    final boolean exact;
    /**
     * The largest factor by which rounding costs up may have inflated a plan's scaled cost: for
     * any plan, real cost ≥ this × scaled cost / 10^exponent. 1 when costs are exact.
     */
    final double ratio;
    /** [o] the most that may be spent on nodes ordered in planned period o, scaled, rounded down; or {@link AllocationProblem#NO_BUDGET}. */
    final long[] budget;

    CostScaling(AllocationProblem pr) {
        this.exponent = exponent(pr);
        this.nodeCost = new int[pr.nodeTypes];
        boolean whole = true;
        for (int k = 0; k < pr.nodeTypes; k++) {
            double cost = pr.realCost(k);
            nodeCost[k] = Scaling.toInt(Scaling.up(cost, exponent), "node cost");
            whole &= Scaling.isWhole(cost, exponent);
        }
        double perMove = pr.realMoveCost();
        this.moveCost = Scaling.toInt(Scaling.up(perMove, exponent), "move cost");
        this.exact = whole && Scaling.isWhole(perMove, exponent);
        this.ratio = ratio(pr, perMove);
        this.budget = new long[pr.horizon];
        Arrays.fill(budget, AllocationProblem.NO_BUDGET);
        for (PurchaseBudget b : pr.input.budgets()) {
            int o = pr.periods.indexOf(b.period());
            if (o >= 0) {
                budget[o] = Scaling.down(Scaling.exact(b.amount()), exponent);
            }
        }
    }

    private double ratio(AllocationProblem pr, double perMove) {
        double ratio = 1;
        for (int k = 0; k < nodeCost.length; k++) {
            if (nodeCost[k] > 0) {
                ratio = Math.min(ratio, pr.realCost(k) * Math.pow(10, exponent) / nodeCost[k]);
            }
        }
        if (moveCost > 0) {
            ratio = Math.min(ratio, perMove * Math.pow(10, exponent) / moveCost);
        }
        return ratio;
    }

    private static int exponent(AllocationProblem pr) {
        for (int exponent = 2; exponent > Scaling.MIN_EXPONENT; exponent--) {
            long total = 0;
            // A node type never worth buying (purchase limit 0) still has its price in the model.
            long dearestPrice = 0;
            for (int k = 0; k < pr.nodeTypes; k++) {
                long price = Scaling.up(pr.realCost(k), exponent);
                dearestPrice = Math.max(dearestPrice, price);
                for (int p = 0; p < pr.pools; p++) {
                    total += price * pr.purchaseLimit[p][k];
                }
            }
            if (pr.movesAllowed) {
                long perMove = Scaling.up(pr.realMoveCost(), exponent);
                dearestPrice = Math.max(dearestPrice, perMove);
                total += perMove * pr.mostMoves();
            }
            if (total <= COST_LIMIT && dearestPrice <= COST_LIMIT) {
                return exponent;
            }
        }
        return Scaling.MIN_EXPONENT;
    }
}
