package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.io.project.Project;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Data screen: the planning input of the open project as tables the planner checks and edits: workloads
 * with their usage, pools, node types, inventory, resources, settings and budgets. It edits the baseline; the
 * scenarios' changes apply on top of it. Every accepted edit goes through {@link Workspace#update}, so saving,
 * autosave, the title and undo see it; an edit that would make the input invalid stays in its row, with what
 * is wrong shown on the cell.
 */
public final class DataViewModel {

    private final Edits edits;
    private final WorkloadsViewModel workloads;
    private final PoolsTable pools;
    private final NodeTypesTable nodeTypes;
    private final InventoryTable inventory;
    private final ResourcesTable resources;
    private final SettingsTable settings;
    private final BudgetsTable budgets;

    public DataViewModel(Workspace workspace) {
        this(workspace, ProjectDefaults::standard);
    }

    /** @param defaults the preferences' defaults, read when a row is added (a new resource's target use) */
    public DataViewModel(Workspace workspace, Supplier<ProjectDefaults> defaults) {
        this.edits = new Edits(workspace);
        this.workloads = new WorkloadsViewModel(new WorkloadsTable(edits));
        this.pools = new PoolsTable(edits);
        this.nodeTypes = new NodeTypesTable(edits);
        this.inventory = new InventoryTable(edits);
        this.resources = new ResourcesTable(edits, () -> defaults.get().targetUtilization());
        this.settings = new SettingsTable(edits);
        this.budgets = new BudgetsTable(edits);
        workspace.projectProperty().addListener((o, a, p) -> refresh(p));
        refresh(workspace.project().orElse(null));
    }

    private void refresh(Project p) {
        if (p == null) {
            return;
        }
        boolean own = edits.applying();
        for (EditableTable<?> t : tables()) {
            t.refresh(p.input(), own);
        }
        workloads.refresh(p.input());
    }

    private List<EditableTable<?>> tables() {
        return List.of(workloads.table(), pools, nodeTypes, inventory, resources, settings, budgets);
    }

    public WorkloadsViewModel workloads() {
        return workloads;
    }

    public PoolsTable pools() {
        return pools;
    }

    public NodeTypesTable nodeTypes() {
        return nodeTypes;
    }

    public InventoryTable inventory() {
        return inventory;
    }

    public ResourcesTable resources() {
        return resources;
    }

    public SettingsTable settings() {
        return settings;
    }

    public BudgetsTable budgets() {
        return budgets;
    }
}
