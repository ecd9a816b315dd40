package dev.headroom.app.gui.preferences;

import dev.headroom.app.gui.workspace.Language;
import dev.headroom.app.gui.workspace.TextScale;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.app.gui.workspace.Theme;
import dev.headroom.app.service.ProjectDefaults;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Function;

/** Edit › Preferences: language, theme and text size, then what new projects start with, each with where it applies. */
public final class PreferencesDialog extends Dialog<ButtonType> {

    private static final Texts T = Texts.of(PreferencesDialog.class);

    public PreferencesDialog(Window owner, PreferencesViewModel vm) {
        initOwner(owner);
        setTitle(T.get("title"));
        setHeaderText(T.get("header"));
        getDialogPane().setId("preferencesDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vm.problemProperty().isNotEmpty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        ComboBox<Language> language = choice("preferencesLanguage", vm.languageProperty(), Language.values(),
                Language::ownName);
        row = add(grid, row, T.get("language"), language, T.get("language.note"));
        Label restart = new Label(T.get("language.restart"));
        restart.setId("preferencesRestart");
        restart.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
        restart.visibleProperty().bind(vm.restartNeeded());
        restart.managedProperty().bind(restart.visibleProperty());
        grid.add(restart, 1, row++);
        row = add(grid, row, T.get("theme"), choice("preferencesTheme", vm.themeProperty(), Theme.values(),
                Theme::label), T.get("theme.note"));
        row = add(grid, row, T.get("textScale"), choice("preferencesTextScale", vm.textScaleProperty(),
                TextScale.values(), TextScale::label), T.get("textScale.note"));

        Label newProjects = new Label(T.get("newProjects"));
        newProjects.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        grid.add(newProjects, 0, row++, 2, 1);
        Spinner<Integer> horizon = new Spinner<>(1, ProjectDefaults.MAX_HORIZON_MONTHS, vm.horizonMonthsProperty().get());
        horizon.setId("preferencesHorizon");
        horizon.setEditable(true);
        horizon.valueProperty().addListener((o, a, v) -> vm.horizonMonthsProperty().set(v));
        row = add(grid, row, T.get("horizon"), horizon, T.get("horizon.note"));
        row = add(grid, row, T.get("quantile"), percent("preferencesQuantile", vm.sizingPercentProperty().get(), 50,
                99.9, 0.5, v -> vm.sizingPercentProperty().set(v)), T.get("quantile.note"));
        row = add(grid, row, T.get("target"), percent("preferencesTarget", vm.targetPercentProperty().get(), 5, 100, 5,
                v -> vm.targetPercentProperty().set(v)), T.get("target.note"));
        row = add(grid, row, T.get("memory"), choice("preferencesMemory", vm.memoryUnitProperty(),
                ProjectDefaults.MemoryUnit.values(), u -> T.get("memory." + u.name().toLowerCase(java.util.Locale.ROOT))),
                T.get("memory.note"));

        Label problem = new Label();
        problem.setId("preferencesProblem");
        problem.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        VBox content = new VBox(12, grid, problem);
        content.setPadding(new Insets(8, 0, 0, 0));
        getDialogPane().setContent(content);
        setResultConverter(b -> {
            if (b == ButtonType.OK) {
                vm.apply();
            }
            return b;
        });
    }

    /** A row of the form: the label, the control, and under it in muted text where the setting applies. */
    private static int add(GridPane grid, int row, String label, Node control, String note) {
        Label name = new Label(label);
        name.setLabelFor(control);
        grid.add(name, 0, row);
        grid.add(control, 1, row);
        Label where = new Label(note);
        where.setWrapText(true);
        where.setMaxWidth(420);
        where.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
        grid.add(where, 1, row + 1);
        return row + 2;
    }

    private static <E> ComboBox<E> choice(String id, ObjectProperty<E> value, E[] values, Function<E, String> label) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().addAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : label.apply(e);
            }

            @Override
            public E fromString(String s) {
                return box.getItems().stream().filter(e -> label.apply(e).equals(s)).findFirst().orElse(null);
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Spinner<Double> percent(String id, double initial, double min, double max, double step,
                                           java.util.function.DoubleConsumer onChange) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, initial, step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((o, a, v) -> onChange.accept(v));
        return spinner;
    }
}
