package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;

import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Seeded tiny inputs for checking the solver against {@link BruteForce}: 1–2 pools, 1–2 node types,
 * 1–2 resources, 1–3 periods, 2–4 workloads, with HA spares, max_nodes, lead times, retirements, budgets,
 * pins and allowed pools mixed in. Every number is whole and every target a whole percentage.
 */
final class TinyInstances {

    private static final double[] TARGETS = {0.5, 0.75, 0.8, 1.0};
    private static final double[] MOVE_COSTS = {0, 5, 30, 120, 400};

    private TinyInstances() {
    }

    static PlanningInput generate(long seed) {
        return generate(seed, false);
    }

    /**
     * An input with moves between pools allowed at a seeded cost per move (from free to dearer than
     * a node), with two pools, 2–3 periods and 2–3 workloads so that moves can matter and brute force
     * over every pool in every period stays quick.
     */
    static PlanningInput withMoves(long seed) {
        return generate(seed, true);
    }

    private static PlanningInput generate(long seed, boolean moves) {
        // Consecutive seeds give java.util.Random correlated first draws; mix them first.
        Random random = new Random(new SplittableRandom(seed).nextLong());
        int pools = moves ? 2 : 1 + random.nextInt(2);
        int types = 1 + random.nextInt(2);
        int resources = 1 + random.nextInt(2);
        int periods = moves ? 2 + random.nextInt(2) : 1 + random.nextInt(3);
        int workloads = 2 + random.nextInt(moves ? 2 : 3);
        InputBuilder b = InputBuilder.monthly("2025-01", periods).timeLimit(20);
        String[] resourceNames = {"cpu", "memory"};
        for (int r = 0; r < resources; r++) {
            b.resource(resourceNames[r], TARGETS[random.nextInt(TARGETS.length)]);
        }
        for (int p = 0; p < pools; p++) {
            OptionalInt max = random.nextInt(4) == 0 ? OptionalInt.of(2 + random.nextInt(4)) : OptionalInt.empty();
            b.pool("pool-" + p, random.nextInt(3) == 0 ? 1 : 0, max);
        }
        for (int k = 0; k < types; k++) {
            Object[] capacity = new Object[2 * resources];
            for (int r = 0; r < resources; r++) {
                capacity[2 * r] = resourceNames[r];
                capacity[2 * r + 1] = 8 + random.nextInt(13);
            }
            b.nodeType("type-" + k, 50 + random.nextInt(151), random.nextInt(periods), capacity);
        }
        for (int p = 0; p < pools; p++) {
            int count = random.nextInt(3);
            if (count > 0) {
                if (periods > 1 && random.nextBoolean()) {
                    b.existing("pool-" + p, "type-0", count, "2025-0" + (2 + random.nextInt(periods - 1)));
                } else {
                    b.existing("pool-" + p, "type-" + random.nextInt(types), count);
                }
            }
        }
        for (int w = 0; w < workloads; w++) {
            String name = "w" + w;
            int kind = random.nextInt(5);
            if (kind == 0) {
                b.pinned(name, "pool-" + random.nextInt(pools));
            } else if (kind == 1 && pools > 1) {
                b.allowed(name, "pool-" + random.nextInt(pools));
            } else {
                b.workload(name);
            }
            for (int r = 0; r < resources; r++) {
                double[] demand = new double[periods];
                for (int t = 0; t < periods; t++) {
                    demand[t] = random.nextInt(11);
                }
                b.demand(name, resourceNames[r], demand);
            }
        }
        if (random.nextInt(3) == 0) {
            // A budget for one ordering period, from nothing to about two nodes.
            b.budget("2025-0" + (1 + random.nextInt(periods)), random.nextInt(5) * 50);
        }
        if (moves) {
            b.moves(true, MOVE_COSTS[random.nextInt(MOVE_COSTS.length)]);
        }
        return b.build();
    }
}
