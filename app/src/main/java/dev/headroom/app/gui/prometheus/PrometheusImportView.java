package dev.headroom.app.gui.prometheus;

import atlantafx.base.theme.Styles;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.io.prometheus.Credentials;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Arrays;


/** The "From Prometheus" window's content: the settings on the left, the queries and the series found, the buttons. */
public final class PrometheusImportView extends BorderPane {
    private static final Texts T = Texts.of(PrometheusImportView.class);

    public PrometheusImportView(PrometheusImportModel model, Runnable close) {
        setId("prometheusImport");
        Label heading = new Label(T.get("heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(T.get("intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(4, heading, intro);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        VBox center = new VBox(8, settings(model), new Label(T.get("queries")), queries(model), found(model));
        center.setPadding(new Insets(0, 16, 0, 16));
        setCenter(center);
        setBottom(buttons(model, close));
    }

    private static GridPane settings(PrometheusImportModel model) {
        TextField url = new TextField();
        url.setId("prometheusUrl");
        url.textProperty().bindBidirectional(model.urlProperty());
        ChoiceBox<Credentials.Kind> auth = new ChoiceBox<>(FXCollections.observableArrayList(Credentials.Kind.values()));
        auth.setId("prometheusAuth");
        auth.setConverter(named(Credentials.Kind.class, "auth."));
        auth.valueProperty().bindBidirectional(model.authProperty());
        TextField user = new TextField();
        user.setId("prometheusUser");
        user.textProperty().bindBidirectional(model.userProperty());
        user.disableProperty().bind(model.authProperty().isNotEqualTo(Credentials.Kind.BASIC));
        TextField variable = new TextField();
        variable.setId("prometheusSecretVariable");
        variable.setPromptText(T.get("secret.variable.prompt"));
        variable.textProperty().bindBidirectional(model.secretVariableProperty());
        variable.disableProperty().bind(model.authProperty().isEqualTo(Credentials.Kind.NONE));
        PasswordField secret = new PasswordField();
        secret.setId("prometheusSecret");
        secret.textProperty().bindBidirectional(model.secretProperty());
        secret.disableProperty().bind(model.authProperty().isEqualTo(Credentials.Kind.NONE));
        TextField label = new TextField();
        label.setId("prometheusLabel");
        label.textProperty().bindBidirectional(model.labelProperty());
        DatePicker from = new DatePicker();
        from.setId("prometheusFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("prometheusTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField step = new TextField();
        step.setId("prometheusStep");
        step.setPrefColumnCount(6);
        step.textProperty().bindBidirectional(model.stepProperty());
        ChoiceBox<Frequency> frequency = new ChoiceBox<>(FXCollections.observableArrayList(Frequency.DAY, Frequency.WEEK,
                Frequency.MONTH, Frequency.QUARTER));
        frequency.setId("prometheusFrequency");
        frequency.valueProperty().bindBidirectional(model.frequencyProperty());

        GridPane grid = new GridPane(12, 6);
        int row = 0;
        grid.addRow(row++, new Label(T.get("server")), url, new Label(T.get("label")), label);
        grid.addRow(row++, new Label(T.get("auth")), auth, new Label(T.get("user")), user);
        grid.addRow(row++, new Label(T.get("secret.variable")), variable, new Label(T.get("secret")), secret);
        grid.addRow(row++, new Label(T.get("from")), from, new Label(T.get("to")), to);
        grid.addRow(row, new Label(T.get("step")), step, new Label(T.get("frequency")), frequency);
        // Labels keep their whole text; the fields share what is left.
        for (int c = 0; c < 4; c++) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            if (c % 2 == 0) {
                column.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                column.setHgrow(Priority.ALWAYS);
            }
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static VBox queries(PrometheusImportModel model) {
        TableView<QueryRow> table = new TableView<>(model.queries());
        table.setId("prometheusQueries");
        table.setEditable(true);
        table.setPrefHeight(150);
        TableColumn<QueryRow, String> resource = new TableColumn<>(T.get("column.resource"));
        resource.setCellValueFactory(c -> c.getValue().resourceProperty());
        resource.setCellFactory(TextFieldTableCell.forTableColumn());
        resource.setPrefWidth(110);
        TableColumn<QueryRow, String> promql = new TableColumn<>(T.get("column.promql"));
        promql.setCellValueFactory(c -> c.getValue().promqlProperty());
        promql.setCellFactory(TextFieldTableCell.forTableColumn());
        promql.setPrefWidth(680);
        TableColumn<QueryRow, Aggregation> aggregation = new TableColumn<>(T.get("column.aggregation"));
        aggregation.setCellValueFactory(c -> c.getValue().aggregationProperty());
        aggregation.setCellFactory(ChoiceBoxTableCell.forTableColumn(Aggregation.values()));
        aggregation.setPrefWidth(90);
        table.getColumns().setAll(java.util.List.of(resource, promql, aggregation));
        Button add = new Button(T.get("add.query"));
        add.setId("prometheusAddQuery");
        add.setOnAction(e -> model.addQuery());
        Button remove = new Button(T.get("remove.query"));
        remove.setId("prometheusRemoveQuery");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.queries().remove(table.getSelectionModel().getSelectedItem()));
        return new VBox(6, table, new HBox(8, add, remove));
    }

    private static VBox found(PrometheusImportModel model) {
        Label title = new Label(T.get("found"));
        ListView<String> list = new ListView<>(model.found());
        list.setId("prometheusFound");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(T.get("found.none")));
        Label problem = new Label();
        problem.setId("prometheusProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        return new VBox(6, title, list, problem);
    }

    private static HBox buttons(PrometheusImportModel model, Runnable close) {
        Button preview = new Button(T.get("preview"));
        preview.setId("prometheusPreview");
        preview.setOnAction(e -> model.preview());
        Button cancel = new Button(T.get("cancel"));
        cancel.setId("prometheusCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Button confirm = new Button(T.get("import"));
        confirm.setId("prometheusConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.disableProperty().bind(model.canImport().not());
        confirm.defaultButtonProperty().bind(Bindings.not(confirm.disableProperty()));
        confirm.setOnAction(e -> {
            if (model.confirm()) {
                close.run();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, preview, gap, cancel, confirm);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        return bar;
    }

    /** Each constant by its words in the window's language, and those words back to the constant (null if none). */
    private static <E extends Enum<E>> StringConverter<E> named(Class<E> type, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : T.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                return Arrays.stream(type.getEnumConstants()).filter(e -> toString(e).equals(text)).findFirst()
                        .orElse(null);
            }
        };
    }
}
