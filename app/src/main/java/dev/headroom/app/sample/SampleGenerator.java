package dev.headroom.app.sample;

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
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * Makes the bundled sample: a mid-sized company's fleet in two regions, generated from a seed so
 * that it is the same on every machine and never typed by hand.
 *
 * <p>Forty workloads in three pools (two in the EU region, one in the US), four resources, 36 months
 * of history with growth, a yearly peak, a few step changes (migrations onto the fleet) and noise;
 * a new project known only as future demand and a decommission; three node types; an existing
 * inventory of which some nodes retire during the plan. The fleet grows faster than the inventory,
 * so the plan has to buy.
 */
public final class SampleGenerator {

    /** The seed of the bundled sample. */
    public static final long SAMPLE_SEED = 20_261_101L;

    static final Period FIRST_MONTH = Period.parse("2023-11");
    static final int HISTORY_MONTHS = 36;

    private static final String[] EU_WEB = {"storefront", "checkout-api", "search-api", "catalog-api", "cart-service",
        "pricing-service", "image-resizer", "session-cache", "cdn-origin", "recommendations", "auth-gateway",
        "notifications", "customer-portal", "partner-api"};
    private static final String[] EU_DATA = {"orders-db", "inventory-db", "analytics-warehouse", "event-stream",
        "search-index", "object-store", "backup-vault", "reporting-etl", "ledger-db", "metrics-tsdb", "log-archive"};
    private static final String[] US_WEB = {"us-storefront", "us-checkout-api", "us-search-api", "us-catalog-api",
        "us-cart-service", "us-auth-gateway", "us-session-cache", "us-customer-portal", "us-notifications",
        "us-cdn-origin", "us-pricing-service", "us-recommendations", "legacy-billing", "us-partner-api"};

    private final Random random;

    private SampleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The bundled sample. */
    public static PlanningInput sample() {
        return generate(SAMPLE_SEED);
    }

    /**
     * The what-ifs that come with the sample: the machine-learning project landing earlier and bigger than
     * planned, and node prices rising by 15%.
     */
    public static List<Scenario> sampleScenarios() {
        Period planStart = FIRST_MONTH.plus(HISTORY_MONTHS);
        Workload pilot = new Workload("ml-pilot", PlacementMode.POOL, Optional.of("eu-data"), Set.of(), Optional.empty());
        return List.of(
                new Scenario("ml-inference lands early", "The ML team's pilot runs from the plan's second month,"
                        + " before ml-inference goes live, and ml-inference needs a quarter more than estimated",
                        List.of(new ScenarioChange.NewWorkload(pilot, planStart.plus(1),
                                        Map.of("cpu", 48.0, "memory", 512.0, "storage", 3.0, "network", 4.0), Optional.empty()),
                                new ScenarioChange.Growth(ScenarioChange.GrowthScope.WORKLOAD, "ml-inference", 25,
                                        planStart.plus(3)))),
                new Scenario("node prices +15%", "Every node type costs 15% more from the plan's start",
                        List.of(new ScenarioChange.NodeCost(ScenarioChange.ALL, 15))));
    }

    /** A sample of the same shape for another seed. */
    public static PlanningInput generate(long seed) {
        return new SampleGenerator(seed).build();
    }

