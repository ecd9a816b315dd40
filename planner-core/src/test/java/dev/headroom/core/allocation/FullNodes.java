package dev.headroom.core.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;

/** Seeded packing instances whose nodes can all be full: nodes of 150 cut into two to four workloads of at least 20. */
final class FullNodes {

    private FullNodes() {
    }

    /**
     * The workloads of {@code nodes} nodes cut apart, node by node, in cutting order (unshuffled).
     *
     * @param workload the workload's demand for a cut of the first resource (it may draw from the
     *                 same random source for other resources)
     */
    static List<long[]> cut(Random random, int nodes, LongFunction<long[]> workload) {
        List<long[]> items = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            int parts = 2 + random.nextInt(3);
            long left = 150;
            for (int k = 0; k < parts; k++) {
                long most = left - 20L * (parts - 1 - k);
                long cut = k == parts - 1 ? left : 20 + random.nextInt((int) Math.min(most - 20, 80) + 1);
                left -= cut;
                items.add(workload.apply(cut));
            }
        }
        return items;
    }
}
