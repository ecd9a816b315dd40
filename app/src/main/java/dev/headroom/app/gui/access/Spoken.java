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
    COMPARISON_CHART("scenarios.comparisonChart", true),
    IMPORT_PREVIEW("importer.preview", false);

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
     * Ties each label of a form's first column to the control beside it in the second (a form of
     * {@code addRow(label, control)}), so a screen reader names the control by its label.
     */
    public static void labelRows(javafx.scene.layout.GridPane form) {
        for (Node n : form.getChildren()) {
            if (n instanceof javafx.scene.control.Label label && label.getLabelFor() == null && column(n) == 0) {
                form.getChildren().stream()
                        .filter(c -> c instanceof javafx.scene.control.Control && !(c instanceof javafx.scene.control.Label))
                        .filter(c -> column(c) == 1 && row(c) == row(n)).findFirst().ifPresent(label::setLabelFor);
            }
        }
    }

    /**
     * Names the controls of a table-like grid (headings in its first row, a name in each row's first column)
     * by their column's heading and their row's name, "Unit — cpu", also when the grid is filled again.
     */
    public static void labelColumns(javafx.scene.layout.GridPane grid) {
        Runnable name = () -> {
            for (Node n : grid.getChildren()) {
                if (n instanceof javafx.scene.control.Control && !(n instanceof javafx.scene.control.Label)
                        && row(n) > 0) {
                    String heading = textAt(grid, 0, column(n));
                    String rowName = textAt(grid, row(n), 0);
                    n.setAccessibleText(rowName.isEmpty() ? heading : heading + " — " + rowName);
                }
            }
        };
        name.run();
        grid.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> name.run());
    }

    private static String textAt(javafx.scene.layout.GridPane grid, int row, int column) {
        return grid.getChildren().stream().filter(n -> row(n) == row && column(n) == column)
                .filter(n -> n instanceof javafx.scene.control.Label).map(n -> ((javafx.scene.control.Label) n).getText())
                .findFirst().orElse("");
    }

    private static int row(Node n) {
        Integer r = javafx.scene.layout.GridPane.getRowIndex(n);
        return r == null ? 0 : r;
    }

    private static int column(Node n) {
        Integer c = javafx.scene.layout.GridPane.getColumnIndex(n);
        return c == null ? 0 : c;
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
