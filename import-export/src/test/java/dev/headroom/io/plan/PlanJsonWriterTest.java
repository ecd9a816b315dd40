package dev.headroom.io.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.io.testing.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class PlanJsonWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void hasEveryKeyOfTheContract() throws IOException {
        JsonNode root = JSON.readTree(PlanJsonWriter.toJson(SamplePlan.plan()));

        assertThat(keys(root)).contains("status", "total_cost", "lower_bound", "solve_seconds", "purchases", "unmet",
                "utilization", "placement", "runway");
        assertThat(keys(root.get("purchases").get(0))).contains("pool", "node_type", "period", "count", "order_by", "cost");
        assertThat(keys(root.get("unmet").get(0))).contains("pool", "resource", "period", "amount", "reason");
        assertThat(keys(root.get("utilization").get(0))).contains("pool", "resource", "period", "capacity", "demand");
        assertThat(keys(root.get("placement").get(0))).contains("workload", "period", "pool", "node");
        assertThat(keys(root.get("runway").get(0))).contains("pool", "resource", "exhausted_at", "periods_left");
    }

    @Test
    void listsTheMovesBetweenPoolsWithTheirCost() throws IOException {
        JsonNode root = JSON.readTree(PlanJsonWriter.toJson(SamplePlan.withMoves()));

        assertThat(root.get("total_cost").asDouble()).isEqualTo(1350.0);
        assertThat(root.get("move_cost_total").asDouble()).isEqualTo(50.0);
        assertThat(root.get("moves")).hasSize(1);
        JsonNode move = root.get("moves").get(0);
        assertThat(keys(move)).containsExactly("workload", "period", "from", "to", "cost");
        assertThat(move.get("workload").asText()).isEqualTo("web");
        assertThat(move.get("period").asText()).isEqualTo("2025-02");
        assertThat(move.get("from").asText()).isEqualTo("east");
        assertThat(move.get("to").asText()).isEqualTo("west");
        assertThat(move.get("cost").asDouble()).isEqualTo(50.0);
    }

    @Test
    void aPlanWithoutMovesHasAnEmptyListAndNoMoveCost() throws IOException {
        JsonNode root = JSON.readTree(PlanJsonWriter.toJson(SamplePlan.plan()));

        assertThat(root.get("moves").isArray()).isTrue();
        assertThat(root.get("moves")).isEmpty();
        assertThat(root.get("move_cost_total").asDouble()).isZero();
    }

    @Test
    void writesTheFiguresWithPeriodsAsText() throws IOException {
        JsonNode root = JSON.readTree(PlanJsonWriter.toJson(SamplePlan.plan()));

        assertThat(root.get("status").asText()).isEqualTo("FEASIBLE");
        assertThat(root.get("total_cost").asDouble()).isEqualTo(1300.0);
        assertThat(root.get("lower_bound").asDouble()).isEqualTo(1200.0);
        assertThat(root.get("gap").asDouble()).isEqualTo(100.0 / 1300.0);
        assertThat(root.get("solve_seconds").asDouble()).isEqualTo(2.5);
        assertThat(root.get("horizon").asInt()).isEqualTo(2);
        JsonNode purchase = root.get("purchases").get(1);
        assertThat(purchase.get("pool").asText()).isEqualTo("west");
        assertThat(purchase.get("node_type").asText()).isEqualTo("big");
        assertThat(purchase.get("period").asText()).isEqualTo("2025-02");
        assertThat(purchase.get("count").isInt()).isTrue();
        assertThat(purchase.get("count").asInt()).isEqualTo(4);
        assertThat(purchase.get("order_by").asText()).isEqualTo("2024-12");
        assertThat(purchase.get("cost").asDouble()).isEqualTo(1200.0);
        assertThat(root.get("unmet").get(0).get("amount").asDouble()).isEqualTo(12.5);
        assertThat(root.get("utilization")).hasSize(3);
        assertThat(root.get("placement").get(0).get("node").asText()).isEmpty();
        assertThat(root.get("placement").get(1).get("node").asText()).isEqualTo("east-small-1");
        assertThat(root.get("runway").get(0).get("exhausted_at").asText()).isEqualTo("2025-02");
        assertThat(root.get("runway").get(0).get("periods_left").asInt()).isEqualTo(1);
        assertThat(root.get("runway").get(1).get("exhausted_at").isNull()).isTrue();
    }

    @Test
    void anUnknownBoundIsNull() throws IOException {
        JsonNode root = JSON.readTree(PlanJsonWriter.toJson(SamplePlan.plan(PlanStatus.NO_SOLUTION, OptionalDouble.empty())));

        assertThat(root.get("status").asText()).isEqualTo("NO_SOLUTION");
        assertThat(root.has("lower_bound")).isTrue();
        assertThat(root.get("lower_bound").isNull()).isTrue();
        assertThat(root.get("gap").isNull()).isTrue();
    }

    @Test
    void theFileHoldsTheSameJsonAsTheString() throws IOException {
        Path file = dir.resolve("SUMMARY.json");

        PlanJsonWriter.write(SamplePlan.plan(), file);

        assertThat(JSON.readTree(file.toFile())).isEqualTo(JSON.readTree(PlanJsonWriter.toJson(SamplePlan.plan())));
    }

    @Test
    void isTheSameForTheSamePlan() {
        assertThat(PlanJsonWriter.toJson(SamplePlan.plan())).isEqualTo(PlanJsonWriter.toJson(SamplePlan.plan()));
    }
}
