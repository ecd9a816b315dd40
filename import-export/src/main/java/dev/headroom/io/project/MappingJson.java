package dev.headroom.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.headroom.io.usage.ImportMapping;

import java.time.ZoneId;
import java.util.Optional;

/** An import's mapping as a JSON object; absent fields are "find automatically". */
final class MappingJson {
    private MappingJson() {
    }

    static String write(ImportMapping m) {
        ObjectNode o = Json.object();
        m.sheet().ifPresent(v -> o.put("sheet", v));
        o.put("skip_rows", m.skipRows());
        o.put("header_row", m.headerRow());
        o.put("layout", m.layout().name());
        m.periodColumn().ifPresent(v -> o.put("period_column", v));
        m.workloadColumn().ifPresent(v -> o.put("workload_column", v));
        m.resourceColumn().ifPresent(v -> o.put("resource_column", v));
        m.valueColumn().ifPresent(v -> o.put("value_column", v));
        m.unitColumn().ifPresent(v -> o.put("unit_column", v));
        m.poolColumn().ifPresent(v -> o.put("pool_column", v));
        m.fixedResource().ifPresent(v -> o.put("fixed_resource", v));
        m.fixedUnit().ifPresent(v -> o.put("fixed_unit", v));
        m.decimalComma().ifPresent(v -> o.put("decimal_comma", v));
        o.put("zone", m.zone().getId());
        return o.toString();
    }

    static ImportMapping read(String json) throws JsonProcessingException {
        JsonNode o = Json.MAPPER.readTree(json);
        JsonNode comma = o.get("decimal_comma");
        return new ImportMapping(Json.optionalText(o, "sheet"), o.path("skip_rows").asInt(), o.path("header_row").asInt(),
                ImportMapping.Layout.valueOf(Json.text(o, "layout")), Json.optionalText(o, "period_column"),
                Json.optionalText(o, "workload_column"), Json.optionalText(o, "resource_column"),
                Json.optionalText(o, "value_column"), Json.optionalText(o, "unit_column"),
                Json.optionalText(o, "pool_column"), Json.optionalText(o, "fixed_resource"),
                Json.optionalText(o, "fixed_unit"),
                comma == null || comma.isNull() ? Optional.empty() : Optional.of(comma.asBoolean()),
                ZoneId.of(Json.text(o, "zone")));
    }
}