    private PlanningInput build() {
        List<Resource> resources = List.of(
                new Resource("cpu", "cores", 0.75, Aggregation.P95),
                new Resource("memory", "GiB", 0.85, Aggregation.MAX),
                new Resource("storage", "TB", 0.80, Aggregation.LAST),
                new Resource("network", "Gbps", 0.70, Aggregation.P95));
        List<NodeType> nodeTypes = List.of(
                new NodeType("general-32", 14_000, 2,
                        Map.of("cpu", 32.0, "memory", 256.0, "storage", 4.0, "network", 25.0)),
                new NodeType("memory-48", 26_000, 3,
                        Map.of("cpu", 48.0, "memory", 768.0, "storage", 4.0, "network", 25.0)),
                new NodeType("storage-24", 21_000, 3,
                        Map.of("cpu", 24.0, "memory", 192.0, "storage", 60.0, "network", 25.0)));
        Period planStart = FIRST_MONTH.plus(HISTORY_MONTHS);
        List<Workload> workloads = new ArrayList<>();
        List<TimeSeries> usage = new ArrayList<>();
        addWorkloads(EU_WEB, Set.of("eu-web"), false, workloads, usage);
        addWorkloads(EU_DATA, Set.of("eu-data"), true, workloads, usage);
        addWorkloads(US_WEB, Set.of("us-web"), false, workloads, usage);

        // The fleet was sized a year ago for the peak then expected; some of it retires during the plan.
        Map<String, NodeType> types = new java.util.HashMap<>();
        nodeTypes.forEach(t -> types.put(t.name(), t));
        List<ExistingNodes> inventory = new ArrayList<>();
        int euWeb = nodesFor(usage, EU_WEB, resources, types.get("general-32"), Map.of());
        inventory.add(new ExistingNodes("eu-web", "general-32", euWeb - 4, Optional.empty()));
        inventory.add(new ExistingNodes("eu-web", "general-32", 4, Optional.of(planStart.plus(5))));
        int storageNodes = (int) Math.ceil(peak(usage, EU_DATA, "storage") * GROWTH_SIZED_FOR
                / (types.get("storage-24").capacityOf("storage") * 0.8));
        // Memory nodes for what the storage nodes leave uncovered, in every resource.
        Map<String, Double> coveredByStorageNodes = new java.util.HashMap<>();
        for (Resource r : resources) {
            coveredByStorageNodes.put(r.name(),
                    storageNodes * types.get("storage-24").capacityOf(r.name()) * r.targetUtilization());
        }
        int memoryNodes = nodesFor(usage, EU_DATA, resources, types.get("memory-48"), coveredByStorageNodes);
        inventory.add(new ExistingNodes("eu-data", "memory-48", memoryNodes, Optional.empty()));
        inventory.add(new ExistingNodes("eu-data", "storage-24", storageNodes - 2, Optional.empty()));
        inventory.add(new ExistingNodes("eu-data", "storage-24", 2, Optional.of(planStart.plus(7))));
        int usWeb = nodesFor(usage, US_WEB, resources, types.get("general-32"), Map.of());
        inventory.add(new ExistingNodes("us-web", "general-32", usWeb - 2, Optional.empty()));
        inventory.add(new ExistingNodes("us-web", "general-32", 2, Optional.of(planStart.plus(3))));
        List<Pool> pools = List.of(
                new Pool("eu-web", 1, OptionalInt.of(euWeb * 3)),
                new Pool("eu-data", 1, OptionalInt.of((memoryNodes + storageNodes) * 3)),
                new Pool("us-web", 1, OptionalInt.of(usWeb * 3)));

        // A new project lands in month 4 of the plan and ramps up; known only as future demand.
        workloads.add(new Workload("ml-inference", PlacementMode.POOL, Optional.empty(),
                Set.of("eu-web", "eu-data"), Optional.empty()));
        List<KnownDemand> known = new ArrayList<>();
        for (int m = 3; m < 12; m++) {
            double ramp = Math.min(1.0, (m - 2) / 4.0);
            Period p = planStart.plus(m);
            known.add(new KnownDemand(p, "ml-inference", "cpu", round(96 * ramp)));
            known.add(new KnownDemand(p, "ml-inference", "memory", round(1_024 * ramp)));
            known.add(new KnownDemand(p, "ml-inference", "storage", round(6 * ramp)));
            known.add(new KnownDemand(p, "ml-inference", "network", round(8 * ramp)));
        }
        // The legacy billing system is switched off half-way through the plan.
        for (int m = 6; m < 12; m++) {
            for (Resource r : resources) {
                known.add(new KnownDemand(planStart.plus(m), "legacy-billing", r.name(), 0));
            }
        }
        Settings settings = new Settings(Frequency.MONTH, 12, Optional.of(planStart), 0.9, 30, 42L, 1);
        return new PlanningInput("Headroom sample", settings, resources, workloads, pools, nodeTypes, inventory,
                usage, known);
    }

    /** Growth over last year's peak that the existing fleet was bought for. */
    private static final double GROWTH_SIZED_FOR = 1.35;

