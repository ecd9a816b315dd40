package dev.headroom.core.allocation;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A seeded fleet of realistic shape: workloads with lognormal sizes and monthly growth, pools in
 * two regions (most workloads allowed in one region's pools, some pinned), up to five node types
 * with different shapes, prices and lead times, and an existing inventory covering today's
 * demand with some room, part of it retiring within the horizon. Demand is given as known demand.
 */
public final class FleetGenerator {

    private static final String[] RESOURCES = {"cpu", "memory", "storage", "network"};
    /** Per node type: cost, lead time, then capacity per resource (cores, GiB, TB, Gbps). */
    private static final double[][] TYPES = {
            {12_000, 2, 32, 256, 8, 25},
            {19_500, 3, 64, 512, 4, 50},
            {15_000, 4, 16, 128, 60, 25},
            {9_000, 1, 16, 128, 4, 10},
            {26_000, 3, 96, 1024, 8, 100}};
    /** A typical workload's demand per resource. */
    private static final double[] TYPICAL = {6, 40, 1.5, 1.2};

    private FleetGenerator() {
    }

    public static PlanningInput generate(int workloads, int pools, int resources, int periods, int nodeTypes,
                                         double timeLimit, long seed) {
        Random random = new Random(seed);
        Period start = Period.parse("2025-01", Frequency.MONTH);
        List<Resource> res = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            res.add(new Resource(RESOURCES[r], "", r == 2 ? 0.85 : 0.8, Aggregation.P95));
        }
        List<NodeType> types = new ArrayList<>();
        for (int k = 0; k < nodeTypes; k++) {
            Map<String, Double> capacity = new LinkedHashMap<>();
            for (int r = 0; r < resources; r++) {
                capacity.put(RESOURCES[r], TYPES[k][2 + r]);
            }
            types.add(new NodeType("type-" + (char) ('a' + k), TYPES[k][0], (int) TYPES[k][1], capacity));
        }
        List<Pool> poolList = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            OptionalInt max = p % 3 == 2 ? OptionalInt.of(Math.max(8, workloads / pools / 2)) : OptionalInt.empty();
            poolList.add(new Pool(poolName(p), p % 2 == 0 ? 1 : 0, max));
        }
        List<Workload> wl = new ArrayList<>();
        List<KnownDemand> demand = new ArrayList<>();
        double[][] poolDemand = new double[pools][resources];
        for (int w = 0; w < workloads; w++) {
            String name = String.format("svc-%04d", w);
            int home = random.nextInt(pools);
            double pick = random.nextDouble();
            Workload workload;
            if (pick < 0.1) {
                workload = new Workload(name, PlacementMode.POOL, Optional.of(poolName(home)), Set.of(), Optional.empty());
            } else if (pick < 0.7) {
                workload = new Workload(name, PlacementMode.POOL, Optional.empty(), region(home, pools), Optional.empty());
            } else {
                workload = Workload.anywhere(name);
            }
            wl.add(workload);
            double size = Math.exp(random.nextGaussian() * 0.8);
            double growth = 0.01 + random.nextDouble() * 0.05;
            for (int r = 0; r < resources; r++) {
                double base = TYPICAL[r] * size * (0.5 + random.nextDouble());
                poolDemand[home][r] += base;
                for (int t = 0; t < periods; t++) {
                    double value = Math.round(base * Math.pow(1 + growth, t) * 100) / 100.0;
                    demand.add(new KnownDemand(start.plus(t), name, RESOURCES[r], value));
                }
            }
        }
        List<ExistingNodes> inventory = new ArrayList<>();
        for (int p = 0; p < pools; p++) {
            // Enough of the first type to carry today's demand homed in the pool with a little room,
            // and the HA reserve (nodes of that type).
            double nodes = 0;
            for (int r = 0; r < resources; r++) {
                double need = 1.1 * poolDemand[p][r] + poolList.get(p).haNodes() * TYPES[0][2 + r];
                nodes = Math.max(nodes, need / (0.8 * TYPES[0][2 + r]));
            }
            nodes += 1;
            int count = (int) Math.ceil(nodes);
            int retiring = count / 3;
            inventory.add(new ExistingNodes(poolName(p), types.getFirst().name(), count - retiring, Optional.empty()));
            if (retiring > 0) {
                inventory.add(new ExistingNodes(poolName(p), types.getFirst().name(), retiring,
                        Optional.of(start.plus(periods / 3 + random.nextInt(periods - periods / 3)))));
            }
        }
        Settings settings = new Settings(Frequency.MONTH, periods, Optional.of(start), 0.9, timeLimit, seed, 1);
        return new PlanningInput("fleet-" + seed, settings, res, wl, poolList, types, inventory, List.of(), demand);
    }

    private static String poolName(int p) {
        return (p % 2 == 0 ? "eu-" : "us-") + (p / 2 + 1);
    }

    /** The pools of the same region as the home pool. */
    private static Set<String> region(int home, int pools) {
        Set<String> region = new java.util.TreeSet<>();
        for (int p = home % 2; p < pools; p += 2) {
            region.add(poolName(p));
        }
        return region;
    }
}
