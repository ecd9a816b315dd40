package dev.headroom.io.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.core.model.Period;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.model.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * The reasons of an unmet demand row as the planner found them, kept beside their English in a project's plan
 * ({@code "causes"}: each a key of {@link UnmetDemand#REASONS} and its arguments), so that a plan read back says
 * them in the window's language as the plan just made does. Arguments are texts, whole numbers, periods (as
 * their text), lists and nested reasons.
 *
 * <p>An older file has no causes; a file whose causes do not say exactly the English reason beside them (written
 * by another build, edited by hand) keeps the English only: the English reason is what the file holds for sure.
 */
final class ReasonJson {

    private ReasonJson() {
    }

    /** The causes as a JSON array. */
    static ArrayNode write(List<Wording> causes) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        causes.forEach(c -> array.add(reason(c)));
        return array;
    }

    private static ObjectNode reason(Wording p) {
        if (!UnmetDemand.REASONS.equals(p.bundle()) || !p.formatsValues()) {
            throw new IllegalArgumentException("a reason of unmet demand is not in " + UnmetDemand.REASONS + ": " + p);
        }
        ObjectNode o = Json.object().put("key", p.key());
        ArrayNode args = o.putArray("args");
        p.args().forEach(a -> args.add(value(a)));
        return o;
    }

    private static JsonNode value(Object a) {
        return switch (a) {
            case Wording p -> reason(p);
            case List<?> items -> {
                ArrayNode array = Json.MAPPER.createArrayNode();
                items.forEach(i -> array.add(value(i)));
                yield array;
            }
            case Integer i -> Json.MAPPER.getNodeFactory().numberNode(i);
            case Long l -> Json.MAPPER.getNodeFactory().numberNode(l);
            case Double d -> Json.MAPPER.getNodeFactory().numberNode(d);
            case String s -> Json.MAPPER.getNodeFactory().textNode(s);
            case Period p -> Json.MAPPER.getNodeFactory().textNode(p.toString());
            default -> throw new IllegalArgumentException("a reason's argument cannot be kept: " + a);
        };
    }

    /**
     * The row as the file holds it: with its causes when they say {@code reason} word for word in English,
     * else with the English reason only.
     */
    static UnmetDemand row(String pool, String resource, Period period, double amount, String reason, JsonNode causes) {
        if (causes != null && causes.isArray() && !causes.isEmpty()) {
            try {
                List<Wording> read = new ArrayList<>();
                causes.forEach(c -> read.add(reason(c)));
                UnmetDemand worded = UnmetDemand.because(pool, resource, period, amount, read);
                if (worded.reason().equals(reason)) {
                    return worded;
                }
            } catch (IllegalArgumentException | MissingResourceException e) {
                // Causes this build cannot say: the English reason stands alone.
            }
        }
        return new UnmetDemand(pool, resource, period, amount, reason);
    }

    private static Wording reason(JsonNode n) {
        JsonNode key = n.get("key");
        JsonNode args = n.get("args");
        if (key == null || !key.isTextual() || args == null || !args.isArray()) {
            throw new IllegalArgumentException("not a reason: " + n);
        }
        List<Object> values = new ArrayList<>();
        args.forEach(a -> values.add(value(a)));
        return new Wording(UnmetDemand.REASONS, key.asText(), values, true);
    }

    private static Object value(JsonNode a) {
        if (a.isObject()) {
            return reason(a);
        }
        if (a.isArray()) {
            List<Object> items = new ArrayList<>();
            a.forEach(i -> items.add(value(i)));
            return items;
        }
        if (a.isInt()) {
            return a.intValue();
        }
        if (a.isIntegralNumber()) {
            return a.longValue();
        }
        if (a.isNumber()) {
            return a.doubleValue();
        }
        if (a.isTextual()) {
            return a.asText();
        }
        throw new IllegalArgumentException("not a reason's argument: " + a);
    }
}
