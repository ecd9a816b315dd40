package dev.headroom.app.gui.data;

import java.util.Collection;

/** New names for rows added on the Data screen. */
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
}
