package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Builds a table's header list and reports headers that appear twice. */
final class Headers {
    private Headers() {
    }

    static List<String> of(List<String> raw, String sheet, IntFunction<String> columnLabel, Problems problems) {
        List<String> headers = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String h = raw.get(i) == null ? "" : raw.get(i).strip();
            headers.add(h);
            if (h.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(Table.normalize(h), i);
            if (first != null) {
                problems.inSheet(sheet, ReaderWords.of("header.twice", h, columnLabel.apply(first), columnLabel.apply(i)));
            }
        }
        return List.copyOf(headers);
    }
}
