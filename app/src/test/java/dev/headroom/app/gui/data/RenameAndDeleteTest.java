package dev.headroom.app.gui.data;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rename renames every reference, in the input and in the scenarios, so nothing is left naming the old name;
 * a delete is refused, with the reason, while anything still names the item.
 */
class RenameAndDeleteTest {

    private final DataFixture f = new DataFixture();

    @Test
    void renamingAPoolRenamesItsWorkloadsInventoryAndScenarioChanges() {
        List<Scenario> scenarios = new ArrayList<>(f.sample.scenarios());
        scenarios.add(new Scenario("n+2 in the EU", "", List.of(new ScenarioChange.HaSpares("eu-web", 2),
                new ScenarioChange.Growth(ScenarioChange.GrowthScope.POOL, "eu-web", 10, Period.parse("2027-01")))));
        f.workspace.update("edit", p -> p.withScenarios(scenarios));
        long inEuWeb = f.input().inventory().stream().filter(n -> n.pool().equals("eu-web")).count();
        long allowingEuWeb = f.input().workloads().stream().filter(w -> w.mayRunIn("eu-web")).count();

        PoolsTable pools = f.vm.pools();
        pools.edit(DataFixture.row(pools, PoolsTable.NAME, "eu-web"), PoolsTable.NAME, "eu-west-web");

        PlanningInput in = f.input();
        assertThat(in.pools()).extracting(Pool::name).containsExactly("eu-west-web", "eu-data", "us-web");
        assertThat(in.inventory().stream().filter(n -> n.pool().equals("eu-west-web")).count()).isEqualTo(inEuWeb);
        assertThat(in.workloads().stream().filter(w -> w.mayRunIn("eu-west-web")).count()).isEqualTo(allowingEuWeb);
        assertThat(in.workloads()).noneMatch(w -> w.mayRunIn("eu-web"));
        Scenario renamed = f.project().scenario("n+2 in the EU").orElseThrow();
        assertThat(renamed.changes()).containsExactly(new ScenarioChange.HaSpares("eu-west-web", 2),
                new ScenarioChange.Growth(ScenarioChange.GrowthScope.POOL, "eu-west-web", 10, Period.parse("2027-01")));
        // The other tables show the new name at once.
        assertThat(f.vm.inventory().rows()).anyMatch(r -> r.text(InventoryTable.POOL).equals("eu-west-web"));
        assertThat(f.vm.workloads().pools()).contains("eu-west-web").doesNotContain("eu-web");
    }

    @Test
    void renamingANodeTypeRenamesTheInventoryAndThePriceChangeOfTheScenario() {
        NodeTypesTable types = f.vm.nodeTypes();
        types.edit(DataFixture.row(types, NodeTypesTable.NAME, "general-32"), NodeTypesTable.NAME, "gp-32");

        assertThat(f.input().inventory()).noneMatch(n -> n.nodeType().equals("general-32"))
                .anyMatch(n -> n.nodeType().equals("gp-32"));
        assertThat(f.project().scenarios()).noneMatch(s -> s.changes().stream()
                .anyMatch(c -> c instanceof ScenarioChange.NodeCost n && n.nodeType().equals("general-32")));
        assertThat(Renames.scenariosNaming(f.project(), "node type", "gp-32")).isEqualTo(
                Renames.scenariosNaming(f.sample, "node type", "general-32"));
    }

