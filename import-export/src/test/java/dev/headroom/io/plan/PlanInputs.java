package dev.headroom.io.plan;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.model.Aggregation;
import dev.headroom.io.testing.SamplePlan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The input {@link SamplePlan#plan()} is made from, with every kind of planning sheet filled. */
public final class PlanInputs {
    private PlanInputs() {
    }

    /** A workload whose name a spreadsheet program would take for a formula if it were not guarded. */
    public static final String RISKY_WORKLOAD = "=1+2";

    /** The input with moves between pools allowed at 50 a move. */
    public static PlanningInput withMoves() {
        PlanningInput in = input();
        return in.withSettings(in.settings().withMoves(true, 50));
    }

    public static PlanningInput input() {
        Period oct = Period.parse("2024-10");
        return new PlanningInput("s.xlsx", Settings.defaults().withHorizon(2),
                List.of(new Resource("cpu", "cores", 0.8, Aggregation.P95), new Resource("memory", "GiB", 0.9, Aggregation.MAX)),
                List.of(new Workload("web", PlacementMode.POOL, Optional.empty(), Set.of("east", "west"), Optional.empty()),
                        new Workload("db", PlacementMode.NODE, Optional.of("east"), Set.of(), Optional.of("storage")),
                        Workload.anywhere(RISKY_WORKLOAD)),
                List.of(new Pool("east", 1, OptionalInt.of(20)), Pool.of("west")),
                List.of(new NodeType("small", 100, 1, Map.of("cpu", 16.0, "memory", 64.0)),
                        new NodeType("big", 300, 2, Map.of("cpu", 64.0, "memory", 256.0))),
                List.of(new ExistingNodes("east", "small", 4, Optional.of(Period.parse("2025-06"))),
                        new ExistingNodes("west", "big", 1, Optional.empty())),
                List.of(new TimeSeries(new SeriesKey("web", "cpu"), oct, new double[] {7, 8.5, 9}),
                        new TimeSeries(new SeriesKey("db", "cpu"), oct, new double[] {2, Double.NaN, 3})),
                List.of(new KnownDemand(SamplePlan.FEB, RISKY_WORKLOAD, "cpu", 4)));
    }
}
