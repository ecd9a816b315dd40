package dev.headroom.io.testing;

import static dev.headroom.io.testing.TestWorkbook.row;

/** A small, valid planning workbook that tests change one cell at a time. */
public final class SamplePlanning {
    private SamplePlanning() {
    }

    /**
     * Settings, Resources (cpu, memory), Usage (three months of web and db), Demand, Workloads,
     * Pools (east, west), NodeTypes (small in row 2, big in row 3), Nodes.
     */
    public static TestWorkbook workbook() {
        return new TestWorkbook()
                .sheet("Settings",
                        row("key", "value"),
                        row("frequency", "month"),
                        row("horizon", 6),
                        row("sizing_quantile", 0.9))
                .sheet("Resources",
                        row("resource", "unit", "target_utilization", "aggregation"),
                        row("cpu", "cores", 0.8, "p95"),
                        row("memory", "GiB", 0.9, "max"))
                .sheet("Usage",
                        row("period", "workload", "resource", "usage"),
                        row("2024-10", "web", "cpu", 10),
                        row("2024-11", "web", "cpu", 11),
                        row("2024-12", "web", "cpu", 12),
                        row("2024-10", "web", "memory", 40),
                        row("2024-11", "web", "memory", 41),
                        row("2024-12", "web", "memory", 42),
                        row("2024-10", "db", "cpu", 5),
                        row("2024-11", "db", "cpu", 5),
                        row("2024-12", "db", "cpu", 6))
                .sheet("Demand",
                        row("period", "workload", "resource", "demand"),
                        row("2025-02", "search", "cpu", 8),
                        row("2025-02", "search", "memory", 32))
                .sheet("Workloads",
                        row("workload", "placement", "pool", "allowed_pools", "anti_affinity"),
                        row("web", "pool", null, "east;west", null),
                        row("db", "node", "east", null, "storage"))
                .sheet("Pools",
                        row("pool", "ha_nodes", "max_nodes"),
                        row("east", 1, 20),
                        row("west", 0, null))
                .sheet("NodeTypes",
                        row("node_type", "cost", "lead_time", "cpu", "memory"),
                        row("small", 100, 1, 16, 64),
                        row("big", 300, 2, 64, 256))
                .sheet("Nodes",
                        row("pool", "node_type", "count", "retire_period"),
                        row("east", "small", 4, "2025-06"),
                        row("west", "big", 1, null));
    }
}