    @Test
    void renamingAResourceRenamesCapacitiesHistoryAndTheNewWorkloadsDemand() {
        ResourcesTable resources = f.vm.resources();
        resources.edit(DataFixture.row(resources, ResourcesTable.NAME, "cpu"), ResourcesTable.NAME, "vcpu");

        PlanningInput in = f.input();
        assertThat(in.resources()).extracting(Resource::name).containsExactly("vcpu", "memory", "storage", "network");
        assertThat(in.nodeTypes()).allMatch(t -> t.capacity().containsKey("vcpu") && !t.capacity().containsKey("cpu"));
        assertThat(in.usage()).noneMatch(s -> s.key().resource().equals("cpu"));
        assertThat(in.usage().stream().filter(s -> s.key().resource().equals("vcpu")).count())
                .isEqualTo(f.sample.input().usage().stream().filter(s -> s.key().resource().equals("cpu")).count());
        assertThat(in.usage()).anyMatch(s -> s.key().equals(new SeriesKey("storefront", "vcpu")));
        assertThat(f.project().scenarios().getFirst().changes()).anyMatch(c ->
                c instanceof ScenarioChange.NewWorkload n && n.demand().containsKey("vcpu") && !n.demand().containsKey("cpu"));
        // The node types' table has a column per resource, headed by the new name.
        assertThat(f.vm.nodeTypes().columns()).extracting(Column::header).contains("vcpu (cores)");
        // Every scenario still applies to the renamed input.
        f.project().allScenarios().forEach(s -> s.apply(in));
    }

    @Test
    void aResourceAddedGetsACapacityOfZeroOnEveryNodeTypeAndAColumnToFillIt() {
        ResourcesTable resources = f.vm.resources();
        var row = resources.add();
        resources.edit(row, ResourcesTable.NAME, "gpu");
        resources.edit(row, ResourcesTable.UNIT, "cards");
        resources.edit(row, ResourcesTable.TARGET, "90");

        Resource gpu = f.input().resource("gpu").orElseThrow();
        assertThat(gpu.unit()).isEqualTo("cards");
        assertThat(gpu.targetUtilization()).isEqualTo(0.9);
        assertThat(f.input().nodeTypes()).allMatch(t -> t.capacity().get("gpu") == 0.0);
        NodeTypesTable types = f.vm.nodeTypes();
        int gpuColumn = types.columns().size() - 1;
        assertThat(types.columns().get(gpuColumn).header()).isEqualTo("gpu (cards)");
        types.edit(DataFixture.row(types, NodeTypesTable.NAME, "memory-48"), gpuColumn, "2");
        assertThat(f.input().nodeType("memory-48").orElseThrow().capacityOf("gpu")).isEqualTo(2);

        resources.delete(DataFixture.row(resources, ResourcesTable.NAME, "gpu"));
        assertThat(f.input().resource("gpu")).isEmpty();
        assertThat(f.input().nodeTypes()).noneMatch(t -> t.capacity().containsKey("gpu"));
    }

    @Test
    void aPoolStillNamedIsNotDeletedAndTheReasonSaysWhere() {
        PoolsTable pools = f.vm.pools();
        pools.delete(DataFixture.row(pools, PoolsTable.NAME, "us-web"));
        assertThat(pools.messageProperty().get()).startsWith("Pool 'us-web' cannot be deleted: ")
                .contains("workloads allow it").contains("the inventory has 2 rows in it");
        assertThat(f.input().pool("us-web")).isPresent();
        assertThat(f.dirty()).isFalse();

        var added = pools.add();
        pools.delete(added);
        assertThat(f.input().pools()).hasSize(3);
        assertThat(pools.messageProperty().get()).isEmpty();
    }

    @Test
    void aNodeTypeOrResourceNamedByAScenarioOrHistoryIsNotDeleted() {
        NodeTypesTable types = f.vm.nodeTypes();
        types.delete(DataFixture.row(types, NodeTypesTable.NAME, "memory-48"));
        assertThat(types.messageProperty().get()).startsWith("Node type 'memory-48' cannot be deleted: the inventory has");

        ResourcesTable resources = f.vm.resources();
        resources.delete(DataFixture.row(resources, ResourcesTable.NAME, "network"));
        assertThat(resources.messageProperty().get()).startsWith("Resource 'network' cannot be deleted: it has usage history for")
                .contains("scenario 'ml-inference lands early' names it");
        assertThat(f.input()).isSameAs(f.sample.input());
    }
}
