package dev.headroom.app.gui.plan;

/**
 * How full a pool is for a resource in a period, measured against its usable capacity (capacity at the
 * resource's target utilization, after HA spares): 100% is exactly at target. Each band has a style class
 * coloured from the theme's palette, so it reads in the light and the dark theme alike.
 */
public enum UtilizationBand {
    /** Nothing placed. */
    EMPTY("heat-empty", "nothing placed"),
    /** Below 60% of the target: room to spare. */
    LOW("heat-low", "room to spare"),
    /** 60–90% of the target. */
    COMFORTABLE("heat-ok", "comfortable"),
    /** 90–100% of the target: close to it. */
    NEAR("heat-near", "close to the target"),
    /** Above the target (or demand with no capacity at all): unmet or over-committed. */
    OVER("heat-over", "above the target");

    private final String styleClass;
    private final String words;

    UtilizationBand(String styleClass, String words) {
        this.styleClass = styleClass;
        this.words = words;
    }

    /** The band of demand over usable capacity ({@link dev.headroom.core.plan.Utilization#ratio()}). */
    public static UtilizationBand of(double ratio) {
        if (ratio <= 0) {
            return EMPTY;
        }
        if (ratio < 0.6) {
            return LOW;
        }
        if (ratio < 0.9) {
            return COMFORTABLE;
        }
        // A hair above 1 is the solver's rounding, not over-commitment.
        return ratio <= 1 + 1e-6 ? NEAR : OVER;
    }

    public String styleClass() {
        return styleClass;
    }

    /** The band in words, for the legend and tooltips. */
    public String words() {
        return words;
    }
}
