package dev.headroom.core.allocation;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.pipeline.Planner;

/**
 * Measures the planner on generated fleets; not a test. Run from planner-core after
 * {@code ./mvnw -pl planner-core test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   dev.headroom.core.allocation.AllocationBenchmark WORKLOADS POOLS RESOURCES PERIODS NODE_TYPES SECONDS [SEED]
 * </pre>
 * (write {@code target/cp.txt} with {@code ./mvnw -pl planner-core dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 * With {@code -Dheadroom.moveCost=COST} moves between pools are allowed at that cost per move; with
 * {@code -Dheadroom.threads=N} the search runs on N threads.
 */
public final class AllocationBenchmark {

    private AllocationBenchmark() {
    }

    public static void main(String[] args) {
        int workloads = Integer.parseInt(args[0]);
        int pools = Integer.parseInt(args[1]);
        int resources = Integer.parseInt(args[2]);
        int periods = Integer.parseInt(args[3]);
        int nodeTypes = Integer.parseInt(args[4]);
        double seconds = Double.parseDouble(args[5]);
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 1;
        PlanningInput input = FleetGenerator.generate(workloads, pools, resources, periods, nodeTypes, seconds, seed);
        String moveCost = System.getProperty("headroom.moveCost");
        if (moveCost != null) {
            input = input.withSettings(input.settings().withMoves(true, Double.parseDouble(moveCost)));
        }
        int threads = Integer.getInteger("headroom.threads", 1);
        if (threads > 1) {
            input = input.withSettings(input.settings().withThreads(threads));
        }
        long start = System.nanoTime();
        ProgressListener log = p -> System.out.printf("  %6.2f s  %s: %s  best %s  bound %s%n",
                (System.nanoTime() - start) / 1e9, p.stage(), p.message(), p.bestCost(), p.bound());
        Plan plan = new Planner(Planning.NO_FORECASTS).plan(input, log, Cancellation.NEVER);
        long bought = plan.purchases().stream().mapToInt(dev.headroom.core.plan.Purchase::count).sum();
        System.out.printf("%d workloads x %d pools x %d resources x %d periods x %d node types, limit %.0f s:%n",
                workloads, pools, resources, periods, nodeTypes, seconds);
        System.out.printf("  status %s, cost %.0f, lower bound %s, gap %s, %d nodes bought, %d unmet rows, %.2f s%n",
                plan.status(), plan.totalCost(), plan.lowerBound(), plan.gap(), bought, plan.unmet().size(),
                plan.solveSeconds());
        if (moveCost != null) {
            System.out.printf("  %d moves costing %.0f%n", plan.moves().size(), plan.moveCostTotal());
        }
        plan.unmet().stream().limit(5).forEach(u -> System.out.println("  unmet: " + u));
        if (args.length > 7) {
            plan.purchases().forEach(p -> System.out.println("  " + p));
            plan.utilization().stream().filter(u -> u.ratio() > 0.9)
                    .forEach(u -> System.out.printf("  %s %s %s %.1f / %.1f%n", u.pool(), u.resource(), u.period(),
                            u.demand(), u.capacity()));
            plan.runway().forEach(r -> System.out.println("  " + r));
        }
    }
}
