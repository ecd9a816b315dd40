package dev.headroom.app.gui.data;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PurchaseBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An edit reaches the input only when the input stays valid; otherwise it stays typed, its problem on the cell. */
class TableEditsTest {

    private final DataFixture f = new DataFixture();
    private final NodeTypesTable types = f.vm.nodeTypes();

    @Test
    void aValidCostIsPutIntoTheInputAndMarksTheProjectUnsaved() {
        EditRow<NodeType> general = DataFixture.row(types, NodeTypesTable.NAME, "general-32");
        types.edit(general, NodeTypesTable.COST, "15 500");

        assertThat(f.input().nodeType("general-32").orElseThrow().cost()).isEqualTo(15_500);
        assertThat(f.dirty()).isTrue();
        assertThat(general.isPending()).isFalse();
        assertThat(general.text(NodeTypesTable.COST)).isEqualTo("15500");
        assertThat(types.messageProperty().get()).isEmpty();
    }

    @Test
    void anInvalidCostIsShownOnItsCellKeptAsTypedAndNotStored() {
        EditRow<NodeType> general = DataFixture.row(types, NodeTypesTable.NAME, "general-32");
        types.edit(general, NodeTypesTable.COST, "-5");

        assertThat(general.problem(NodeTypesTable.COST)).isEqualTo("cost must be a number ≥ 0, not \"-5\"");
        assertThat(general.text(NodeTypesTable.COST)).isEqualTo("-5");
        assertThat(general.isPending()).isTrue();
        assertThat(f.input()).isSameAs(f.sample.input());
        assertThat(f.dirty()).isFalse();
        assertThat(types.messageProperty().get()).contains("cost must be a number ≥ 0");

        types.edit(general, NodeTypesTable.COST, "abc");
        assertThat(general.problem(NodeTypesTable.COST)).isEqualTo("cost must be a number ≥ 0, not \"abc\"");

        types.edit(general, NodeTypesTable.COST, "16000");
        assertThat(general.problem(NodeTypesTable.COST)).isEmpty();
        assertThat(f.input().nodeType("general-32").orElseThrow().cost()).isEqualTo(16_000);
    }

    @Test
    void aPendingRowKeepsItsTextWhileAnotherRowIsEdited() {
        EditRow<NodeType> general = DataFixture.row(types, NodeTypesTable.NAME, "general-32");
        EditRow<NodeType> memory = DataFixture.row(types, NodeTypesTable.NAME, "memory-48");
        types.edit(general, NodeTypesTable.LEAD_TIME, "soon");
        types.edit(memory, NodeTypesTable.COST, "30000");

        assertThat(f.input().nodeType("memory-48").orElseThrow().cost()).isEqualTo(30_000);
        assertThat(types.rows()).contains(general);
        assertThat(general.text(NodeTypesTable.LEAD_TIME)).isEqualTo("soon");
        assertThat(general.problem(NodeTypesTable.LEAD_TIME)).startsWith("lead time must be a whole number");
        assertThat(f.input().nodeType("general-32").orElseThrow().leadTime()).isEqualTo(2);
    }

    @Test
    void aNameAlreadyTakenIsRefusedOnTheNameCell() {
        EditRow<NodeType> general = DataFixture.row(types, NodeTypesTable.NAME, "general-32");
        types.edit(general, NodeTypesTable.NAME, "memory-48");

        assertThat(general.problem(NodeTypesTable.NAME)).isEqualTo("node type 'memory-48' is already defined");
        assertThat(f.input().nodeTypes()).extracting(NodeType::name).containsExactly("general-32", "memory-48", "storage-24");
    }

    @Test
    void anInventoryRowWaitingForAPoolJoinsTheInputOnceThePoolIsAdded() {
        InventoryTable inventory = f.vm.inventory();
        EditRow<ExistingNodes> row = inventory.add();
        inventory.edit(row, InventoryTable.POOL, "ap-web");
        inventory.edit(row, InventoryTable.COUNT, "6");
        assertThat(row.problem(InventoryTable.POOL)).isEqualTo("pool 'ap-web' is not defined");
        assertThat(f.input().inventory()).hasSize(f.sample.input().inventory().size());

        PoolsTable pools = f.vm.pools();
        var pool = pools.add();
        assertThat(pool.isPending()).isFalse();
        assertThat(pool.text(PoolsTable.NAME)).isEqualTo("pool-1");
        pools.edit(pool, PoolsTable.NAME, "ap-web");

        assertThat(row.isPending()).isFalse();
        assertThat(f.input().inventory()).hasSize(f.sample.input().inventory().size() + 1);
        assertThat(f.input().inventory().getLast().pool()).isEqualTo("ap-web");
        assertThat(f.input().inventory().getLast().count()).isEqualTo(6);
    }

