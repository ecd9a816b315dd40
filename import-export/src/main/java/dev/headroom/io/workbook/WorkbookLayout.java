package dev.headroom.io.workbook;

import dev.headroom.core.model.Settings;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;

import java.util.List;

/**
 * The planning workbook of CONTRACT §5 in one place: its sheets, their columns and what each means.
 * The reader checks required columns against it, the writer writes its headers, and the template's
 * Instructions sheet explains it to people in the same words.
 */
final class WorkbookLayout {
    private WorkbookLayout() {
    }

    /** One column of a sheet; {@code required} columns must be present and filled in. */
    record Column(String name, boolean required, String meaning) {
    }

    /** One sheet: its name, what it is for, and its columns in the order they are written. */
    record SheetLayout(String name, String purpose, List<Column> columns) {

        /** The fixed headers; NodeTypes' capacity columns are named after the resources and added by the writer. */
        List<String> headers() {
            return columns.stream().map(Column::name).filter(n -> !n.equals(RESOURCE_COLUMNS)).toList();
        }

        /** Adds a problem for each required column the table lacks; true when none is missing. */
        boolean checkRequiredColumns(Table table, Problems problems) {
            boolean complete = true;
            for (Column c : columns) {
                if (c.required() && !c.name().equals(RESOURCE_COLUMNS) && table.column(c.name()).isEmpty()) {
                    problems.inSheet(table.sheet(), ReaderWords.of("workbook.columnMissing", c.name()));
                    complete = false;
                }
            }
            return complete;
        }
    }

    /** One key of the Settings sheet. */
    record SettingKey(String key, String meaning) {
    }

    static final String RESOURCE_COLUMNS = "<resource>";

    static final SheetLayout SETTINGS = new SheetLayout("Settings",
            "How to plan. One setting a row; a setting left out (or left blank) takes its default.",
            List.of(new Column("key", true, "the setting's name, one of those listed below"),
                    new Column("value", true, "its value")));

    static final List<SettingKey> SETTING_KEYS = List.of(
            new SettingKey("frequency", "the planning period: month, quarter, week or day (default month)"),
            new SettingKey("horizon", "how many periods to plan (default " + Settings.DEFAULT_HORIZON + ")"),
            new SettingKey("plan_start", "the first planned period, e.g. 2025-01 (default: the one after the last usage)"),
            new SettingKey("sizing_quantile", "capacity is planned for this quantile of forecast demand, above 0 and"
                    + " below 1 (default " + Settings.DEFAULT_SIZING_QUANTILE + ")"),
            new SettingKey("time_limit_seconds", "how long the solver may search for a cheaper plan (default "
                    + (int) Settings.DEFAULT_TIME_LIMIT + ")"),
            new SettingKey("seed", "the seed for every randomised step, so that the same workbook gives the same plan"
                    + " (default 42)"),
            new SettingKey("threads", "solver threads; 1 gives the same plan on every run (default 1)"),
            new SettingKey("allow_moves", "true lets a workload run in another of its pools from one planned period to"
                    + " the next; false keeps each workload in one pool for the whole horizon (default false)"),
            new SettingKey("move_cost", "what moving one workload to another pool between two consecutive periods"
                    + " costs, in the node costs' currency, 0 or more (default 0)"));

    static final SheetLayout RESOURCES = new SheetLayout("Resources",
            "The kinds of capacity that workloads use and nodes provide. One resource a row.",
            List.of(new Column("resource", true, "the resource's name, e.g. cpu; NodeTypes has a capacity column of this name"),
                    new Column("unit", false, "the unit of every number of this resource, e.g. cores or GiB"),
                    new Column("target_utilization", false, "the share of a node's capacity that may be used, above 0"
                            + " and at most 1 (default 0.8)"),
                    new Column("aggregation", false, "how usage finer than a period is combined: max, p95, p99, mean,"
                            + " sum or last (default p95)")));

    static final SheetLayout USAGE = new SheetLayout("Usage",
            "Usage history to forecast from. One observation a row. Periods finer than the plan's (days in a"
                    + " monthly plan) are combined with the resource's aggregation. Instead of these columns, a"
                    + " period column and one column per series named 'WORKLOAD RESOURCE' is read too.",
            List.of(new Column("period", true, "when: 2024-03-15 (day), 2024-W09 (week), 2024-03 (month),"
                            + " 2024-Q1 (quarter) or a date cell"),
                    new Column("workload", true, "the workload that used the resource"),
                    new Column("resource", true, "the resource used, as named in Resources"),
                    new Column("usage", true, "how much was used, in the resource's unit; blank for a period"
                            + " without an observation")));

    static final SheetLayout DEMAND = new SheetLayout("Demand",
            "Known future demand, e.g. a new project, or 0 for a decommission. It replaces the forecast of that"
                    + " workload, resource and period.",
            List.of(new Column("period", true, "the period, in the plan's frequency (or a date cell)"),
                    new Column("workload", true, "the workload"),
                    new Column("resource", true, "the resource, as named in Resources"),
                    new Column("demand", true, "the demand in the resource's unit, at least 0")));

