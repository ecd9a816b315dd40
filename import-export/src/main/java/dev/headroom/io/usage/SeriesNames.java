package dev.headroom.io.usage;

import dev.headroom.core.model.SeriesKey;

import java.util.Optional;

/** Reads the series named by a wide layout's column header: {@code WORKLOAD RESOURCE} or {@code WORKLOAD/RESOURCE}. */
final class SeriesNames {
    private SeriesNames() {
    }

    /** The series, splitting at the last slash, else at the last space; empty when either part is missing. */
    static Optional<SeriesKey> parse(String header) {
        String h = header.strip();
        int slash = h.lastIndexOf('/');
        int split = slash >= 0 ? slash : lastWhitespace(h);
        if (split <= 0 || split >= h.length() - 1) {
            return Optional.empty();
        }
        String workload = h.substring(0, split).strip();
        String resource = h.substring(split + 1).strip();
        if (workload.isEmpty() || resource.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SeriesKey(workload, resource));
    }

    private static int lastWhitespace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
