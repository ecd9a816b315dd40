package dev.headroom.core.model;

import java.util.Locale;

/** Whether a workload's demand may spread over a pool's nodes or must fit one node whole. */
public enum PlacementMode {
    /** The demand may spread over the nodes of one pool (the default). */
    POOL,
    /** The whole workload must fit on one node. */
    NODE;

    public static PlacementMode parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "pool" -> POOL;
            case "node" -> NODE;
            default -> throw new InvalidValueException(text, ModelWords.of("placement.notAPlacement"));
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
