package dev.headroom.app.gui.data;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.Objects;

/**
 * The Data screen: one tab per part of the planning input. Views are thin: the tables' rules are in
 * {@link DataViewModel} and its tables.
 */
public final class DataView extends TabPane {

    private static final Texts T = Texts.of(DataView.class);

    public DataView(DataViewModel vm) {
        setId("dataView");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStylesheets().add(Objects.requireNonNull(DataView.class.getResource("data.css")).toExternalForm());
        getTabs().addAll(
                tab("workloadsTab", T.get("tab.workloads"), new WorkloadsView(vm.workloads())),
                tab("poolsTab", T.get("tab.pools"), new TableEditor<>("poolsTable", vm.pools(), vm.pools().rows(),
                        T.get("what.pool"))),
                tab("nodeTypesTab", T.get("tab.nodeTypes"),
                        new TableEditor<>("nodeTypesTable", vm.nodeTypes(), vm.nodeTypes().rows(), T.get("what.nodeType"))),
                tab("inventoryTab", T.get("tab.inventory"),
                        new TableEditor<>("inventoryTable", vm.inventory(), vm.inventory().rows(), T.get("what.row"))),
                tab("resourcesTab", T.get("tab.resources"),
                        new TableEditor<>("resourcesTable", vm.resources(), vm.resources().rows(), T.get("what.resource"))),
                tab("settingsTab", T.get("tab.settings"), new SettingsView(vm.settings())),
                tab("budgetsTab", T.get("tab.budgets"),
                        new TableEditor<>("budgetsTable", vm.budgets(), vm.budgets().rows(), T.get("what.budget"))));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        Spoken.nameTables(content, title);
        tab.setId(id);
        return tab;
    }
}
