package dev.headroom.app.gui.data;

import java.util.Collection;

/** Small helpers for names and counts in the Data screen's messages. */
final class Names {

    private Names() {
    }

    /** {@code base-1}, {@code base-2}… the first not among {@code taken}. */
    static String unused(String base, Collection<String> taken) {
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** "1 workload is", "3 workloads are". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
