package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.PlanningInput;

/** Short descriptions of what is open, for the status bar and the start page. */
public final class Describe {

    private Describe() {
    }

    public static String input(PlanningInput in) {
        return in.workloads().size() + " workloads, " + in.pools().size() + " pools, " + in.resources().size()
                + " resources";
    }
}
