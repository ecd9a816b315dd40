package dev.headroom.app.sample;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SampleGeneratorTest {

    private final PlanningInput sample = SampleGenerator.sample();

    @Test
    void hasTheShapeTheReadmePromises() {
        assertThat(sample.workloads()).hasSize(40);
        assertThat(sample.pools()).extracting(p -> p.name()).containsExactly("eu-web", "eu-data", "us-web");
        assertThat(sample.resources()).extracting(r -> r.name() + " " + r.unit())
                .containsExactly("cpu cores", "memory GiB", "storage TB", "network Gbps");
        assertThat(sample.nodeTypes()).hasSize(3).allSatisfy(t -> assertThat(t.leadTime()).isPositive());
        assertThat(sample.usage()).allSatisfy(s -> assertThat(s.length()).isEqualTo(36));
        assertThat(sample.knownDemand()).anySatisfy(d -> assertThat(d.workload()).isEqualTo("ml-inference"));
        assertThat(sample.inventory()).anySatisfy(n -> assertThat(n.retirePeriod()).isPresent());
    }

    @Test
    void theSampleScenariosApplyToTheSample() {
        List<Scenario> scenarios = SampleGenerator.sampleScenarios();
        assertThat(scenarios).extracting(Scenario::name).containsExactly("ml-inference lands early", "node prices +15%");
        PlanningInput early = scenarios.get(0).apply(sample);
        assertThat(early.workloads()).extracting(w -> w.name()).contains("ml-pilot");
        PlanningInput dear = scenarios.get(1).apply(sample);
        // 15% dearer, exactly (the sample's prices are 14,000, 26,000 and 21,000).
        assertThat(sample.nodeTypes()).extracting(t -> t.cost()).containsExactly(14000.0, 26000.0, 21000.0);
        assertThat(dear.nodeTypes()).extracting(t -> t.cost()).containsExactly(16100.0, 29900.0, 24150.0);
    }

    @Test
    void historyGrowsOverTheThreeYears() {
        double first = sample.usage().stream().filter(s -> s.key().resource().equals("cpu"))
                .mapToDouble(s -> s.valueAt(0)).sum();
        double last = sample.usage().stream().filter(s -> s.key().resource().equals("cpu"))
                .mapToDouble(s -> s.valueAt(35)).sum();
        assertThat(last).isGreaterThan(first * 1.3);
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedAnother() {
        assertThat(SampleGenerator.sample()).isEqualTo(sample);
        double[] a = sample.usage().getFirst().values();
        double[] b = SampleGenerator.generate(7).usage().getFirst().values();
        assertThat(Arrays.equals(a, b)).isFalse();
    }

    @Test
    void noUsageIsNegativeOrMissing() {
        for (TimeSeries s : sample.usage()) {
            assertThat(java.util.Arrays.stream(s.values()).boxed().toList())
                    .allSatisfy(v -> assertThat(v).isNotNaN().isGreaterThanOrEqualTo(0.0));
        }
        assertThat(sample.inventory()).extracting(ExistingNodes::count).allSatisfy(c -> assertThat(c).isPositive());
    }
}
