package dev.headroom.core.allocation;

import java.util.List;
import java.util.TreeSet;

/**
 * A pool's horizon cut into stages for {@link StagedPurchases}: runs of periods with the same node
 * types arrived and the same room under max_nodes, and in each, per resource, the most its load asks
 * beyond its existing nodes.
 *
 * @param types                   the types the pool may buy and can have by the horizon's end, dearest first
 * @param start                   [s] the first period of each stage
 * @param mostBase                [s][r] over the stage's periods, the most load less existing capacity
 * @param mostWithExistingReserve [s][r] the same with the existing nodes' HA reserve added (none when
 *                                the pool hosts nothing)
 * @param room                    [s] the fewest nodes max_nodes lets the pool buy in the stage's periods
 */
record PurchaseStages(int[] types, int[] start, long[][] mostBase, long[][] mostWithExistingReserve, int[] room) {

    /** @param banned [k] types the pool may not buy ({@link TypeBanSearch}); null: none */
    static PurchaseStages of(AllocationProblem pr, int p, long[][] load, boolean hosts, boolean[] banned) {
        int[] types = java.util.stream.IntStream.range(0, pr.nodeTypes)
                .filter(k -> pr.purchaseLimit[p][k] > 0 && pr.leadTime[k] < pr.horizon
                        && (banned == null || !banned[k])).boxed()
                // Dearest first: the cheap types are then fitted last, to what the dear ones leave.
                .sorted((a, b) -> Integer.compare(pr.nodeCost[b], pr.nodeCost[a]))
                .mapToInt(Integer::intValue).toArray();
        TreeSet<Integer> starts = new TreeSet<>(List.of(0));
        for (int k : types) {
            starts.add(pr.leadTime[k]);
        }
        for (int t = 1; t < pr.horizon; t++) {
            if (pr.purchaseRoom(p, t) != pr.purchaseRoom(p, t - 1)) {
                starts.add(t);
            }
        }
        int[] start = starts.stream().mapToInt(Integer::intValue).toArray();
        long[][] mostBase = new long[start.length][pr.resources];
        long[][] mostWithReserve = new long[start.length][pr.resources];
        int[] room = new int[start.length];
        for (int s = 0; s < start.length; s++) {
            int to = s + 1 < start.length ? start[s + 1] : pr.horizon;
            room[s] = Integer.MAX_VALUE;
            for (int t = start[s]; t < to; t++) {
                room[s] = Math.min(room[s], pr.purchaseRoom(p, t));
            }
            for (int r = 0; r < pr.resources; r++) {
                mostBase[s][r] = Long.MIN_VALUE;
                mostWithReserve[s][r] = Long.MIN_VALUE;
                for (int t = start[s]; t < to; t++) {
                    long base = load[r][t];
                    for (int k = 0; k < pr.nodeTypes; k++) {
                        base -= (long) pr.nodeUsable[k][r] * pr.existing[p][k][t];
                    }
                    mostBase[s][r] = Math.max(mostBase[s][r], base);
                    mostWithReserve[s][r] = Math.max(mostWithReserve[s][r],
                            base + (hosts ? pr.existingReserve(p, r, t) : 0));
                }
            }
        }
        return new PurchaseStages(types, start, mostBase, mostWithReserve, room);
    }

    int count() {
        return start.length;
    }

    /**
     * The stage's largest need for the resource with this reserve for the types bought: over its
     * periods, the largest of load less capacity plus the larger of the existing and that reserve.
     */
    long need(int s, int r, long reserve) {
        return Math.max(mostWithExistingReserve[s][r], mostBase[s][r] + reserve);
    }
}
