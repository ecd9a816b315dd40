package dev.headroom.io.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.AtomicFiles;
import dev.headroom.io.ExportException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Writes SUMMARY.json exactly as CONTRACT §6 lays it out, plus a few keys for convenience
 * ({@code gap}, {@code horizon}, {@code periods}, and {@code reason} for unmet demand) and the
 * moves between pools ({@code move_cost_total}, part of {@code total_cost}, and {@code moves}, empty
 * unless the settings allow moves). Periods are
 * written in their text notation; a figure that is not known is {@code null}. The JSON is streamed
 * with Jackson, so large plans are not held twice in memory.
 */
public final class PlanJsonWriter {
    private static final JsonFactory JSON = new ObjectMapper().getFactory();

    private PlanJsonWriter() {
    }

    /**
     * Writes the summary, replacing {@code out} atomically.
     *
     * @throws ExportException when the file cannot be written
     */
    public static void write(Plan plan, Path out) {
        AtomicFiles.write(out, stream -> {
            try (JsonGenerator json = JSON.createGenerator(stream)) {
                write(plan, json);
            }
        });
    }

    /** The summary as a JSON string. */
    public static String toJson(Plan plan) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(plan, json);
        } catch (IOException e) {
            // A StringWriter does not fail; Jackson declares it for streams in general.
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(Plan plan, JsonGenerator json) throws IOException {
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("status", plan.status().name());
        number(json, "total_cost", plan.totalCost());
        optional(json, "lower_bound", plan.lowerBound());
        optional(json, "gap", plan.gap());
        number(json, "solve_seconds", plan.solveSeconds());
        json.writeNumberField("horizon", plan.periods().size());
        json.writeArrayFieldStart("periods");
        for (Period p : plan.periods()) {
            json.writeString(p.toString());
        }
        json.writeEndArray();
        purchases(plan, json);
        unmet(plan, json);
        utilization(plan, json);
        placement(plan, json);
        runway(plan, json);
        moves(plan, json);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void purchases(Plan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("purchases");
        for (Purchase p : plan.purchases()) {
            json.writeStartObject();
            json.writeStringField("pool", p.pool());
            json.writeStringField("node_type", p.nodeType());
            json.writeStringField("period", p.period().toString());
            json.writeNumberField("count", p.count());
            json.writeStringField("order_by", p.orderBy().toString());
            number(json, "cost", p.cost());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void unmet(Plan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("unmet");
        for (UnmetDemand u : plan.unmet()) {
            json.writeStartObject();
            json.writeStringField("pool", u.pool());
            json.writeStringField("resource", u.resource());
            json.writeStringField("period", u.period().toString());
            number(json, "amount", u.amount());
            json.writeStringField("reason", u.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void utilization(Plan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("utilization");
        for (Utilization u : plan.utilization()) {
            json.writeStartObject();
            json.writeStringField("pool", u.pool());
            json.writeStringField("resource", u.resource());
            json.writeStringField("period", u.period().toString());
            number(json, "capacity", u.capacity());
            number(json, "demand", u.demand());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void placement(Plan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("placement");
        for (Assignment a : plan.placement()) {
            json.writeStartObject();
            json.writeStringField("workload", a.workload());
            json.writeStringField("period", a.period().toString());
            json.writeStringField("pool", a.pool());
            json.writeStringField("node", a.node() == null ? "" : a.node());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void runway(Plan plan, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("runway");
        for (Runway r : plan.runway()) {
            json.writeStartObject();
            json.writeStringField("pool", r.pool());
            json.writeStringField("resource", r.resource());
            if (r.exhaustedAt().isPresent()) {
                json.writeStringField("exhausted_at", r.exhaustedAt().get().toString());
            } else {
                json.writeNullField("exhausted_at");
            }
            json.writeNumberField("periods_left", r.periodsLeft());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void moves(Plan plan, JsonGenerator json) throws IOException {
        number(json, "move_cost_total", plan.moveCostTotal());
        json.writeArrayFieldStart("moves");
        for (Move m : plan.moves()) {
            json.writeStartObject();
            json.writeStringField("workload", m.workload());
            json.writeStringField("period", m.period().toString());
            json.writeStringField("from", m.from());
            json.writeStringField("to", m.to());
            number(json, "cost", m.cost());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** JSON has no NaN or infinity: a figure that is not finite is written as null. */
    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }

    private static void optional(JsonGenerator json, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            number(json, name, value.getAsDouble());
        } else {
            json.writeNullField(name);
        }
    }
}