    @Test
    void aBudgetAddedWaitsForItsAmountAndRefusesAPeriodOfAnotherFrequency() {
        BudgetsTable budgets = f.vm.budgets();
        int before = f.input().budgets().size();
        EditRow<PurchaseBudget> row = budgets.add();
        assertThat(row.isPending()).isTrue();
        assertThat(row.problem(BudgetsTable.AMOUNT)).isEqualTo("the budget must be a number ≥ 0");

        budgets.edit(row, BudgetsTable.PERIOD, "2026-W50");
        assertThat(row.problem(BudgetsTable.PERIOD)).startsWith("a budget \"2026-W50\" is a week; the plan is by month");
        budgets.edit(row, BudgetsTable.PERIOD, "2027-02");
        budgets.edit(row, BudgetsTable.AMOUNT, "50000");

        assertThat(row.isPending()).isFalse();
        assertThat(f.input().budgets()).hasSize(before + 1).contains(
                new PurchaseBudget(dev.headroom.core.model.Period.parse("2027-02"), 50_000));
    }

    @Test
    void anAddedRowNeverCompletedIsDeletedWithoutTouchingTheInput() {
        BudgetsTable budgets = f.vm.budgets();
        EditRow<PurchaseBudget> row = budgets.add();
        budgets.delete(row);
        assertThat(budgets.rows()).doesNotContain(row);
        assertThat(f.dirty()).isFalse();
    }

    @Test
    void theSettingsRefuseAHorizonOutOfRangeAndAPlanStartOfAnotherFrequency() {
        SettingsTable settings = f.vm.settings();
        var row = settings.rows().getFirst();
        settings.edit(row, SettingsTable.HORIZON, "0");
        settings.edit(row, SettingsTable.PLAN_START, "2027-Q1");
        assertThat(row.problem(SettingsTable.HORIZON)).isEqualTo("the horizon must be a whole number from 1 to 600, not \"0\"");
        assertThat(row.problem(SettingsTable.PLAN_START)).startsWith("the plan start \"2027-Q1\" is a quarter");
        assertThat(f.dirty()).isFalse();

        settings.edit(row, SettingsTable.HORIZON, "18");
        settings.edit(row, SettingsTable.PLAN_START, "");
        assertThat(f.input().settings().horizon()).isEqualTo(18);
        assertThat(row.isPending()).isFalse();
    }

    @Test
    void movesBetweenPoolsAreSetInTheSettingsAndBadValuesRefused() {
        SettingsTable settings = f.vm.settings();
        var row = settings.rows().getFirst();
        assertThat(row.text(SettingsTable.ALLOW_MOVES)).isEqualTo("false");
        assertThat(row.text(SettingsTable.MOVE_COST)).isEqualTo("0");

        settings.edit(row, SettingsTable.ALLOW_MOVES, "maybe");
        settings.edit(row, SettingsTable.MOVE_COST, "-3");
        assertThat(row.problem(SettingsTable.ALLOW_MOVES))
                .isEqualTo("moves between pools are true or false, not \"maybe\"");
        assertThat(row.problem(SettingsTable.MOVE_COST)).startsWith("the cost per move must be");
        assertThat(f.dirty()).isFalse();

        settings.edit(row, SettingsTable.ALLOW_MOVES, "true");
        settings.edit(row, SettingsTable.MOVE_COST, "250");
        assertThat(f.input().settings().allowMoves()).isTrue();
        assertThat(f.input().settings().moveCost()).isEqualTo(250.0);
        assertThat(row.isPending()).isFalse();
    }

    @Test
    void aWorkloadPinnedOutsideItsAllowedPoolsIsRefusedOnThePinnedCell() {
        WorkloadsTable workloads = f.vm.workloads().table();
        var storefront = DataFixture.row(workloads, WorkloadsTable.NAME, "storefront");
        workloads.edit(storefront, WorkloadsTable.ALLOWED, "eu-web");
        workloads.edit(storefront, WorkloadsTable.PINNED, "us-web");
        assertThat(storefront.problem(WorkloadsTable.PINNED))
                .isEqualTo("pool 'us-web' is not among the allowed pools (eu-web)");
        workloads.edit(storefront, WorkloadsTable.ALLOWED, "eu-web, us-web, mars");
        assertThat(storefront.problem(WorkloadsTable.ALLOWED)).isEqualTo("pool 'mars' is not defined");

        workloads.edit(storefront, WorkloadsTable.ALLOWED, "eu-web, us-web");
        workloads.edit(storefront, WorkloadsTable.ANTI_AFFINITY, "web-front");
        var w = f.input().workload("storefront").orElseThrow();
        assertThat(w.pinnedPool()).contains("us-web");
        assertThat(w.allowedPools()).containsExactlyInAnyOrder("eu-web", "us-web");
        assertThat(w.antiAffinity()).contains("web-front");
        assertThat(storefront.isPending()).isFalse();
    }

    @Test
    void anInputReplacedFromElsewhereIsShownAsItIsAndDropsWhatWasPending() {
        EditRow<NodeType> general = DataFixture.row(types, NodeTypesTable.NAME, "general-32");
        types.edit(general, NodeTypesTable.COST, "lots");
        f.workspace.open(f.sample.withNotes(java.util.List.of("opened again")), null, "");
        assertThat(types.hasPending()).isFalse();
        assertThat(DataFixture.row(types, NodeTypesTable.NAME, "general-32").text(NodeTypesTable.COST)).isEqualTo("14000");
    }
}
