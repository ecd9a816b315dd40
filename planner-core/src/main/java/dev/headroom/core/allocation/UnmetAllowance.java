package dev.headroom.core.allocation;

/**
 * How much scaled demand a plan may leave unmet: in total, and per resource and period summed over
 * pools. The cost phase caps each resource and period at what the unmet phase left, so that no plan
 * saves a purchase by leaving demand unmet somewhere else.
 *
 * @param perResourcePeriod [r][t] caps, or null for no cap beyond the total
 */
record UnmetAllowance(long total, long[][] perResourcePeriod) {

    static final UnmetAllowance NONE = new UnmetAllowance(0, null);

    /** Up to a total, anywhere. */
    static UnmetAllowance upTo(long total) {
        return new UnmetAllowance(total, null);
    }

    /** No more in any resource and period than the solution leaves there. */
    static UnmetAllowance asIn(AllocationProblem pr, AllocationSolution s) {
        long[][] caps = new long[pr.resources][pr.horizon];
        long total = 0;
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    caps[r][t] += s.unmet()[p][r][t];
                    total += s.unmet()[p][r][t];
                }
            }
        }
        return new UnmetAllowance(total, caps);
    }

    /** The most unmet demand in one resource and period, summed over pools. */
    long cap(int r, int t) {
        return perResourcePeriod == null ? total : Math.min(total, perResourcePeriod[r][t]);
    }

    boolean isNone() {
        return total == 0;
    }
}
