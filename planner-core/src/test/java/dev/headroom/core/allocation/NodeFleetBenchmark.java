package dev.headroom.core.allocation;

import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.pipeline.Planner;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Node placement on generated multi-pool, multi-period fleets against first fit decreasing; not a
 * test. Each fleet: 3 pools (one with an HA spare, one with max_nodes), 3 node types of different
 * shapes, prices and lead times, existing nodes partly retiring, half the workloads node-placed
 * (some in anti-affinity groups of three), pins and allowed pools, growing known demand. The
 * baseline places workloads in pools as the greedy start does and packs node-placed ones first fit
 * decreasing; the plan is the planner's. Run from planner-core after test-compile:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   dev.headroom.core.allocation.NodeFleetBenchmark WORKLOADS PERIODS SECONDS SEEDS
 * </pre>
 */
public final class NodeFleetBenchmark {

    private NodeFleetBenchmark() {
    }

    public static void main(String[] args) {
        int workloads = Integer.parseInt(args[0]);
        int periods = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int seeds = Integer.parseInt(args[3]);
        System.out.println("| seed | FFD cost | plan cost | plan / FFD | status | lower bound | gap | seconds |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (long seed = 1; seed <= seeds; seed++) {
            PlanningInput input = fleet(workloads, periods, seconds, seed);
            double baseline = firstFitDecreasing(input);
            Plan plan = new Planner(Planning.NO_FORECASTS).plan(input, ProgressListener.NONE, Cancellation.NEVER);
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.3f | %s | %s | %s | %.1f |%n", seed, baseline,
                    plan.totalCost(), plan.totalCost() / baseline, plan.status(),
                    plan.lowerBound().isPresent() ? String.format(Locale.ROOT, "%.0f", plan.lowerBound().getAsDouble()) : "-",
                    plan.gap().isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * plan.gap().getAsDouble()) : "-",
                    plan.solveSeconds());
            if (args.length > 4) {
                plan.unmet().forEach(u -> System.out.println("  unmet: " + u));
            }
        }
    }

    /** The cost of the greedy start's pool placement with node-placed workloads packed first fit decreasing. */
    static double firstFitDecreasing(PlanningInput input) {
        List<Period> periods = input.plannedPeriods();
        Map<String, Double> known = new HashMap<>();
        for (KnownDemand d : input.knownDemand()) {
            known.put(d.workload() + "|" + d.resource() + "|" + d.period(), d.demand());
        }
        AllocationProblem pr = AllocationProblem.of(input, periods, (w, r, t) -> known.getOrDefault(
                input.workloads().get(w).name() + "|" + input.resources().get(r).name() + "|" + periods.get(t), 0.0));
        return NodePacker.firstFitDecreasing(pr, GreedyAllocator.solve(pr, input.settings().seed())).realCost(pr);
    }

    static PlanningInput fleet(int workloads, int periods, double seconds, long seed) {
        Random random = new Random(seed);
        InputBuilder b = InputBuilder.monthly("2026-01", periods).timeLimit(seconds)
                .resource("cpu", 0.8).resource("memory", 0.9)
                .pool("eu-web", 1, OptionalInt.empty()).pool("eu-data").pool("us-web", 0, OptionalInt.of(40))
                .nodeType("general-16", 10_000, 1, "cpu", 16, "memory", 64)
                .nodeType("memory-16", 14_000, 2, "cpu", 16, "memory", 128)
                .nodeType("small-8", 5_500, 0, "cpu", 8, "memory", 32)
                .existing("eu-web", "general-16", 4).existing("eu-web", "general-16", 2, "2026-04")
                .existing("eu-data", "memory-16", 3).existing("us-web", "small-8", 3);
        String[] pools = {"eu-web", "eu-data", "us-web"};
        for (int w = 0; w < workloads; w++) {
            String name = String.format(Locale.ROOT, "w%03d", w);
            boolean node = w % 2 == 0;
            String group = node && w % 10 < 6 && w < workloads / 2 ? "group-" + (w / 10) : null;
            int kind = random.nextInt(10);
            String[] allowed = kind < 2 ? new String[]{pools[random.nextInt(3)]}
                    : kind < 5 ? new String[]{pools[kind % 3], pools[(kind + 1) % 3]} : new String[0];
            if (node) {
                b.onNode(name, group, allowed);
            } else if (allowed.length > 0) {
                b.allowed(name, allowed);
            } else {
                b.workload(name);
            }
            double cpu = 0.5 + random.nextInt(12) * 0.5;
            double memory = 1 + random.nextInt(40);
            double growth = 1 + random.nextInt(5) / 100.0;
            double[] c = new double[periods];
            double[] m = new double[periods];
            for (int t = 0; t < periods; t++) {
                c[t] = Math.round(cpu * Math.pow(growth, t) * 10) / 10.0;
                m[t] = Math.round(memory * Math.pow(growth, t) * 10) / 10.0;
            }
            b.demand(name, "cpu", c).demand(name, "memory", m);
        }
        return b.build();
    }
}
