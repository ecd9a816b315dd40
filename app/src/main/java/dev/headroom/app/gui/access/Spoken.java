package dev.headroom.app.gui.access;

import dev.headroom.app.gui.workspace.Texts;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * What a screen reader says for the controls and figures that have no visible label of their own (a filter
 * field, a chart, the heat map): their accessible text, and for figures a help text that says how to read
 * them. Controls with a label beside them are named by that label ({@code Label.setLabelFor}) instead. Each
 * constant's words are in this package's {@code Texts.properties} under its key, {@code .text} and {@code .help}.
 */
public enum Spoken {
    WORKLOAD_FILTER("data.workloadFilter", false),
    POOL_FILTER("data.poolFilter", false),
    HISTORY_CHART("data.historyChart", true),
    SPARKLINE("data.sparkline", true),
    SERIES_FILTER("forecast.seriesFilter", false),
    FORECAST_CHART("forecast.chart", true),
    ADJUSTMENT_KIND("forecast.adjustmentKind", false),
    ADJUSTMENT_VALUE("forecast.adjustmentValue", false),
    HEAT_MAP("plan.heatMap", true),
    PURCHASE_CHART("plan.purchaseChart", true),
    SOLVE_CHART("plan.solveChart", true),
    SCENARIO_DESCRIPTION("scenarios.description", false),
    NEW_SCENARIO_NAME("scenarios.newName", false),
    NEW_SCENARIO_DESCRIPTION("scenarios.newDescription", false),
    COMPARISON_CHART("scenarios.comparisonChart", true);

    private static final Texts T = Texts.of(Spoken.class);

    private final String key;
    private final boolean figure;

    /** @param figure whether it is a chart or other picture: reached by Tab, read as an image with a help text */
    Spoken(String key, boolean figure) {
        this.key = key;
        this.figure = figure;
    }

    /** The name a screen reader says. */
    public String text() {
        return T.get(key + ".text");
    }

    /** How to read it, for figures; empty for controls, whose use their name says. */
    public String help() {
        return figure ? T.get(key + ".help") : "";
    }

    /** The bundle key its words are under ({@code .text}, and {@code .help} for a figure). */
    public String key() {
        return key;
    }

    public boolean figure() {
        return figure;
    }

    /**
     * Names the tables inside {@code content} (the content of a tab, say) {@code name}, unless they are named
     * already: a table is known by the tab it is on, which a screen reader does not connect to it by itself.
     * Looks into split panes' items and scroll panes' content, which are not children until their skin is made.
     */
    public static void nameTables(Node content, String name) {
        switch (content) {
            case javafx.scene.control.TableView<?> table -> {
                if (table.getAccessibleText() == null) {
                    table.setAccessibleText(name);
                }
            }
            case javafx.scene.control.SplitPane split -> split.getItems().forEach(n -> nameTables(n, name));
            case javafx.scene.control.ScrollPane scroll when scroll.getContent() != null ->
                    nameTables(scroll.getContent(), name);
            case javafx.scene.Parent parent -> parent.getChildrenUnmodifiable().forEach(n -> nameTables(n, name));
            default -> {
            }
        }
    }

    /**
     * Names {@code node}; a figure also becomes a stop of the Tab key (with the focus ring of the
     * {@code focusable-figure} style class), so that a keyboard user can reach it and hear what it shows.
     *
     * @return the node, for chaining where it is built
     */
    public <N extends Node> N on(N node) {
        node.setAccessibleText(text());
        if (figure) {
            node.setAccessibleHelp(help());
            node.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
            if (this != SPARKLINE) {
                // Sparklines sit in table cells, which the table's own keys move between.
                node.setFocusTraversable(true);
                node.getStyleClass().add("focusable-figure");
            }
        }
        return node;
    }
}
