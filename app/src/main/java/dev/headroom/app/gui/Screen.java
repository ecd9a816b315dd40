package dev.headroom.app.gui;

/** The window's screens, in the order of a planner's month: open, check the data, forecast, plan, compare. */
public enum Screen {
    START("Start", "Open a project, the sample or a spreadsheet"),
    DATA("Data", "Workloads, pools, node types and inventory"),
    FORECAST("Forecast", "Each series' history, forecast and fan"),
    PLAN("Plan", "What to buy, when, and where everything runs"),
    SCENARIOS("Scenarios", "What-ifs side by side");

    private final String label;
    private final String tooltip;

    Screen(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }
}
