package dev.headroom.app.benchmark;

import dev.headroom.app.benchmark.BinPackingInstances.Instance;
import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.Aggregation;
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
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.forecast.SmileForecaster;
import dev.headroom.io.workbook.PlanningWorkbookWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The bin-packing benchmark: each instance becomes a planning workbook — one node type with the
 * bin's capacity and cost 1, one pool, one period, every item a node-placed workload whose size is
 * known demand (no forecast) — written by {@link PlanningWorkbookWriter}, read back and planned by
 * {@link PlanningService} as {@code headroom plan} does. Prints found against optimal, whether
 * proven, and the time from reading the workbook to the plan.
 *
 * <pre>
 * ./mvnw -q -B -o -pl app -am -Pbinpacking verify -DskipTests [-Dbinpacking.data=DIR] [-Dbinpacking.args="u120 u250 scholl1"]
 * </pre>
 * Arguments: the data directory (holding {@code optima.csv}, {@code orlib_falkenauer_u/} and
 * {@code scholl/}), then the sets (u120, u250, u500, u1000, scholl1, scholl2, scholl3; default
 * u120 u250 scholl1), then optionally {@code --time-limit S} (default 10), {@code --every N} (plan
 * every Nth instance of each set only), {@code --verbose} (a line per instance) and {@code --progress}
 * (the planner's progress messages).
 */
public final class BinPackingBenchmark {

    private BinPackingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BinPackingBenchmark DATA_DIR [SETS...] [--time-limit S] [--every N] [--verbose]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        // Maven passes the sets and options as one argument: split them.
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            rest.addAll(List.of(args[i].trim().split("\\s+")));
        }
        rest.removeIf(String::isEmpty);
        args = java.util.stream.Stream.concat(java.util.stream.Stream.of(args[0]), rest.stream()).toArray(String[]::new);
        List<String> sets = new ArrayList<>();
        double timeLimit = 10;
        int every = 1;
        boolean verbose = false;
        ProgressListener progress = ProgressListener.NONE;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--time-limit" -> timeLimit = Double.parseDouble(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--verbose" -> verbose = true;
                case "--progress" -> progress = p -> System.out.printf(Locale.ROOT, "    %s%n", p.message());
                default -> sets.addAll(List.of(args[i].trim().split("[,\\s]+")));
            }
        }
        if (sets.isEmpty() || sets.equals(List.of(""))) {
            sets = List.of("u120", "u250", "scholl1");
        }
        Map<String, Integer> optima = BinPackingInstances.optima(dir);
        PlanningService service = new PlanningService(new SmileForecaster());
        Path work = Files.createTempDirectory("headroom-binpacking");
        System.out.printf(Locale.ROOT, "time limit %.0f s per instance, %d processors%n", timeLimit,
                Runtime.getRuntime().availableProcessors());
        System.out.println("| set | instances | found optimum | proven optimum | within 10 s and proven | extra bins (total) | mean s | max s |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
        for (String set : sets) {
            List<Instance> all = instances(dir, set, optima);
            List<Instance> chosen = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) {
                chosen.add(all.get(i));
            }
            Summary summary = new Summary(set);
            for (Instance instance : chosen) {
                Result result = run(service, instance, timeLimit, work, progress);
                summary.add(result);
                summary.addExtra(result.bins() - instance.optimum());
                if (verbose) {
                    System.out.printf(Locale.ROOT, "  %s %s: %d bins, optimum %d, %s, bound %s, %.2f s%n", set,
                            instance.name(), result.bins, instance.optimum(), result.status, result.bound, result.seconds);
                }
            }
            System.out.println(summary.row());
        }
    }

    private static List<Instance> instances(Path dir, String set, Map<String, Integer> optima) throws IOException {
        return switch (set) {
            case "u120" -> BinPackingInstances.orLibrary(dir.resolve("orlib_falkenauer_u/binpack1.txt"), set, optima);
            case "u250" -> BinPackingInstances.orLibrary(dir.resolve("orlib_falkenauer_u/binpack2.txt"), set, optima);
            case "u500" -> BinPackingInstances.orLibrary(dir.resolve("orlib_falkenauer_u/binpack3.txt"), set, optima);
            case "u1000" -> BinPackingInstances.orLibrary(dir.resolve("orlib_falkenauer_u/binpack4.txt"), set, optima);
            case "scholl1" -> BinPackingInstances.scholl(dir.resolve("scholl/bin1data.zip"), set, optima);
            case "scholl2" -> BinPackingInstances.scholl(dir.resolve("scholl/bin2data.zip"), set, optima);
            case "scholl3" -> BinPackingInstances.scholl(dir.resolve("scholl/bin3data.zip"), set, optima);
            default -> throw new IllegalArgumentException("unknown set " + set);
        };
    }

    record Result(int bins, PlanStatus status, String bound, double seconds, boolean optimal, boolean proven) {
    }

    /** Writes the instance as a planning workbook, reads it back and plans it as the CLI does. */
    static Result run(PlanningService service, Instance instance, double timeLimit, Path work,
                      ProgressListener progress) throws IOException {
        Path workbook = work.resolve(instance.name() + ".xlsx");
        PlanningWorkbookWriter.write(input(instance, timeLimit), workbook);
        long start = System.nanoTime();
        PlanningInput input = service.load(workbook);
        Plan plan = service.plan(input, progress, Cancellation.NEVER);
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(workbook);
        int bins = plan.purchases().stream().mapToInt(p -> p.count()).sum();
        boolean proven = plan.status() == PlanStatus.OPTIMAL;
        String bound = plan.lowerBound().isPresent() ? String.format(Locale.ROOT, "%.0f", plan.lowerBound().getAsDouble()) : "none";
        return new Result(bins, plan.status(), bound, seconds, bins == instance.optimum(), proven);
    }

    /** One node type "bin" with the capacity and cost 1, one pool, one period, every item node-placed. */
    static PlanningInput input(Instance instance, double timeLimit) {
        Period period = Period.parse("2026-01", Frequency.MONTH);
        Settings settings = new Settings(Frequency.MONTH, 1, Optional.of(period), 0.9, timeLimit, 42L, 1);
        List<Workload> items = new ArrayList<>();
        List<KnownDemand> demand = new ArrayList<>();
        int width = String.valueOf(instance.sizes().length).length();
        for (int i = 0; i < instance.sizes().length; i++) {
            String name = String.format(Locale.ROOT, "item-%0" + width + "d", i + 1);
            items.add(new Workload(name, PlacementMode.NODE, Optional.empty(), Set.of(), Optional.empty()));
            demand.add(new KnownDemand(period, name, "size", instance.sizes()[i]));
        }
        Map<String, Double> capacity = new LinkedHashMap<>();
        capacity.put("size", (double) instance.capacity());
        return new PlanningInput(instance.name(), settings, List.of(new Resource("size", "", 1.0, Aggregation.P95)), items,
                List.of(new Pool("bins", 0, OptionalInt.empty())), List.of(new NodeType("bin", 1, 0, capacity)),
                List.of(), List.of(), demand);
    }

    private static final class Summary {
        private final String set;
        private int count;
        private int optimal;
        private int proven;
        private int provenInTen;
        private int extra;
        private double total;
        private double most;

        Summary(String set) {
            this.set = set;
        }

        void add(Result r) {
            count++;
            optimal += r.optimal ? 1 : 0;
            proven += r.proven ? 1 : 0;
            provenInTen += r.proven && r.seconds <= 10 ? 1 : 0;
            total += r.seconds;
            most = Math.max(most, r.seconds);
        }

        void addExtra(int bins) {
            extra += bins;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d (%.1f%%) | %d (%.1f%%) | %d | %.2f | %.2f |", set, count,
                    optimal, 100.0 * optimal / count, proven, 100.0 * proven / count, provenInTen,
                    100.0 * provenInTen / count, extra, total / count, most);
        }
    }
}