    /** The largest month of the last year of history, summed over the named workloads. */
    private static double peak(List<TimeSeries> usage, String[] workloadNames, String resource) {
        Set<String> names = Set.of(workloadNames);
        double peak = 0;
        for (int m = HISTORY_MONTHS - 12; m < HISTORY_MONTHS; m++) {
            double total = 0;
            for (TimeSeries s : usage) {
                if (names.contains(s.key().workload()) && s.key().resource().equals(resource)) {
                    total += s.valueAt(m);
                }
            }
            peak = Math.max(peak, total);
        }
        return peak;
    }

    /** Nodes of one type (plus one HA spare) for last year's peak and the growth expected, beyond what others cover. */
    private static int nodesFor(List<TimeSeries> usage, String[] workloadNames, List<Resource> resources, NodeType type,
                                Map<String, Double> coveredByOthers) {
        int nodes = 0;
        for (Resource r : resources) {
            double need = peak(usage, workloadNames, r.name()) * GROWTH_SIZED_FOR - coveredByOthers.getOrDefault(r.name(), 0.0);
            double perNode = type.capacityOf(r.name()) * r.targetUtilization();
            nodes = Math.max(nodes, (int) Math.ceil(Math.max(0, need) / perNode));
        }
        return nodes + 1;
    }

    private void addWorkloads(String[] names, Set<String> pools, boolean dataHeavy, List<Workload> workloads,
                              List<TimeSeries> usage) {
        for (String name : names) {
            workloads.add(new Workload(name, PlacementMode.POOL, Optional.empty(), pools, Optional.empty()));
            WorkloadProfile profile = randomProfile(dataHeavy);
            usage.add(series(name, "cpu", profile, profile.cpu(), 0.05));
            usage.add(series(name, "memory", profile, profile.cpu() * profile.memoryPerCore(), 0.03));
            usage.add(series(name, "storage", profile, profile.storage(), 0.01));
            usage.add(series(name, "network", profile, profile.network(), 0.08));
        }
    }

    /** How one workload behaves: its size, monthly growth, yearly peak and an optional step change. */
    private record WorkloadProfile(double cpu, double memoryPerCore, double storage, double network, double growth,
                                   double seasonality, int stepMonth, double stepFactor) {
    }

    private WorkloadProfile randomProfile(boolean dataHeavy) {
        double cpu = 4 + random.nextDouble() * (dataHeavy ? 20 : 28);
        double memoryPerCore = dataHeavy ? 10 + random.nextDouble() * 14 : 3 + random.nextDouble() * 6;
        double storage = dataHeavy ? 8 + random.nextDouble() * 40 : 0.2 + random.nextDouble() * 1.5;
        double network = 0.3 + random.nextDouble() * (dataHeavy ? 3 : 5);
        double growth = 0.008 + random.nextDouble() * 0.022;
        double seasonality = random.nextDouble() < 0.6 ? 0.05 + random.nextDouble() * 0.15 : 0;
        boolean step = random.nextDouble() < 0.15;
        int stepMonth = step ? 12 + random.nextInt(HISTORY_MONTHS - 18) : -1;
        double stepFactor = step ? 1.25 + random.nextDouble() * 0.25 : 1;
        return new WorkloadProfile(cpu, memoryPerCore, storage, network, growth, seasonality, stepMonth, stepFactor);
    }

    private TimeSeries series(String workload, String resource, WorkloadProfile p, double base, double noise) {
        boolean storage = resource.equals("storage");
        double[] values = new double[HISTORY_MONTHS];
        for (int m = 0; m < HISTORY_MONTHS; m++) {
            double level = base * Math.pow(1 + (storage ? p.growth() * 1.5 : p.growth()), m);
            // Retail peak: November and December (month 0 of the history is a November).
            int monthOfYear = FIRST_MONTH.plus(m).start().getMonthValue();
            double season = storage ? 0 : p.seasonality() * Math.cos(2 * Math.PI * (monthOfYear - 11.5) / 12);
            double step = p.stepMonth() >= 0 && m >= p.stepMonth() ? p.stepFactor() : 1;
            double value = level * (1 + season) * step * (1 + noise * random.nextGaussian());
            values[m] = round(Math.max(0, value));
        }
        return new TimeSeries(new SeriesKey(workload, resource), FIRST_MONTH, values);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
