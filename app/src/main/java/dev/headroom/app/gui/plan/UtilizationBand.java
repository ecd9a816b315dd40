package dev.headroom.app.gui.plan;

import dev.headroom.app.gui.workspace.Texts;

/**
 * How full a pool is for a resource in a period, measured against its usable capacity (capacity at the
 * resource's target utilization, after HA spares): 100% is exactly at target. Each band has a style class
 * coloured in steps of cividis (plan.css), readable with colour blindness and in the light and the dark theme.
 */
public enum UtilizationBand {
    /** Nothing placed. */
    EMPTY("heat-empty"),
    /** Below 60% of the target: room to spare. */
    LOW("heat-low"),
    /** 60–90% of the target. */
    COMFORTABLE("heat-ok"),
    /** 90–100% of the target: close to it. */
    NEAR("heat-near"),
    /** Above the target (or demand with no capacity at all): unmet or over-committed. */
    OVER("heat-over");

    private static final Texts T = Texts.of(UtilizationBand.class);

    private final String styleClass;

    UtilizationBand(String styleClass) {
        this.styleClass = styleClass;
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
        return T.get("band." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
