package dev.headroom.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.core.forecast.BacktestAccuracy;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A plan as one JSON document in the project file. JSON rather than a table per part: a plan is written and
 * read whole, never queried piecemeal, and its shape (forecast quantiles, explanations) grows with the planner;
 * the figures a list of plans shows (status, cost, bound) are columns of their own beside it. Forecast values
 * are base64 of little-endian doubles, exact and compact.
 */
final class PlanJson {
    private PlanJson() {
    }

    static String write(Plan plan) {
        ObjectNode o = Json.object();
        o.put("status", plan.status().name());
        o.put("total_cost", plan.totalCost());
        if (plan.lowerBound().isPresent()) {
            o.put("lower_bound", plan.lowerBound().getAsDouble());
        } else {
            o.putNull("lower_bound");
        }
        o.put("solve_seconds", plan.solveSeconds());
        o.set("periods", Json.array(plan.periods().stream().map(Period::toString).toList()));
        ArrayNode purchases = o.putArray("purchases");
        for (Purchase p : plan.purchases()) {
            purchases.addObject().put("pool", p.pool()).put("node_type", p.nodeType()).put("period", p.period().toString())
                    .put("count", p.count()).put("order_by", p.orderBy().toString()).put("cost", p.cost());
        }
        ArrayNode unmet = o.putArray("unmet");
        for (UnmetDemand u : plan.unmet()) {
            ObjectNode row = unmet.addObject().put("pool", u.pool()).put("resource", u.resource())
                    .put("period", u.period().toString()).put("amount", u.amount()).put("reason", u.reason());
            if (!u.causes().isEmpty()) {
                // The English reason stays what files and older Headrooms read; the causes let a window word it.
                row.set("causes", ReasonJson.write(u.causes()));
            }
        }
        ArrayNode utilization = o.putArray("utilization");
        for (Utilization u : plan.utilization()) {
            utilization.addObject().put("pool", u.pool()).put("resource", u.resource()).put("period", u.period().toString())
                    .put("capacity", u.capacity()).put("demand", u.demand());
        }
        ArrayNode placement = o.putArray("placement");
        for (Assignment a : plan.placement()) {
            placement.addObject().put("workload", a.workload()).put("period", a.period().toString()).put("pool", a.pool())
                    .put("node", a.node());
        }
        ArrayNode runway = o.putArray("runway");
        for (Runway r : plan.runway()) {
            ObjectNode row = runway.addObject().put("pool", r.pool()).put("resource", r.resource());
            row.put("exhausted_at", r.exhaustedAt().map(Period::toString).orElse(null));
            row.put("periods_left", r.periodsLeft());
        }
        ArrayNode forecasts = o.putArray("forecasts");
        plan.forecasts().forEach(f -> forecasts.add(forecast(f)));
        if (!plan.moves().isEmpty()) {
            // Only plans with moves carry the key, so plans saved before moves existed read the same.
            ArrayNode moves = o.putArray("moves");
            for (Move m : plan.moves()) {
                moves.addObject().put("workload", m.workload()).put("period", m.period().toString())
                        .put("from", m.from()).put("to", m.to()).put("cost", m.cost());
            }
        }
        return o.toString();
    }

    private static ObjectNode forecast(SeriesForecast f) {
        ObjectNode o = Json.object().put("workload", f.key().workload()).put("resource", f.key().resource())
                .put("start", f.start().toString()).put("model", f.model()).put("point", Json.base64(f.point()));
        ArrayNode quantiles = o.putArray("quantiles");
        for (Map.Entry<Double, double[]> e : f.quantiles().entrySet()) {
            quantiles.addObject().put("level", e.getKey()).put("values", Json.base64(e.getValue()));
        }
        BacktestAccuracy a = f.accuracy();
        o.putObject("accuracy").put("mase", a.mase()).put("smape", a.smape()).put("coverage80", a.coverage80())
                .put("coverage95", a.coverage95()).put("origins", a.origins());
        return o;
    }

    static Plan read(String json) throws JsonProcessingException {
        JsonNode o = Json.MAPPER.readTree(json);
        JsonNode bound = o.get("lower_bound");
        return new Plan(PlanStatus.valueOf(Json.text(o, "status")), Json.number(o.get("total_cost")),
                bound == null || bound.isNull() ? OptionalDouble.empty() : OptionalDouble.of(Json.number(bound)),
                Json.number(o.get("solve_seconds")),
                list(o, "periods", n -> Period.parse(n.asText())),
                list(o, "purchases", n -> new Purchase(Json.text(n, "pool"), Json.text(n, "node_type"), period(n, "period"),
                        n.get("count").asInt(), period(n, "order_by"), Json.number(n.get("cost")))),
                list(o, "unmet", n -> ReasonJson.row(Json.text(n, "pool"), Json.text(n, "resource"), period(n, "period"),
                        Json.number(n.get("amount")), Json.text(n, "reason"), n.get("causes"))),
                list(o, "utilization", n -> new Utilization(Json.text(n, "pool"), Json.text(n, "resource"),
                        period(n, "period"), Json.number(n.get("capacity")), Json.number(n.get("demand")))),
                list(o, "placement", n -> new Assignment(Json.text(n, "workload"), period(n, "period"),
                        Json.text(n, "pool"), Json.text(n, "node"))),
                list(o, "runway", n -> new Runway(Json.text(n, "pool"), Json.text(n, "resource"),
                        Json.optionalText(n, "exhausted_at").map(Period::parse), n.get("periods_left").asInt())),
                list(o, "forecasts", PlanJson::forecast),
                o.has("moves") ? list(o, "moves", n -> new Move(Json.text(n, "workload"), period(n, "period"),
                        Json.text(n, "from"), Json.text(n, "to"), Json.number(n.get("cost")))) : List.of());
    }

    private static SeriesForecast forecast(JsonNode n) {
        TreeMap<Double, double[]> quantiles = new TreeMap<>();
        for (JsonNode q : n.get("quantiles")) {
            quantiles.put(Json.number(q.get("level")), Json.fromBase64(Json.text(q, "values")));
        }
        JsonNode a = n.get("accuracy");
        BacktestAccuracy accuracy = new BacktestAccuracy(Json.number(a.get("mase")), Json.number(a.get("smape")),
                Json.number(a.get("coverage80")), Json.number(a.get("coverage95")), a.get("origins").asInt());
        return new SeriesForecast(new SeriesKey(Json.text(n, "workload"), Json.text(n, "resource")),
                Period.parse(Json.text(n, "start")), Json.fromBase64(Json.text(n, "point")), quantiles,
                Json.text(n, "model"), accuracy);
    }

    private static Period period(JsonNode n, String field) {
        return Period.parse(Json.text(n, field));
    }

    private static <T> List<T> list(JsonNode o, String field, Function<JsonNode, T> item) {
        JsonNode array = o.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("the plan's " + field + " are missing");
        }
        List<T> out = new ArrayList<>(array.size());
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }
}
