package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Page 3: the planning period, and per resource the unit to plan in and how finer samples combine. */
final class UnitsPage {

    private static final Texts T = Texts.of(UnitsPage.class);
    private UnitsPage() {
    }

    static Node of(WizardModel model) {
        ComboBox<Frequency> frequency = new ComboBox<>();
        frequency.getItems().addAll(Frequency.values());
        frequency.setId("importFrequency");
        frequency.setConverter(new StringConverter<>() {
            @Override
            public String toString(Frequency f) {
                return f == null ? "" : period(f);
            }

            @Override
            public Frequency fromString(String s) {
                return frequency.getItems().stream().filter(f -> period(f).equals(s)).findFirst().orElse(null);
            }
        });
        frequency.valueProperty().bindBidirectional(model.frequencyProperty());
        frequency.setDisable(model.intoOpenProject());
        Label frequencyNote = new Label();
        frequencyNote.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        frequencyNote.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.intoOpenProject()) {
                return T.get("units.projectPeriod");
            }
            Frequency f = model.fileFrequencyProperty().get();
            return f == null ? "" : T.get("units.filePeriod", period(f));
        }, model.fileFrequencyProperty()));
        Label planBy = new Label(T.get("units.planBy"));
        planBy.getStyleClass().add("form-label");
        planBy.setLabelFor(frequency);
        HBox period = new HBox(12, planBy, frequency, frequencyNote);
        period.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setId("importResources");
        Spoken.labelColumns(grid);
        grid.setHgap(16);
        grid.setVgap(8);
        Runnable rebuild = () -> fill(grid, model);
        model.resources().addListener((ListChangeListener<ResourceRow>) c -> rebuild.run());
        rebuild.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Label explain = new Label(T.get("units.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        VBox page = new VBox(14, period, Problems.banner(model, false), explain, scroll);
        page.setPadding(new Insets(16));
        return page;
    }

    /** A planning period in the window's language ("month", "月"). */
    static String period(Frequency f) {
        return T.get("period." + f.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static void fill(GridPane grid, WizardModel model) {
        grid.getChildren().clear();
        String[] titles = {T.get("units.resource"), T.get("units.found"), T.get("units.planIn"), T.get("units.rollUp")};
        for (int c = 0; c < titles.length; c++) {
            Label t = new Label(titles[c]);
            t.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
            grid.add(t, c, 0);
        }
        if (model.resources().isEmpty()) {
            Label none = new Label(T.get("units.none"));
            none.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            grid.add(none, 0, 1, 4, 1);
        }
        int row = 1;
        for (ResourceRow r : model.resources()) {
            TextField unit = new TextField(r.unitProperty().get());
            unit.setId("importUnit-" + r.name());
            unit.setPrefColumnCount(8);
            unit.setDisable(r.inProject());
            // Committed on Enter or on leaving the field, so a half-typed unit is not read.
            unit.setOnAction(e -> r.unitProperty().set(unit.getText()));
            unit.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    r.unitProperty().set(unit.getText());
                }
            });
            ComboBox<Aggregation> rollUp = new ComboBox<>();
            rollUp.getItems().addAll(Aggregation.values());
            rollUp.setId("importRollUp-" + r.name());
            rollUp.valueProperty().bindBidirectional(r.rollUpProperty());
            rollUp.setDisable(r.inProject());
            rollUp.setConverter(new StringConverter<>() {
                @Override
                public String toString(Aggregation a) {
                    return a == null ? "" : a.toString();
                }

                @Override
                public Aggregation fromString(String s) {
                    return Aggregation.parse(s);
                }
            });
            Label name = new Label(r.inProject() ? T.get("units.inProject", r.name()) : r.name());
            // The file's values of a project's resource are converted on reading; only new ones show what was found.
            Label found = new Label(r.inProject() ? T.get("units.converted") : r.foundUnit().isEmpty() ? T.get("units.noneStated")
                    : r.foundUnit());
            if (r.inProject() || r.foundUnit().isEmpty()) {
                found.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            }
            grid.addRow(row++, name, found, unit, rollUp);
        }
    }
}
