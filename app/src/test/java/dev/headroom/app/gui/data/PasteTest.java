package dev.headroom.app.gui.data;

import dev.headroom.app.gui.clipboard.ExcelText;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Pool;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** A block from Excel pasted into the Data screen's tables: all or nothing, one edit to undo. */
class PasteTest {

    private final DataFixture f = new DataFixture();
    private final NodeTypesTable types = f.vm.nodeTypes();
    private final PoolsTable pools = f.vm.pools();

    @Test
    void aBlockOverTwoRowsAndBeyondTheLastEditsBothAndAddsARow() {
        // Cost and lead time of the last two node types, and a fourth type added below them.
        int last = types.rows().size();
        List<String> problems = Paste.paste(types, types.rows(), last - 2, NodeTypesTable.COST,
                ExcelText.parse("27000\t4\r\n22000\t3\r\n"));
        assertThat(problems).isEmpty();
        assertThat(f.input().nodeType("memory-48").orElseThrow().cost()).isEqualTo(27_000);
        assertThat(f.input().nodeType("memory-48").orElseThrow().leadTime()).isEqualTo(4);
        assertThat(f.input().nodeType("storage-24").orElseThrow().cost()).isEqualTo(22_000);

        problems = Paste.paste(pools, pools.rows(), pools.rows().size(), PoolsTable.NAME,
                ExcelText.parse("ap-web\t2\t30\r\nap-data\t1\t\r\n"));
        assertThat(problems).isEmpty();
        assertThat(f.input().pools()).extracting(Pool::name).endsWith("ap-web", "ap-data");
        assertThat(f.input().pool("ap-web").orElseThrow()).isEqualTo(new Pool("ap-web", 2, OptionalInt.of(30)));
        assertThat(pools.rows()).extracting(r -> r.text(PoolsTable.NAME)).endsWith("ap-web", "ap-data");
        assertThat(pools.rows()).noneMatch(EditRow::isPending);
        assertThat(f.workspace.undoNameProperty().get()).isEqualTo("paste 2 rows");
    }

    @Test
    void oneBadCellRefusesTheWholeBlockNamingRowColumnAndValue() {
        List<String> problems = Paste.paste(types, types.rows(), 0, NodeTypesTable.COST,
                ExcelText.parse("15000\t2\r\nabc\t3\r\n21000\tsoon\r\n"));

        assertThat(problems).containsExactly(
                "Row 2, Cost \"abc\": cost must be a number ≥ 0, not \"abc\"",
                "Row 3, Lead time \"soon\": lead time must be a whole number from 0 to 600, not \"soon\"");
        assertThat(f.input()).isSameAs(f.sample.input());
        assertThat(f.dirty()).isFalse();
        assertThat(types.rows()).noneMatch(EditRow::isPending);
        assertThat(DataFixture.row(types, NodeTypesTable.NAME, "general-32").text(NodeTypesTable.COST)).isEqualTo("14000");
    }

    @Test
    void aBlockWiderThanTheTableOrLongerThanTheSettingsIsRefused() {
        assertThat(Paste.paste(pools, pools.rows(), 0, PoolsTable.HA_NODES, ExcelText.parse("1\t2\t3\r\n")))
                .containsExactly("The block is 3 columns wide; from column HA spare nodes the table has only 2.");
        SettingsTable settings = f.vm.settings();
        assertThat(Paste.paste(settings, settings.rows(), 0, SettingsTable.HORIZON, ExcelText.parse("12\r\n24\r\n")))
                .containsExactly("The table has 1 row and cannot grow: a block of 2 rows does not fit from row 1.");
        assertThat(f.dirty()).isFalse();
    }

    @Test
    void aPasteIsUndoneAndRedoneAsOneEdit() {
        Paste.paste(types, types.rows(), 0, NodeTypesTable.COST, ExcelText.parse("15000\r\n27000\r\n22000\r\n"));
        assertThat(f.input().nodeTypes()).extracting(NodeType::cost).containsExactly(15_000.0, 27_000.0, 22_000.0);
        assertThat(f.workspace.undoNameProperty().get()).isEqualTo("paste 3 rows");

        f.workspace.undo();
        assertThat(f.input()).isEqualTo(f.sample.input());
        assertThat(types.rows()).extracting(r -> r.text(NodeTypesTable.COST)).containsExactly("14000", "26000", "21000");
        assertThat(f.workspace.undoNameProperty().get()).isEmpty();

        f.workspace.redo();
        assertThat(f.input().nodeTypes()).extracting(NodeType::cost).containsExactly(15_000.0, 27_000.0, 22_000.0);
    }

    @Test
    void aRenamePastedIsCarriedIntoTheRowsThatNameIt() {
        assertThat(Paste.paste(pools, pools.rows(), 0, PoolsTable.NAME, ExcelText.parse("eu-frontend\r\n"))).isEmpty();
        assertThat(f.input().inventory()).noneMatch(n -> n.pool().equals("eu-web"))
                .anyMatch(n -> n.pool().equals("eu-frontend"));
        assertThat(f.workspace.undoNameProperty().get()).isEqualTo("paste 1 row");
    }

    @Test
    void aPendingRowPastedOverIsCompletedRatherThanLeftBeside() {
        BudgetsTable budgets = f.vm.budgets();
        int before = f.input().budgets().size();
        EditRow<?> added = budgets.add();
        assertThat(added.isPending()).isTrue();
        assertThat(Paste.paste(budgets, budgets.rows(), budgets.rows().size() - 1, BudgetsTable.PERIOD,
                ExcelText.parse("2027-03\t40000\r\n"))).isEmpty();
        assertThat(f.input().budgets()).hasSize(before + 1);
        assertThat(budgets.rows()).hasSize(before + 1).noneMatch(EditRow::isPending);
    }
}