    static final SheetLayout WORKLOADS = new SheetLayout("Workloads",
            "Where workloads may run. A workload that has usage or demand but no row here may run in any pool.",
            List.of(new Column("workload", true, "the workload's name, as in Usage and Demand"),
                    new Column("placement", false, "pool (default: the demand may spread over the pool's nodes) or"
                            + " node (the whole workload must fit on one node)"),
                    new Column("pool", false, "the one pool it must run in, if any"),
                    new Column("allowed_pools", false, "the pools it may run in, separated by ';' (blank: any pool)"),
                    new Column("anti_affinity", false, "a group name; members of a group run on different nodes")));

    static final SheetLayout POOLS = new SheetLayout("Pools",
            "The groups of nodes that workloads run in: clusters, regions, rooms. One pool a row.",
            List.of(new Column("pool", true, "the pool's name"),
                    new Column("ha_nodes", false, "nodes kept free for failures (N+1 is 1; default 0)"),
                    new Column("max_nodes", false, "the most nodes the pool has space for (blank: no limit)")));

    static final SheetLayout NODE_TYPES = new SheetLayout("NodeTypes",
            "The kinds of node that can be bought. One node type a row.",
            List.of(new Column("node_type", true, "the node type's name"),
                    new Column("cost", true, "the price of one node"),
                    new Column("lead_time", false, "periods between ordering a node and using it (default 0)"),
                    new Column(RESOURCE_COLUMNS, true, "one column per resource of the Resources sheet, named like"
                            + " it: the capacity of one node in the resource's unit")));

    static final SheetLayout NODES = new SheetLayout("Nodes",
            "The nodes already owned. One row per pool and node type.",
            List.of(new Column("pool", true, "the pool they are in"),
                    new Column("node_type", true, "their node type"),
                    new Column("count", true, "how many"),
                    new Column("retire_period", false, "the first period they are no longer usable (blank: never)")));

    static final SheetLayout BUDGETS = new SheetLayout("Budgets",
            "Optional spending limits. One ordering period a row; a period without a row has no limit.",
            List.of(new Column("period", true, "the period nodes are ordered in (the period they are in use from,"
                            + " less their lead time), in the plan's frequency (or a date cell)"),
                    new Column("amount", true, "the most that may be spent on nodes ordered in that period, in the"
                            + " money of NodeTypes' cost, at least 0")));

    /**
     * The optional Scenarios sheet (read and written by {@code ScenariosSheet}): what-ifs over the input, one
     * change a row. Not among {@link #SHEETS}: the input is read without it.
     */
    static final SheetLayout SCENARIOS = new SheetLayout("Scenarios",
            "Optional what-ifs over the input, one change a row; plan them with 'headroom plan --scenario NAME' or"
                    + " '--all-scenarios'. Rows of a scenario need not be adjacent; a row with only a scenario name"
                    + " declares a scenario that changes nothing.",
            List.of(new Column("scenario", true, "the what-if's name ('baseline' is the input as it is)"),
                    new Column("change", false, "one of the changes listed below"),
                    new Column("target", false, "the workload, pool, resource or node type the change is about"
                            + " (* = every one, where allowed)"),
                    new Column("value", false, "the change's number; for new_workload its demand, as cpu=4; memory=16"),
                    new Column("from", false, "the first period the change applies to (or a date cell)"),
                    new Column("copy_of", false, "new_workload only: a workload whose usage history and known demand"
                            + " it copies, instead of a value"),
                    new Column("pool", false, "new_workload only: the pool it is pinned to (blank: any pool)"),
                    new Column("description", false, "what the planner wants to know; the first one of a scenario"
                            + " counts")));

    /** The changes a Scenarios row can make, with what its target, value and from mean. */
    static final List<SettingKey> SCENARIO_CHANGES = List.of(
            new SettingKey("workload_growth", "target: a workload; value: growth in % (20 = 1.2 x demand; several"
                    + " growths multiply); from: the first period"),
            new SettingKey("pool_growth", "target: a pool, for the workloads pinned to it or allowed only in it;"
                    + " value: growth in %; from: the first period"),
            new SettingKey("resource_growth", "target: a resource, every workload's demand for it; value: growth in %;"
                    + " from: the first period"),
            new SettingKey("new_workload", "target: its name; value: its demand per resource (or copy_of); from: the"
                    + " first period (its demand is 0 before)"),
            new SettingKey("decommission", "target: a workload; from: the first period without it"),
            new SettingKey("node_cost", "target: a node type or *; value: the price change in % (15 = 15% dearer)"),
            new SettingKey("lead_time", "target: a node type or *; value: the lead time in periods"),
            new SettingKey("ha_nodes", "target: a pool or *; value: the spare nodes"),
            new SettingKey("target_utilization", "target: a resource or *; value: above 0, at most 1"),
            new SettingKey("sizing_quantile", "value: above 0, below 1"),
            new SettingKey("budget", "value: the most spent on nodes ordered in the period; from: the ordering period"));

    /** Every sheet, in the order they are written and read. */
    static final List<SheetLayout> SHEETS = List.of(SETTINGS, RESOURCES, USAGE, DEMAND, WORKLOADS, POOLS, NODE_TYPES, NODES,
            BUDGETS);
}
