package dev.headroom.core.allocation;

/**
 * The step in which plan costs move: every plan costs a whole number of each node type's price
 * (and of the price of a move, when moves are allowed), so
 * when all prices are multiples of one amount (their greatest common divisor, e.g. 1,000 for prices
 * of 14,000 and 26,000), so is every plan's cost, and a lower bound can be rounded up to the next
 * multiple without losing its proof.
 */
record CostGrain(double step) {

    static CostGrain of(AllocationProblem pr) {
        if (!pr.costsExact) {
            return new CostGrain(0);
        }
        long gcd = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            gcd = gcd(gcd, pr.nodeCost[k]);
        }
        // Moves are paid in whole moves too, so their price joins the step.
        gcd = gcd(gcd, pr.moveCost);
        return new CostGrain(gcd <= 0 ? 0 : pr.realCostOf(gcd));
    }

    /** The least multiple of the step at or above the bound (the bound itself when there is no step). */
    double roundUp(double bound) {
        if (step <= 0 || !(bound > 0)) {
            return Math.max(0, bound);
        }
        return Math.ceil(bound / step) * step;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }
}
