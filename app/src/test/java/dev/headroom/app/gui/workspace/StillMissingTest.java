package dev.headroom.app.gui.workspace;

import dev.headroom.app.service.PlanningService;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.forecast.SmileForecaster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an imported project still lacks, said in the window's language. */
class StillMissingTest {

    private final PlanningInput sample = new PlanningService(new SmileForecaster()).sample();

    private PlanningInput with(List<NodeType> types, List<dev.headroom.core.model.ExistingNodes> inventory) {
        return new PlanningInput(sample.name(), sample.settings(), sample.resources(), sample.workloads(), sample.pools(),
                types, inventory, sample.usage(), sample.knownDemand(), sample.budgets());
    }

    @Test
    void theSampleLacksNothing() {
        assertThat(StillMissing.of(sample)).isEmpty();
    }

    @Test
    void anImportedProjectLacksPricesCapacitiesAndNodes() {
        // A node type as an import makes it: no price, capacity 0 for every resource; and no inventory.
        NodeType bare = new NodeType("node", 0, 0, Map.of("cpu", 0.0, "memory", 0.0, "storage", 0.0, "network", 0.0));
        PlanningInput imported = with(List.of(bare), List.of());

        assertThat(StillMissing.of(imported)).containsExactly(
                "node type 'node' has no price: give what one node costs",
                "node type 'node' provides no cpu, memory, storage, network: give one node's capacity of each",
                "no nodes are owned yet: add the nodes each pool has, or the plan buys every node it needs");
    }

    @Test
    void oneMissingResourceIsNamedAlone() {
        NodeType noGpu = new NodeType("gpu-less", 100, 0, Map.of("cpu", 32.0, "memory", 256.0, "storage", 4.0, "network", 0.0));
        List<NodeType> types = new java.util.ArrayList<>(sample.nodeTypes());
        types.add(noGpu);
        PlanningInput input = with(types, sample.inventory());

        assertThat(StillMissing.of(input)).containsExactly("node type 'gpu-less' provides no network: give one node's capacity of it");
    }

    @Test
    void inChineseTheNamesAndResourcesArePutIn() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Texts zh = Texts.named("dev.headroom.app.gui.workspace.Texts");
            assertThat(zh.get("missing.noPrice", "node")).isEqualTo("节点类型“node”还没有价格：请填写一个节点的成本");
            assertThat(zh.get("missing.noCapacity.one", "node", "gpu")).contains("gpu").doesNotContain("{1}");
        } finally {
            Locale.setDefault(before);
        }
    }
}
