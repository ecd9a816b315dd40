package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.access.Spoken;
import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.forecast.ForecastAdjustment;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Forecast screen: the series list on the left; the selected series' fan, accuracy, model and adjustments. */
public final class ForecastView extends SplitPane {

    private static final Texts T = Texts.of(ForecastView.class);

    public ForecastView(ForecastViewModel vm) {
        setId("forecastView");
        getStylesheets().add(ForecastView.class.getResource("forecast.css").toExternalForm());
        getItems().addAll(seriesList(vm), detail(vm));
        setDividerPositions(0.38);
    }

    private static VBox seriesList(ForecastViewModel vm) {
        Label heading = new Label(T.get("series"));
        heading.getStyleClass().add(Styles.TITLE_4);
        TextField filter = new TextField();
        filter.setId("seriesFilter");
        Spoken.SERIES_FILTER.on(filter);
        filter.setPromptText(T.get("series.filter"));
        filter.textProperty().bindBidirectional(vm.filterProperty());

        TableView<SeriesRow> table = new TableView<>();
        table.setId("seriesTable");
        heading.setLabelFor(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(T.get("series.none")));
        table.getColumns().add(column(T.get("column.workload"), 120, r -> new javafx.beans.property.SimpleStringProperty(r.workload())));
        table.getColumns().add(column(T.get("column.resource"), 76, r -> new javafx.beans.property.SimpleStringProperty(r.resource())));
        TableColumn<SeriesRow, String> model = column(T.get("column.model"), 150, SeriesRow::modelProperty);
        // Model names can be long ("mean(gbm, theta, ets(M,N,N))"): the whole name on hover.
        model.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.getColumns().add(model);
        TableColumn<SeriesRow, String> mase = column(T.get("column.mase"), 64, SeriesRow::maseProperty);
        mase.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(mase);
        TableColumn<SeriesRow, String> adjusted = column(T.get("column.adjustments"), 48,
                r -> Bindings.createStringBinding(() -> r.adjustmentsProperty().get() == 0 ? ""
                        : Integer.toString(r.adjustmentsProperty().get()), r.adjustmentsProperty()));
        adjusted.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(adjusted);
        // The model column takes what is left: the names and resources stay readable.
        table.getColumns().remove(model);
        table.getColumns().add(model);
        SortedList<SeriesRow> sorted = new SortedList<>(vm.series());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row.key());
            }
        });
        vm.selectedProperty().addListener((o, a, key) -> select(table, vm));
        sorted.addListener((javafx.collections.ListChangeListener<SeriesRow>) c -> select(table, vm));
        select(table, vm);

        VBox box = new VBox(8, heading, filter, table);
        box.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setMinWidth(260);
        return box;
    }

    /** Selects the view-model's series in the table, when it is listed. */
    private static void select(TableView<SeriesRow> table, ForecastViewModel vm) {
        var key = vm.selectedProperty().get();
        SeriesRow current = table.getSelectionModel().getSelectedItem();
        if (key == null || current != null && current.key().equals(key)) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).key().equals(key)) {
                table.getSelectionModel().select(i);
                int row = Math.max(0, i - 3);
                table.scrollTo(row);
                // A table not laid out yet does not know how many rows it shows: scroll again once it has a height.
                if (table.getHeight() == 0) {
                    table.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number h) {
                            if (h.doubleValue() > 0) {
                                table.heightProperty().removeListener(this);
                                javafx.application.Platform.runLater(() -> table.scrollTo(row));
                            }
                        }
                    });
                }
                return;
            }
        }
    }

    private static TableColumn<SeriesRow, String> column(String name, double width,
            java.util.function.Function<SeriesRow, javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<SeriesRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 64));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return c;
    }

    private static VBox detail(ForecastViewModel vm) {
        Label title = bound("seriesTitle", vm.titleProperty().concat(""), Styles.TITLE_3);
        Label model = bound("modelText", vm.modelTextProperty().concat(""));
        Label accuracy = bound("accuracyText", vm.accuracyTextProperty().concat(""), Styles.TEXT_MUTED);
        accuracy.setWrapText(true);
        accuracy.setMinHeight(Region.USE_PREF_SIZE);
        Label status = bound("forecastStatus", vm.statusProperty().concat(""), Styles.TEXT_MUTED);
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("forecastBusy");
        // "screen-busy": the screen tour waits while such a node is visible, as a planner would wait for it.
        busy.getStyleClass().add("screen-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.forecastingProperty());
        busy.managedProperty().bind(vm.forecastingProperty());
        HBox statusRow = new HBox(8, busy, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        FanChart chart = new FanChart();
        chart.setId("forecastChart");
        Spoken.FORECAST_CHART.on(chart);
        chart.show(vm.fanProperty().get());
        vm.fanProperty().addListener((o, a, fan) -> chart.show(fan));
        chart.setMinHeight(220);
        // Room for the last period's label at the right end of the axis.
        chart.setPadding(new Insets(8, 28, 4, 4));

        VBox box = new VBox(6, title, model, accuracy, legend(), chart, statusRow, controls(vm));
        box.setPadding(new Insets(12, 16, 12, 16));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private static HBox legend() {
        HBox legend = new HBox(14);
        legend.setId("fanLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        String[][] items = {{"legend-history", T.get("legend.history")}, {"legend-fitted", T.get("legend.fitted")},
                {"legend-forecast", T.get("legend.forecast")}, {"legend-80", T.get("legend.80")},
                {"legend-95", T.get("legend.95")}};
        for (String[] item : items) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", item[0]);
            Label label = new Label(item[1], swatch);
            label.getStyleClass().add(Styles.TEXT_SMALL);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private static HBox controls(ForecastViewModel vm) {
        Label modelHeading = new Label(T.get("model"));
        modelHeading.getStyleClass().add(Styles.TITLE_4);
        ComboBox<String> models = new ComboBox<>(vm.modelChoices());
        models.setId("modelChoice");
        modelHeading.setLabelFor(models);
        models.valueProperty().bindBidirectional(vm.modelProperty());
        models.setMaxWidth(Double.MAX_VALUE);
        Label modelNote = new Label(T.get("model.note"));
        modelNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        modelNote.setWrapText(true);
        VBox modelBox = new VBox(6, modelHeading, models, modelNote);
        modelBox.setPrefWidth(220);
        modelBox.setMinWidth(180);

        VBox adjustBox = adjustments(vm);
        HBox.setHgrow(adjustBox, Priority.ALWAYS);
        HBox controls = new HBox(24, modelBox, adjustBox);
        controls.setPadding(new Insets(8, 0, 0, 0));
        controls.disableProperty().bind(vm.selectedProperty().isNull());
        return controls;
    }

    private static VBox adjustments(ForecastViewModel vm) {
        AdjustmentEditor editor = vm.editor();
        Label heading = new Label(T.get("adjustments"));
        heading.getStyleClass().add(Styles.TITLE_4);
        ComboBox<ForecastAdjustment.Kind> kind = new ComboBox<>();
        kind.setId("adjustmentKind");
        Spoken.ADJUSTMENT_KIND.on(kind);
        kind.getItems().setAll(ForecastAdjustment.Kind.values());
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ForecastAdjustment.Kind k) {
                return k == null ? "" : T.get("kind." + k.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public ForecastAdjustment.Kind fromString(String s) {
                return kind.getItems().stream().filter(k -> toString(k).equals(s)).findFirst().orElse(null);
            }
        });
        Label from = new Label(T.get("adjust.from"));
        from.textProperty().bind(Bindings.createStringBinding(() -> editor.kindProperty().get()
                == ForecastAdjustment.Kind.OVERRIDE ? T.get("adjust.in") : T.get("adjust.from"), editor.kindProperty()));
        TextField period = new TextField();
        period.setId("adjustmentPeriod");
        from.setLabelFor(period);
        period.setPrefColumnCount(7);
        period.textProperty().bindBidirectional(editor.periodProperty());
        TextField value = new TextField();
        value.setId("adjustmentValue");
        Spoken.ADJUSTMENT_VALUE.on(value);
        value.setPrefColumnCount(6);
        value.textProperty().bindBidirectional(editor.valueProperty());
        value.promptTextProperty().bind(editor.valueHintProperty());
        Label hint = bound("adjustmentHint", editor.valueHintProperty().concat(""), Styles.TEXT_MUTED);
        Button add = new Button(T.get("adjust.add"));
        add.setId("addAdjustment");
        add.getStyleClass().add(Styles.ACCENT);
        add.setDefaultButton(false);
        add.setOnAction(e -> vm.addAdjustment());
        value.setOnAction(e -> vm.addAdjustment());
        from.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        kind.setPrefWidth(210);
        HBox what = new HBox(6, kind, from, period);
        what.setAlignment(Pos.CENTER_LEFT);
        HBox amount = new HBox(6, value, hint, add);
        amount.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane form = new javafx.scene.layout.FlowPane(12, 6, what, amount);
        form.setAlignment(Pos.CENTER_LEFT);
        Label problem = bound("adjustmentProblem", editor.problemProperty().concat(""), Styles.DANGER);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        ListView<ForecastAdjustment> list = new ListView<>(vm.adjustments());
        list.setId("adjustmentList");
        heading.setLabelFor(list);
        list.setPrefHeight(84);
        list.setMinHeight(60);
        list.setPlaceholder(new Label(T.get("adjust.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ForecastAdjustment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.describe(T.locale()));
            }
        });
        Button remove = new Button(T.get("adjust.remove"));
        remove.setId("removeAdjustment");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeAdjustment(list.getSelectionModel().getSelectedItem()));
        HBox listRow = new HBox(8, list, remove);
        HBox.setHgrow(list, Priority.ALWAYS);
        return new VBox(6, heading, form, problem, listRow);
    }

    private static Label bound(String id, javafx.beans.binding.StringExpression text, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
