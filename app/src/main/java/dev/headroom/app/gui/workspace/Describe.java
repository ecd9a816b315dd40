package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.PlanningInput;

/** Short descriptions of what is open, for the status bar and the start page. */
public final class Describe {

    private static final Texts T = Texts.of(Describe.class);

    private Describe() {
    }

    public static String input(PlanningInput in) {
        return T.get("describe.input", in.workloads().size(), in.pools().size(), in.resources().size());
    }
}
