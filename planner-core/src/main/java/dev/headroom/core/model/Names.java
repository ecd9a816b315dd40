package dev.headroom.core.model;

/** Checks for the names that identify workloads, pools, resources and node types. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw ModelWords.invalid("name.empty", ModelWords.thing(what));
        }
        return name.trim();
    }
}
