package dev.headroom.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanningInputTest {

    private static final Resource CPU = new Resource("cpu", "cores");
    private static final NodeType SMALL = new NodeType("small", 1000, 1, Map.of("cpu", 16.0));
    private static final TimeSeries WEB_CPU = new TimeSeries(new SeriesKey("web", "cpu"), Period.parse("2024-01"),
            new double[] {4, 5, 6});

    private static PlanningInput input(List<Workload> workloads, List<ExistingNodes> nodes, List<TimeSeries> usage) {
        return new PlanningInput("test.xlsx", Settings.defaults(), List.of(CPU), workloads, List.of(Pool.of("a")),
                List.of(SMALL), nodes, usage, List.of());
    }

    @Test
    void planStartsAfterTheLastHistory() {
        PlanningInput in = input(List.of(Workload.anywhere("web")), List.of(), List.of(WEB_CPU));
        assertThat(in.planStart()).hasToString("2024-04");
        assertThat(in.plannedPeriods()).hasSize(12).last().hasToString("2025-03");
    }

    @Test
    void everyBrokenReferenceIsReportedAtOnce() {
        Workload pinned = new Workload("db", PlacementMode.POOL, Optional.of("b"), Set.of(), Optional.empty());
        ExistingNodes unknownType = new ExistingNodes("a", "huge", 2, Optional.empty());
        TimeSeries unknownWorkload = new TimeSeries(new SeriesKey("batch", "gpu"), Period.parse("2024-01"), new double[] {1});
        assertThatThrownBy(() -> input(List.of(Workload.anywhere("web"), pinned), List.of(unknownType),
                List.of(WEB_CPU, unknownWorkload)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputProblem::toString)
                        .containsExactly(
                                "test.xlsx: workload db is pinned to pool b, which is not defined",
                                "test.xlsx: workload db may run in no defined pool",
                                "test.xlsx: existing nodes name node type huge, which is not defined",
                                "test.xlsx: usage names workload batch, which is not defined",
                                "test.xlsx: usage names resource gpu, which is not defined"));
    }

    @Test
    void aNodeTypeMustStateEveryResourcesCapacity() {
        NodeType noCpu = new NodeType("odd", 10, 0, Map.of("memory", 64.0));
        assertThatThrownBy(() -> new PlanningInput("", Settings.defaults(), List.of(CPU), List.of(Workload.anywhere("web")),
                List.of(new Pool("a", 1, OptionalInt.empty())), List.of(noCpu), List.of(), List.of(WEB_CPU), List.of()))
                .hasMessageContaining("node type odd has no capacity for resource cpu");
    }

    @Test
    void recordsRejectImpossibleValuesNamingThem() {
        assertThatThrownBy(() -> new Resource("cpu", "cores", 1.2, Aggregation.P95))
                .hasMessage("target utilization of cpu must be above 0 and at most 1, not 1.2");
        assertThatThrownBy(() -> new NodeType("x", -5, 0, Map.of())).hasMessageContaining("cost of node type x");
        assertThatThrownBy(() -> new TimeSeries(new SeriesKey("w", "cpu"), Period.parse("2024-01"), new double[] {1, -2}))
                .hasMessage("usage of w cpu in 2024-02 must be a number of at least 0, not -2.0");
    }

    @Test
    void aggregationsCombineSamplesAsSpreadsheetsDo() {
        double[] samples = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Aggregation.MAX.apply(samples)).isEqualTo(10);
        assertThat(Aggregation.MEAN.apply(samples)).isEqualTo(5.5);
        assertThat(Aggregation.SUM.apply(samples)).isEqualTo(55);
        assertThat(Aggregation.LAST.apply(new double[] {3, 1})).isEqualTo(1);
        assertThat(Aggregation.P95.apply(samples)).isCloseTo(9.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Aggregation.P99.apply(new double[0])).isNaN();
    }
}
