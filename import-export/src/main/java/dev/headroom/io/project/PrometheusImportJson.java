package dev.headroom.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.core.model.Frequency;
import dev.headroom.io.prometheus.Credentials;
import dev.headroom.io.prometheus.PrometheusImport;
import dev.headroom.io.prometheus.PrometheusQuery;
import dev.headroom.io.prometheus.Steps;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An import from Prometheus as a JSON object in the project file. The credentials are kept as their kind, the user
 * and the name of the environment variable holding the secret: never the secret.
 */
final class PrometheusImportJson {
    private PrometheusImportJson() {
    }

    static String write(PrometheusImport p) {
        ObjectNode o = Json.object();
        o.put("server", p.server().toString());
        ObjectNode credentials = o.putObject("credentials");
        credentials.put("kind", p.credentials().kind().name());
        credentials.put("user", p.credentials().user());
        credentials.put("secret_variable", p.credentials().secretVariable());
        ArrayNode queries = o.putArray("queries");
        for (PrometheusQuery q : p.queries()) {
            queries.addObject().put("resource", q.resource()).put("promql", q.promql());
        }
        o.put("label", p.label());
        o.put("from", p.from().toString());
        o.put("to", p.to().toString());
        o.put("step", Steps.format(p.step()));
        o.put("frequency", p.frequency().name());
        return o.toString();
    }

    static PrometheusImport read(String json) throws JsonProcessingException {
        JsonNode o = Json.MAPPER.readTree(json);
        JsonNode c = o.path("credentials");
        Credentials credentials = new Credentials(Credentials.Kind.valueOf(Json.text(c, "kind")),
                Json.optionalText(c, "user").orElse(""), Json.optionalText(c, "secret_variable").orElse(""));
        List<PrometheusQuery> queries = new ArrayList<>();
        for (JsonNode q : o.path("queries")) {
            queries.add(new PrometheusQuery(Json.text(q, "resource"), Json.text(q, "promql")));
        }
        return new PrometheusImport(URI.create(Json.text(o, "server")), credentials, queries, Json.text(o, "label"),
                LocalDate.parse(Json.text(o, "from")), LocalDate.parse(Json.text(o, "to")), Steps.parse(Json.text(o, "step")),
                Frequency.valueOf(Json.text(o, "frequency")));
    }
}
