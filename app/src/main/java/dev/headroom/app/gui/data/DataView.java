package dev.headroom.app.gui.data;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.Objects;

/**
 * The Data screen: one tab per part of the planning input. Views are thin: the tables' rules are in
 * {@link DataViewModel} and its tables.
 */
public final class DataView extends TabPane {

    public DataView(DataViewModel vm) {
        setId("dataView");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getStylesheets().add(Objects.requireNonNull(DataView.class.getResource("data.css")).toExternalForm());
        getTabs().addAll(
                tab("workloadsTab", "Workloads", new WorkloadsView(vm.workloads())),
                tab("poolsTab", "Pools", new TableEditor<>("poolsTable", vm.pools(), vm.pools().rows(), "pool")),
                tab("nodeTypesTab", "Node types",
                        new TableEditor<>("nodeTypesTable", vm.nodeTypes(), vm.nodeTypes().rows(), "node type")),
                tab("inventoryTab", "Inventory",
                        new TableEditor<>("inventoryTable", vm.inventory(), vm.inventory().rows(), "row")),
                tab("resourcesTab", "Resources",
                        new TableEditor<>("resourcesTable", vm.resources(), vm.resources().rows(), "resource")),
                tab("settingsTab", "Settings", new SettingsView(vm.settings())),
                tab("budgetsTab", "Budgets",
                        new TableEditor<>("budgetsTable", vm.budgets(), vm.budgets().rows(), "budget")));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
